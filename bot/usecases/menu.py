"""The menu's buttons (at the end of a flow, outside one), the answer about a message set
aside, and the rest of a referral ("more places")."""

from __future__ import annotations

from bot.usecases import conversation, deletion, export, help, notes, retention
from bot.usecases.context import Scope
from bot.usecases.steps import current, resume
from bot.views.actions import Menu
from bot.views.replies import Outgoing
from bot.views.screens import more_places_reply
from flows.engine import view


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
    if menu.item == "notices":
        return await export.notices_to_copy(scope)
    if menu.item == "places":
        return await more_places(scope)
    if menu.item == "retention":
        return await retention.choices(scope)
    person = await scope.person()  # keep or drop the message set aside
    replies = await notes.settle_held(scope, person, keep=menu.item == "keep")
    where, _ = await current(scope, person)
    return await scope.done([*replies, resume(scope, where, None)])


async def more_places(scope: Scope) -> Outgoing:
    """The rest of the referral, for the answers of the person's conversation (an old
    referral's button works too, while the conversation is kept)."""
    person = await scope.person()
    where, _ = await current(scope, person)
    if where is None:
        return await scope.done([resume(scope, None, "notice-stale")])
    shown = view(scope.script(where), where.state)
    reply = more_places_reply(scope.directory, dict(where.answers), where.platforms, shown)
    return await scope.done([reply])
