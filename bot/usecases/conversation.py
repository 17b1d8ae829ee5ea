"""A conversation in a flow: starting it, pressing a choice, typing an answer, going back or
stopping; and what is counted of it, once per conversation (the dashboard's funnel)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.usecases import checkins, crisis, handoff, link_checks, notes
from bot.usecases.context import START_FLOW, Person, Scope
from bot.usecases.people import Conversation, answered_on, conversation_of
from bot.usecases.steps import current, flow_changed, is_final, local_now, resume, screen
from bot.views.actions import Go, Pick
from bot.views.referrals import writer_age
from bot.views.replies import Outgoing, Reply, Text
from bot.views.screens import emergency_reply, menu_reply, resume_reply
from flows.directory import Platform
from flows.engine import (
    DONE,
    GO,
    SKIP,
    Back,
    Input,
    Outcome,
    Press,
    Typed,
    advance,
    begin,
)
from flows.model import Step
from storage import stats


async def start(scope: Scope, flow: str = START_FLOW) -> Outgoing:
    person = await scope.person()
    conversation = begin_flow(scope, person, flow)
    person.state = replace(person.state, awaiting=None, conversation=conversation)
    return await scope.done([screen(scope, conversation)])


def begin_flow(scope: Scope, person: Person, flow: str, carried: bool = False) -> Conversation:
    """A new conversation in `flow`, taking over what it carries from the previous one."""
    script = scope.content.scripts[flow]
    known = person.conversation.answers if person.conversation and carried else {}
    keep = {key: known[key] for key in script.flow.carry if key in known}
    conversation = conversation_of(begin(script, keep), scope.clock.now())
    person.state = replace(person.state, conversation=conversation)
    scope.count(stats.STARTED, conversation.step)
    return reach(scope, conversation)


async def press(scope: Scope, pick: Pick) -> Outgoing:
    person = await scope.person()
    conversation, changed = await current(scope, person)
    if changed:
        return await flow_changed(scope)
    if conversation is None:
        return await scope.done([resume(scope, None, "notice-stale")])
    return await move(scope, person, conversation, Press(pick.step, pick.choice))


async def typed(scope: Scope, text: str) -> Outgoing:
    """Whatever a person types, wherever they are: crisis words first, then what the moment
    expects (a counsellor reading, the first words, a note, an answer), and nothing dropped."""
    person = await scope.person()
    conversation, changed = await current(scope, person)
    talking = await handoff.talking(scope, person)
    if scope.content.crisis_words.heard(text):
        if talking:  # the counsellor reads it too, with an alert
            await handoff.relay(scope, person, talking, text, crisis=True)
        return await crisis.answer(scope, person, text)
    if talking:
        return await handoff.typed(scope, person, talking, text)
    if conversation is None and person.new:
        return await first_words(scope, person, text)
    if person.state.awaiting == notes.AWAITING_NOTE:
        return await notes.note_typed(scope, person, text)
    if changed:
        return await flow_changed(scope)
    if conversation is None or is_final(scope, conversation):
        return await notes.hold(scope, person, text)  # outside any question: keep it?
    return await move(scope, person, conversation, Typed(text))


async def first_words(scope: Scope, person: Person, text: str) -> Outgoing:
    """Someone's very first message, before any button: the beginning of their story, kept
    like the story step, and the conversation begins."""
    conversation = begin_flow(scope, person, START_FLOW)
    outcome = advance(scope.script(conversation), conversation.state, Typed(text))
    for saved in outcome.saved:
        await notes.add(scope, person, saved.field, saved.text)
    return await scope.done([screen(scope, conversation, *_notices(outcome, ()))])


async def go(scope: Scope, where: Go) -> Outgoing:
    """The buttons under every step: back, stop, the emergency numbers, carry on."""
    person = await scope.person()
    conversation, _ = await current(scope, person)
    if where.where == "back" and conversation is not None:
        return await move(scope, person, conversation, Back())
    if where.where == "stop":
        person.state = replace(person.state, conversation=None)
        return await scope.done([Reply((Text("stopped"),)), menu_reply(with_start=True)])
    if where.where == "sos":
        return await scope.done(emergency(scope, conversation))
    return await scope.done([resume(scope, conversation, None)])


def emergency(scope: Scope, conversation: Conversation | None) -> list[Reply]:
    """The emergency numbers and crisis lines, asked for with /urgence or 🆘 (so counted)."""
    scope.count(stats.EMERGENCY, detail="asked")
    answers = conversation.answers if conversation else {}
    first = emergency_reply(scope.directory, answers.get("country"), writer_age(answers))
    if conversation is None or is_final(scope, conversation):
        return [first, menu_reply(with_start=conversation is None)]
    return [first, resume_reply()]


async def move(scope: Scope, person: Person, conversation: Conversation, given: Input) -> Outgoing:
    """An answer (or a step back): what it saves, where it leads, what is planned or counted."""
    script = scope.script(conversation)
    asked = script.step(conversation.step)
    asking = person.state.links_to_ask
    if asked.each_link and asking and isinstance(given, Press) and given.step == asked.id:
        # "yes_2": yes, about the link asked when 2 were left; a button of another link is stale.
        choice, _, number = given.choice.rpartition("_")
        if choice not in link_checks.WEIGHT or number != str(len(asking)):
            return await scope.done([screen(scope, conversation, Text("notice-stale"))])
        every_link = link_checks.answer(scope, person, choice)
        if every_link is None:  # the next link, under the same question
            return await scope.done([screen(scope, conversation)])
        given = Press(asked.id, every_link)
    outcome = advance(script, conversation.state, given)
    for saved in outcome.saved:
        await notes.add(scope, person, saved.field, saved.text)
    links = [saved.text for saved in outcome.saved if saved.field == "link"]
    platforms = scope.directory.platforms(links)
    ids = tuple(dict.fromkeys([*conversation.platforms, *(p.id for p in platforms)]))
    moved = replace(conversation.moved(outcome.state, scope.clock.now()), platforms=ids)
    if moved.step != conversation.step and not isinstance(given, Back):
        moved = reach(scope, answered(scope, conversation, moved, given))
        moved = _dated(script.step(conversation.step), moved, local_now(scope, conversation))
    person.state = replace(person.state, conversation=moved)
    if moved.step != conversation.step and script.step(moved.step).each_link:
        await link_checks.ask_about_links(scope, person)
    replies = []
    days = moved.answers.get(asked.answer_key, "")
    if asked.remind and moved.step != conversation.step and days.isdigit():
        replies.append(await checkins.plan(scope, person, int(days)))
    replies.append(screen(scope, moved, *_notices(outcome, platforms)))
    return await scope.done(replies)


def _dated(asked: Step, moved: Conversation, local_now: datetime) -> Conversation:
    """A date question answered with "today", "yesterday"…, or a `dated` step: the day it was
    answered is kept with the answer, so the dossier prints dates a reader can check, never
    "today"."""
    choice = next((c for c in asked.choices if c.id == moved.answers.get(asked.answer_key)), None)
    relative = asked.ask == "date" and choice is not None and choice.days_ago is not None
    if not (relative or (asked.dated and choice is not None)):
        return moved
    answers = {**moved.answers, answered_on(asked.answer_key): local_now.date().isoformat()}
    return replace(moved, answers=answers)


# ---- what is counted ------------------------------------------------------------------------


def reach(scope: Scope, conversation: Conversation) -> Conversation:
    """Counts the step reached, and what it shows, once per conversation."""
    if conversation.step in conversation.reached:
        return conversation
    step = scope.script(conversation).step(conversation.step)
    scope.count(stats.REACHED, conversation.step)
    if step.services == "emergency":
        scope.count(stats.EMERGENCY, conversation.step, "step")
    elif step.services == "referral":
        for service in scope.directory.refer(conversation.answers).services:
            scope.count(stats.REFERRAL, conversation.step, service.id)
    return replace(conversation, reached=conversation.reached | {conversation.step})


def answered(scope: Scope, before: Conversation, after: Conversation, given: Input) -> Conversation:
    """Counts the answer that moved the person on from a step, the first time only."""
    if before.step in before.answered:
        return after
    choice = "typed"  # what was typed stays in the notes, sealed; never here
    if isinstance(given, Press):
        choice = {SKIP: "skipped", DONE: "given", GO: ""}.get(given.choice, given.choice)
    scope.count(stats.ANSWERED, before.step, choice)
    return replace(after, answered=before.answered | {before.step})


def _notices(outcome: Outcome, platforms: tuple[Platform, ...]) -> list[Text]:
    """What the person is told before the step: what was saved, refused, or seen."""
    notices = []
    if outcome.stale:
        notices.append(Text("notice-stale"))
    elif outcome.notice:
        notices.append(Text(outcome.notice, dict(outcome.notice_args)))
    # One explanation per kind of refusal, however many links it refused.
    if "too-long" in outcome.refused:
        notices.append(Text("notice-link-too-long"))
    schemes = [scheme for scheme in dict.fromkeys(outcome.refused) if scheme != "too-long"]
    if schemes:
        notices.append(Text("notice-link-refused", {"scheme": ":, ".join(schemes)}))
    if platforms:
        names = ", ".join(platform.name for platform in platforms)
        notices.append(Text("notice-platforms", {"names": names}))
    return notices
