"""/export: the person's notes as a dossier (a PDF the adapter makes in memory)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.usecases import notes
from bot.usecases.context import START_FLOW, Scope
from bot.usecases.steps import current
from bot.views.dossier import Dossier
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
        answers=answer_labels(scope.content.scripts[START_FLOW], answers),
        country=answers.get("country"),
        made_at=scope.clock.now(),
    )
    return await scope.done([Reply((Text("export-ready"),), dossier=dossier)])


def answer_labels(script: Script, answers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """(label id, choice text id) for each question answered with a button."""
    labels = []
    for step in script.flow.steps:
        chosen = {c.id: c.text for c in step.choices}.get(answers.get(step.answer_key, ""))
        if chosen and step.ask != "none":
            labels.append((f"field-{step.answer_key}", chosen))
    return tuple(labels)
