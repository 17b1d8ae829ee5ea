"""/export: the person's notes as a dossier (a PDF the adapter makes in memory)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from bot.usecases import notes, timestamps
from bot.usecases.context import START_FLOW, Scope
from bot.usecases.people import answered_on
from bot.usecases.steps import child_shown, current
from bot.views.dossier import Answer, Dossier
from bot.views.notices import notices
from bot.views.replies import Lines, Outgoing, Reply, Text, Verbatim
from bot.views.screens import menu_reply
from flows.script import Script
from storage import stats


async def export(scope: Scope) -> Outgoing:
    person = await scope.person()
    conversation, _ = await current(scope, person)
    timeline = await notes.all_notes(scope, person)
    if not timeline:
        return await scope.done([Reply((Text("notes-empty"),))])
    scope.events.append(stats.Event(stats.EXPORT))
    answers = conversation.answers if conversation else {}
    child = child_shown(scope, conversation)
    dossier = Dossier(
        notes=tuple(timeline),
        timestamps=await timestamps.for_dossier(scope, person, tuple(timeline)),
        notices=tuple(notices(tuple(timeline), answers, child, scope.directory)),
        child_shown=child,
        answers=answer_labels(scope.content.scripts[START_FLOW], answers)
        + followed_up(scope, conversation.flow_id if conversation else START_FLOW, answers),
        case=dict(answers),
        made_at=scope.clock.now(),
        keep_days=person.state.keep_days or 0,
    )
    return await scope.done([Reply((Text("export-ready"),), dossier=dossier)])


async def notices_to_copy(scope: Scope) -> Outgoing:
    """The notices of the dossier, one message each, to copy with a tap (asked for from the
    notes, after their warning): the bot never sends them to a platform itself."""
    person = await scope.person()
    conversation, _ = await current(scope, person)
    answers = conversation.answers if conversation else {}
    timeline = tuple(await notes.all_notes(scope, person))
    made = notices(timeline, answers, child_shown(scope, conversation), scope.directory)
    if not made:
        return await scope.done([Reply((Text("notice-none"),)), menu_reply(with_start=False)])
    replies = [Reply((Text("notice-chat-intro"),))]
    for notice in made:
        heading = Text("notice-chat-heading", {"platform": notice.platform})
        where_id, where_args = notice.where
        lines = Lines(tuple(Text(i, a) for i, a in notice.lines), copyable=True)
        replies.append(
            Reply(
                (
                    Verbatim(notice.link, code=True, heading=heading),
                    lines,
                    Text(where_id, where_args),
                )
            )
        )
    return await scope.done([*replies, menu_reply(with_start=False)])


def answer_labels(script: Script, answers: Mapping[str, str]) -> tuple[Answer, ...]:
    """Each question answered with a button, but the check-in's (a plan, not what happened):
    relative days ("yesterday") as the dates they meant on the day they were answered."""
    labels = []
    for step in script.flow.steps:
        chosen = next((c for c in step.choices if c.id == answers.get(step.answer_key)), None)
        if chosen is None or step.ask == "none" or step.remind:
            continue
        answered = answers.get(answered_on(step.answer_key))
        day = date.fromisoformat(answered) if answered is not None else None
        days = None
        if chosen.days_ago is not None and day is not None:
            latest, earliest = chosen.days_ago
            days = (day - timedelta(days=latest), day - timedelta(days=earliest))
        on = day if step.dated else None
        labels.append(Answer(f"field-{step.answer_key}", chosen.text, days, on))
    return tuple(labels)


def followed_up(scope: Scope, flow: str, answers: Mapping[str, str]) -> tuple[Answer, ...]:
    """After a check-in, the dated answers of its follow-up too: what was reported, and what
    the platform decided, on which day."""
    if flow == START_FLOW or flow not in scope.content.scripts:
        return ()
    labels = answer_labels(scope.content.scripts[flow], answers)
    return tuple(label for label in labels if label.on is not None)
