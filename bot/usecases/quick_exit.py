"""The quick exit: every message the bot can still delete goes from the chat, the notes stay,
one word remains. It hides the chat from someone glancing at the phone, not from spyware."""

from __future__ import annotations

from dataclasses import replace

import structlog

from bot.usecases import handoff
from bot.usecases.context import Scope
from bot.views.replies import Outgoing, Reply, Text
from storage import stats

log = structlog.get_logger(__name__)


async def leave(scope: Scope) -> Outgoing:
    person = await scope.person()
    await handoff.end(scope, person, "exit")
    erase = await deletable(scope, person.id)
    await scope.uow.chat_messages.forget(person.id)
    scope.runtime.pending.forget(person.id)
    # The conversation ends; nothing asked is waiting, nothing held is asked about again.
    person.state = replace(person.state, conversation=None, awaiting=None, held=None)
    scope.events.append(stats.Event(stats.QUICK_EXIT))
    log.info("quick_exit", messages=len(erase))
    outgoing = await scope.done([Reply((Text("exit-word"),))], ways_out=False)
    return replace(outgoing, erase=tuple(erase))


async def deletable(scope: Scope, person_id: int) -> list[int]:
    """The chat's messages the platform still lets the bot delete: those recorded, those just
    sent and not yet recorded, and the person's own message in this update."""
    since = scope.clock.now() - scope.visitor.deletable_for
    ids = await scope.uow.chat_messages.since(person_id, since)
    ids += scope.runtime.pending.of(person_id)
    if scope.visitor.message_id is not None:
        ids.append(scope.visitor.message_id)
    return list(dict.fromkeys(ids))
