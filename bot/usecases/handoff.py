"""Talking to a person: where an association runs the bot, its counsellors answer in the same
chat (docs/counsellors.md). The person asks (/talk, or a button), agrees to what is shared, and
from then on what they type goes to their own topic in the counsellors' group, under a
pseudonym; the counsellors' answers come back (bot/usecases/counsellors.py). The buttons and
commands keep working meanwhile, and crisis words still bring the crisis lines at once."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

import structlog

from bot.usecases import checkins, notes
from bot.usecases.context import Person, Scope
from bot.usecases.people import Conversation
from bot.usecases.steps import current, resume
from bot.views.referrals import emergency_lines, writer_age
from bot.views.replies import Lines, Outgoing, Reply, Text
from bot.views.talk import (
    already_reply,
    closed_reply,
    connected_reply,
    consent_reply,
    desk_notice,
    not_relayed_reply,
    person_post,
    summary_post,
    unavailable_reply,
)
from i18n.dates import local_time
from storage import stats
from storage.handoffs import HandOffRow

log = structlog.get_logger(__name__)
# Telegram lets a bot delete a message for 48 hours: older ones in the topic stay.
DELETABLE_FOR = timedelta(hours=48)


class DeskUnavailable(Exception):
    """The counsellors' group cannot be reached (the bot is not an administrator there, the
    group lost its topics, Telegram is down): the person gets the lines to call instead."""


class PersonUnreachable(Exception):
    """The person blocked the bot: the counsellors are told, nothing more is sent."""


class Desk(Protocol):
    """The counsellors' group as the use cases see it; bot/telegram/desk.py on Telegram. Posts
    are written in the group's language; what goes to a person, in theirs."""

    async def open_topic(self, name: Text, earlier: int | None) -> int: ...

    async def post(self, topic_id: int, reply: Reply) -> list[int]: ...

    async def close_topic(self, topic_id: int) -> None: ...

    async def remove(self, message_ids: list[int]) -> None: ...

    async def tell(self, chat_id: int, outgoing: Outgoing) -> list[int]: ...

    async def retell(self, chat_id: int, message_id: int, outgoing: Outgoing) -> None: ...

    async def untell(self, chat_id: int, message_id: int) -> None: ...


def association(scope: Scope) -> str:
    return scope.runtime.settings.association_name


def lines_to_call(scope: Scope, person: Person) -> Lines:
    """The emergency numbers and crisis lines for this person, open day and night."""
    answers = person.conversation.answers if person.conversation else {}
    return emergency_lines(scope.directory, answers.get("country"), writer_age(answers))


async def talking(scope: Scope, person: Person) -> HandOffRow | None:
    """The person's conversation with the counsellors, while it is open."""
    if scope.desk is None:
        return None
    handoff = await scope.uow.handoffs.of(person.id)
    return handoff if handoff is not None and handoff.open else None


def next_opening(scope: Scope, person: Person) -> tuple[bool, datetime | None]:
    """Whether the counsellors are there now, and else when they next are."""
    hours = scope.runtime.settings.opening_hours
    now = scope.clock.now()
    return (True, None) if hours.is_open(now) else (False, hours.next_opening(now))


async def ask(scope: Scope) -> Outgoing:
    """/talk, or "Talk to someone": the consent question during the hours, else when someone
    will be there, with the lines open now."""
    person = await scope.person()
    lines = lines_to_call(scope, person)
    if scope.desk is None:
        scope.count(stats.TALK_ASKED, detail="unavailable")
        return await scope.done([unavailable_reply(lines)])
    if await talking(scope, person):
        return await scope.done([already_reply(association(scope))])
    is_open, opens = next_opening(scope, person)
    if not is_open:
        scope.count(stats.TALK_ASKED, detail="closed")
        when = ""
        if opens is not None:
            when = local_time(opens, scope.language(person.state), None, person.state.zone())
        return await scope.done([closed_reply(association(scope), when, lines)])
    scope.count(stats.TALK_ASKED, detail="open")
    return await scope.done([consent_reply(association(scope))])


async def agree(scope: Scope, with_notes: bool) -> Outgoing:
    """The person agreed to share the summary (and their notes, if they ticked it): their topic
    is opened (or their earlier one reopened) and the summary posted."""
    person = await scope.person()
    if scope.desk is None or await talking(scope, person) or not next_opening(scope, person)[0]:
        return await ask(scope)  # an old button: where things stand now
    number = person.state.pseudonym or _new_pseudonym()
    person.state = replace(person.state, pseudonym=number)
    earlier = await scope.uow.handoffs.of(person.id)
    conversation, _ = await current(scope, person)
    answers = dict(conversation.answers) if conversation else {}
    shown = scope.directory.refer(answers).services if _referred(scope, conversation) else ()
    summary = summary_post(
        association(scope),
        str(number),
        scope.language(person.state),
        answers,
        [Text(f"service-{service.id}-name") for service in shown],
        await notes.all_notes(scope, person) if with_notes else None,
    )
    try:
        topic = await scope.desk.open_topic(
            Text("desk-topic", {"number": str(number)}), earlier.topic_id if earlier else None
        )
        posted = await scope.desk.post(topic, summary)
    except DeskUnavailable as error:
        log.error("counsellors_unreachable", error=str(error))
        return await scope.done([unavailable_reply(lines_to_call(scope, person))])
    now = scope.clock.now()
    wait = scope.runtime.settings.counsellors_wait_minutes
    await scope.uow.handoffs.open(person.id, topic, now, now + timedelta(minutes=wait))
    for message_id in posted:
        await scope.uow.handoffs.relayed(person.id, message_id, 0, True, now)
    scope.count(stats.TALK_OPENED, detail="notes" if with_notes else "summary")
    if scope.runtime.reminders is not None:  # the loop keeps the "nobody answered" time
        scope.uow.after_commit(scope.runtime.reminders.wake)
    return await scope.done([connected_reply(association(scope), wait)])


async def typed(scope: Scope, person: Person, handoff: HandOffRow, text: str) -> Outgoing:
    """What the person types while talking goes to the counsellors, and nothing is answered:
    the counsellor does."""
    if not await relay(scope, person, handoff, text):
        return await scope.done([not_relayed_reply()])
    return await scope.done([], ways_out=False)


async def relay(
    scope: Scope, person: Person, handoff: HandOffRow, text: str, crisis: bool = False
) -> bool:
    """Posts what the person typed in their topic (with an alert if it has crisis words);
    False if the group could not be reached."""
    assert scope.desk is not None  # talking() found the conversation open
    now = scope.clock.now()
    try:
        posted = await scope.desk.post(handoff.topic_id, person_post(text))
        if crisis:
            await scope.desk.post(handoff.topic_id, desk_notice("desk-crisis"))
    except DeskUnavailable as error:
        log.error("counsellors_unreachable", error=str(error))
        return False
    for message_id in posted:
        await scope.uow.handoffs.relayed(
            person.id, message_id, scope.visitor.message_id or 0, True, now
        )
    return True


async def file_refused(scope: Scope, person: Person) -> bool:
    """A file sent while talking is not passed on either: the counsellors are told one came."""
    handoff = await talking(scope, person)
    if handoff is None:
        return False
    assert scope.desk is not None
    try:
        await scope.desk.post(handoff.topic_id, desk_notice("desk-file-refused"))
    except DeskUnavailable as error:
        log.error("counsellors_unreachable", error=str(error))
    return True


async def end(scope: Scope, person: Person, reason: str) -> None:
    """/exit or /delete: the counsellors are told in neutral words, the person's messages go
    from the topic where Telegram still allows it, the topic is closed, and the ids of what
    was relayed are forgotten."""
    if scope.desk is None:
        return
    handoff = await scope.uow.handoffs.of(person.id)
    if handoff is None:
        return
    since = scope.clock.now() - DELETABLE_FOR
    theirs = [
        relay.topic_message_id
        for relay in await scope.uow.handoffs.relays(person.id)
        if relay.from_person and relay.sent_at > since
    ]
    try:
        if handoff.open:
            await scope.desk.post(handoff.topic_id, desk_notice("desk-person-left"))
        if theirs:
            await scope.desk.remove(theirs)
        if handoff.open:
            await scope.desk.close_topic(handoff.topic_id)
    except DeskUnavailable as error:  # what stays in the topic is said in docs/counsellors.md
        log.error("counsellors_unreachable", error=str(error))
    if handoff.open:
        await scope.uow.handoffs.close(person.id)
        scope.count(stats.TALK_CLOSED, detail=reason)
    await scope.uow.handoffs.forget_relays(person.id)


async def later(scope: Scope) -> Outgoing:
    """Outside the hours: a check-in when the counsellors are next there."""
    person = await scope.person()
    conversation, _ = await current(scope, person)
    is_open, opens = next_opening(scope, person) if scope.desk else (False, None)
    if opens is None:  # open now, or no opening ahead: the question again
        return (
            await ask(scope) if is_open else await scope.done([resume(scope, conversation, None)])
        )
    planned = await checkins.plan_at(scope, person, opens)
    return await scope.done([planned, resume(scope, conversation, None)])


def _new_pseudonym() -> int:
    """Four digits, drawn at random: nothing of the person in it."""
    return 1000 + secrets.randbelow(9000)


def _referred(scope: Scope, conversation: Conversation | None) -> bool:
    """Whether the conversation reached a step that shows where to turn."""
    if conversation is None:
        return False
    script = scope.script(conversation)
    return any(script.step(step).services == "referral" for step in conversation.reached)
