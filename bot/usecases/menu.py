"""The menu's buttons (at the end of a flow, outside one) and the answer about a message set
aside."""

from __future__ import annotations

from bot.usecases import conversation, deletion, export, help, notes
from bot.usecases.context import Scope
from bot.usecases.steps import current, resume
from bot.views.actions import Menu
from bot.views.replies import Outgoing


async def chosen(scope: Scope, menu: Menu) -> Outgoing:
    if menu.item == "start":
        return await conversation.start(scope)
    if menu.item == "note":
        return await notes.ask_for_note(scope)
    if menu.item == "notes":
        return await notes.warning(scope)
    if menu.item == "help":
        return await help.urgent(scope)
    if menu.item == "delete":
        return await deletion.confirm(scope)
    if menu.item == "export":
        return await export.export(scope)
    person = await scope.person()  # keep or drop the message set aside
    replies = await notes.settle_held(scope, person, keep=menu.item == "keep")
    where, _ = await current(scope, person)
    return await scope.done([*replies, resume(scope, where, None)])
