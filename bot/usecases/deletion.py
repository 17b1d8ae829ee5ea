"""/delete: asked first, then everything goes: notes, answers, check-ins, the data key that
sealed them, and the chat's messages the bot may still delete. What only the person can
remove (the chat itself, a PDF they saved) they are told."""

from __future__ import annotations

from dataclasses import replace

import structlog

from bot.usecases import handoff
from bot.usecases.context import Scope
from bot.usecases.quick_exit import deletable
from bot.usecases.steps import current, resume
from bot.views.replies import Outgoing, Reply, Text
from bot.views.screens import delete_confirmation, menu_reply
from storage import stats

log = structlog.get_logger(__name__)


async def confirm(scope: Scope) -> Outgoing:
    await scope.person()
    return await scope.done([delete_confirmation()])


async def answered(scope: Scope, yes: bool) -> Outgoing:
    person = await scope.person()
    if not yes:
        conversation, _ = await current(scope, person)
        return await scope.done([Reply((Text("delete-kept"),)), resume(scope, conversation, None)])
    count = await scope.uow.entries.count(person.id)
    await handoff.end(scope, person, "delete")
    erase = await deletable(scope, person.id)
    scope.runtime.pending.forget(person.id)
    await scope.uow.people.delete(person.id)  # its data key with it: nothing opens any more
    scope.forget_person()
    scope.events.append(stats.Event(stats.DELETED))
    done = Reply((Text("delete-done", {"entries": count}),))
    outgoing = await scope.done([done, menu_reply(with_start=True)])
    if not await scope.uow.people.erase_traces():
        log.warning("erase_log_busy")  # a reader kept the write-ahead log; said in the docs
    return replace(outgoing, erase=tuple(erase))
