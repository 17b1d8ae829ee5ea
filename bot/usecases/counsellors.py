"""The counsellors' side of a conversation (docs/counsellors.md): what they write in a person's
topic reaches the person, signed with the association's name (or a first name they chose);
their commands there (/close, /note, /lines, /undo); an edit follows; and the one reminder when
nobody answered in time. Counsellors never see who the person is: the bot opens the person's
chat id here, and nothing of it goes to the group."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

import structlog

from bot.usecases.handoff import DELETABLE_FOR, Desk, DeskUnavailable, PersonUnreachable
from bot.usecases.people import PersonState
from bot.views.referrals import emergency_lines, referral_parts, writer_age
from bot.views.replies import Outgoing, Reply, with_ways_out
from bot.views.talk import (
    desk_notice,
    ended_reply,
    from_counsellor,
    lines_reply,
    taking_longer_reply,
)
from flows.engine import variables
from storage import stats
from storage.handoffs import WAITING, HandOffRow, HandOffs
from storage.people import CHAT_ID, STATE
from storage.unit import UnitOfWork
from storage.vault import Cipher, SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = structlog.get_logger(__name__)
COMMANDS = ("/close", "/note", "/lines", "/undo")


@dataclass(frozen=True)
class Written:
    """A counsellor's message in the group, as the adapter reads it."""

    topic_id: int | None  # None: the group's General topic, not a person's
    message_id: int
    counsellor_id: int
    text: str | None  # None: not text (a photo, a file, a sticker…)
    answers_message: int | None = None  # the message it replies to (an /undo)
    edited: bool = False


@dataclass(frozen=True)
class Reached:
    """The person of a topic, opened: where to write to them, in which language and register."""

    person_id: int
    chat_id: int
    state: PersonState
    context: Mapping[str, object]


class DeskScope:
    """One group update's transaction, the runtime, and the group."""

    def __init__(self, uow: UnitOfWork, runtime: Runtime, desk: Desk) -> None:
        self.uow = uow
        self.runtime = runtime
        self.desk = desk
        self.clock = runtime.clock
        self.events: list[stats.Event] = []

    @property
    def association(self) -> str:
        return self.runtime.settings.association_name

    async def commit(self) -> None:
        await self.uow.stats.add(self.clock.now().date(), self.events)
        await self.uow.commit()


async def written(scope: DeskScope, message: Written) -> None:
    """Anything a counsellor writes in a person's topic; the General topic is theirs alone."""
    if message.topic_id is None:
        return
    handoff = await scope.uow.handoffs.in_topic(message.topic_id)
    if handoff is None:
        return  # a topic the counsellors opened themselves
    command = _command(message.text)
    if command == "/note":
        return  # for the counsellors only: never relayed, nothing answered (less noise)
    if message.edited:
        await _edited(scope, handoff, message)
    elif not handoff.open:
        await _post(scope, handoff, "desk-closed")
    elif command == "/close":
        await _close(scope, handoff)
    elif command == "/lines":
        await _lines(scope, handoff)
    elif command == "/undo":
        await _undo(scope, handoff, message)
    elif command is not None:
        await _post(scope, handoff, "desk-commands", association=scope.association)
    elif message.text is None:
        await _post(scope, handoff, "desk-no-files")
    else:
        await _relay(scope, handoff, message)
    await scope.commit()


async def _relay(scope: DeskScope, handoff: HandOffRow, message: Written) -> None:
    person = await _reach(scope, handoff.person_id)
    if person is None:
        return
    signature = _signature(scope, message.counsellor_id)
    sent = await _tell(scope, handoff, person, [from_counsellor(signature, message.text or "")])
    if not sent:
        return
    now = scope.clock.now()
    await scope.uow.handoffs.relayed(person.person_id, message.message_id, sent[0], False, now)
    if handoff.status == WAITING:
        await scope.uow.handoffs.answered(person.person_id)
        minutes = int((now - handoff.opened_at).total_seconds() // 60)
        scope.events.append(stats.Event(stats.TALK_ANSWERED, detail=stats.answer_bucket(minutes)))


async def _edited(scope: DeskScope, handoff: HandOffRow, message: Written) -> None:
    """A counsellor corrected a message: the person's copy follows, while Telegram allows."""
    relay = await scope.uow.handoffs.relay_of(handoff.person_id, message.message_id)
    if relay is None or relay.from_person or message.text is None:
        return
    if scope.clock.now() - relay.sent_at >= DELETABLE_FOR:
        return await _post(scope, handoff, "desk-too-old")
    person = await _reach(scope, handoff.person_id)
    if person is None:
        return
    signature = _signature(scope, message.counsellor_id)
    replies = [from_counsellor(signature, message.text)]
    outgoing = Outgoing(person.state.language, with_ways_out(replies), person.context)
    try:
        await scope.desk.retell(person.chat_id, relay.chat_message_id, outgoing)
    except (DeskUnavailable, PersonUnreachable):
        await _post(scope, handoff, "desk-not-followed")


async def _undo(scope: DeskScope, handoff: HandOffRow, message: Written) -> None:
    """/undo in reply to one's own message: it goes from the person's chat (Telegram does not
    tell bots about deleted messages, so deleting it in the topic alone would not follow)."""
    relay = None
    if message.answers_message is not None:
        relay = await scope.uow.handoffs.relay_of(handoff.person_id, message.answers_message)
    if relay is None or relay.from_person:
        return await _post(scope, handoff, "desk-undo-how")
    person = await _reach(scope, handoff.person_id)
    if person is None:
        return
    try:
        await scope.desk.untell(person.chat_id, relay.chat_message_id)
    except (DeskUnavailable, PersonUnreachable):
        return await _post(scope, handoff, "desk-not-followed")
    await _post(scope, handoff, "desk-undone")


async def _close(scope: DeskScope, handoff: HandOffRow) -> None:
    """/close: a kind word and a check-in offer to the person, and the topic is closed."""
    await scope.uow.handoffs.close(handoff.person_id)
    scope.events.append(stats.Event(stats.TALK_CLOSED, detail="counsellor"))
    person = await _reach(scope, handoff.person_id)
    if person is not None:
        await _tell(scope, handoff, person, [ended_reply(scope.association)])
    try:
        await scope.desk.post(handoff.topic_id, desk_notice("desk-closed-now"))
        await scope.desk.close_topic(handoff.topic_id)
    except DeskUnavailable as error:
        log.error("counsellors_unreachable", error=str(error))


async def _lines(scope: DeskScope, handoff: HandOffRow) -> None:
    """/lines: the right doors for this person's case, sent to them; the topic says so."""
    person = await _reach(scope, handoff.person_id)
    if person is None:
        return
    conversation = person.state.conversation
    answers = dict(conversation.answers) if conversation else {}
    platforms = conversation.platforms if conversation else ()
    directory = scope.runtime.content.directory
    local_now = scope.clock.now().astimezone(person.state.zone())
    parts, rows = referral_parts(directory, answers, platforms, local_now)
    reply = replace(lines_reply(parts), buttons=tuple(rows))
    if await _tell(scope, handoff, person, [reply]):
        await _post(scope, handoff, "desk-lines-sent")


async def nobody_answered(runtime: Runtime, desk: Desk) -> int:
    """Conversations nobody answered within the wait: the group is reminded once, and the person
    told honestly that it takes longer, with the lines to call meanwhile. Each is claimed in
    its own transaction first, so two processes never send it twice."""
    pinged = 0
    while True:
        async with UnitOfWork(runtime.sessions) as uow:
            waited = await uow.handoffs.claim_waited(runtime.clock.now())
            if waited is None:
                return pinged
            await uow.stats.add(runtime.clock.now().date(), [stats.Event(stats.TALK_WAITED)])
            await uow.commit()
        pinged += 1
        minutes = runtime.settings.counsellors_wait_minutes
        try:
            await desk.post(waited.topic_id, desk_notice("desk-waiting", minutes=minutes))
        except DeskUnavailable as error:
            log.error("counsellors_unreachable", error=str(error))
        cipher = runtime.vault.cipher(waited.key_hash, waited.data_key_wrapped)
        person = _opened(
            runtime, waited.person_id, cipher, waited.chat_id_sealed, waited.state_sealed
        )
        if person is None:
            continue
        conversation = person.state.conversation
        answers = conversation.answers if conversation else {}
        directory = runtime.content.directory
        lines = emergency_lines(directory, answers.get("country"), writer_age(answers))
        replies = with_ways_out([taking_longer_reply(lines)])
        outgoing = Outgoing(person.state.language, replies, person.context)
        try:
            sent = await desk.tell(person.chat_id, outgoing)
        except (DeskUnavailable, PersonUnreachable) as error:
            log.warning("talk_wait_not_told", error=type(error).__name__)
            continue
        await _remember_sent(runtime, person.person_id, sent, runtime.clock.now())


async def next_ping(runtime: Runtime) -> datetime | None:
    """When the reminder loop is next to look for a conversation nobody answered."""
    async with runtime.sessions() as session:
        return await HandOffs(session).next_ping()


# ---- helpers ----------------------------------------------------------------------------------


async def _tell(
    scope: DeskScope, handoff: HandOffRow, person: Reached, replies: list[Reply]
) -> list[int]:
    """Sends to the person (with 🆘 and 🚪), recorded for their quick exit; [] if they blocked
    the bot or Telegram failed, which the topic is told."""
    outgoing = Outgoing(person.state.language, with_ways_out(replies), person.context)
    try:
        sent = await scope.desk.tell(person.chat_id, outgoing)
    except (DeskUnavailable, PersonUnreachable) as error:
        blocked = isinstance(error, PersonUnreachable)
        await _post(scope, handoff, "desk-person-unreachable" if blocked else "desk-not-sent")
        return []
    now = scope.clock.now()
    await scope.uow.chat_messages.remember((person.person_id, m, now) for m in sent)
    return sent


async def _remember_sent(runtime: Runtime, person_id: int, sent: list[int], at: datetime) -> None:
    async with UnitOfWork(runtime.sessions) as uow:
        await uow.chat_messages.remember((person_id, m, at) for m in sent)
        await uow.commit()


async def _post(scope: DeskScope, handoff: HandOffRow, text_id: str, **args: object) -> None:
    try:
        await scope.desk.post(handoff.topic_id, desk_notice(text_id, **args))
    except DeskUnavailable as error:
        log.error("counsellors_unreachable", error=str(error))


async def _reach(scope: DeskScope, person_id: int) -> Reached | None:
    row = await scope.uow.people.get(person_id)
    if row is None:
        return None
    cipher = scope.runtime.vault.cipher(row.key_hash, row.data_key_wrapped)
    return _opened(scope.runtime, person_id, cipher, row.chat_id_sealed, row.state_sealed)


def _opened(
    runtime: Runtime, person_id: int, cipher: Cipher, chat_id_sealed: bytes, state_sealed: bytes
) -> Reached | None:
    try:
        chat_id = int(cipher.open(chat_id_sealed, **CHAT_ID))
        state = PersonState.from_json(cipher.open_json(state_sealed, **STATE))
    except (SealError, KeyError, TypeError, ValueError):
        log.warning("person_state_unreadable")
        return None
    context: Mapping[str, object] = {"register": "neutral"}
    conversation = state.conversation
    if conversation is not None:
        key = (conversation.flow_id, conversation.version)
        script = runtime.versions.get(key) or runtime.content.scripts.get(conversation.flow_id)
        if script is not None:
            context = variables(script, conversation.state)
    return Reached(person_id, chat_id, state, context)


def _signature(scope: DeskScope, counsellor_id: int) -> str:
    name = scope.runtime.settings.counsellor_names.get(counsellor_id)
    return f"{name} · {scope.association}" if name else scope.association


def _command(text: str | None) -> str | None:
    """ "/close", "/close@abri_bot" and "/CLOSE now" are /close; any other "/word" is a command
    the bot does not know (never relayed: it was meant for the bot)."""
    if not text or not text.startswith("/"):
        return None
    word = text.split(maxsplit=1)[0].split("@", 1)[0].lower()
    return word if word in COMMANDS else "?"
