"""/export: the person's notes as a dossier (a PDF the adapter makes in memory)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from bot.usecases import notes, timestamps
from bot.usecases.context import START_FLOW, Scope
from bot.usecases.people import answered_on
from bot.usecases.steps import current
from bot.views.dossier import Answer, Dossier
from bot.views.notices import notices
from bot.views.replies import Outgoing, Reply, Text
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
    dossier = Dossier(
        notes=tuple(timeline),
        timestamps=await timestamps.for_dossier(scope, person, tuple(timeline)),
        notices=tuple(notices(tuple(timeline), answers, scope.directory)),
        answers=answer_labels(scope.content.scripts[START_FLOW], answers)
        + followed_up(scope, conversation.flow_id if conversation else START_FLOW, answers),
        case=dict(answers),
        made_at=scope.clock.now(),
        keep_days=person.state.keep_days or 0,
    )
    return await scope.done([Reply((Text("export-ready"),), dossier=dossier)])


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
