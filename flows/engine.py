"""Walks a person through a flow: pure functions from (flow, state, input) to an outcome.

Nothing here knows about Telegram, the database or the texts: the caller stores what the
outcome says to store and renders the step it points to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from flows.links import extract_links, without_tracking
from flows.model import Condition, Rule, Step
from flows.script import Script

# Buttons the engine adds itself; flow choice ids cannot start with "_".
GO, SKIP, DONE = "_go", "_skip", "_done"


@dataclass(frozen=True)
class State:
    flow_id: str
    version: str
    step: str
    history: tuple[str, ...] = ()
    answers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Press:
    step: str
    choice: str


@dataclass(frozen=True)
class Typed:
    text: str


@dataclass(frozen=True)
class Back:
    pass


Input = Press | Typed | Back


@dataclass(frozen=True)
class Saved:
    """Something the person typed, to be stored encrypted under `field`."""

    field: str
    text: str


@dataclass(frozen=True)
class Outcome:
    state: State
    saved: tuple[Saved, ...] = ()
    notice: str | None = None  # a text id shown before the step, e.g. "use the buttons"
    notice_args: Mapping[str, int] = field(default_factory=dict)
    stale: bool = False  # the input answered another step than the current one
    refused: tuple[str, ...] = ()  # links not kept: their scheme ("javascript"), or "too-long"


@dataclass(frozen=True)
class StepView:
    step: Step
    texts: tuple[str, ...]
    buttons: tuple[tuple[str, str], ...]  # (choice id, text id)
    current: int
    total: int
    can_go_back: bool


def matches(condition: Condition | None, answers: Mapping[str, str]) -> bool:
    if condition is None:
        return True
    alternatives = condition if isinstance(condition, list) else [condition]
    return any(
        all(
            answers.get(key) in ([want] if isinstance(want, str) else want)
            for key, want in m.items()
        )
        for m in alternatives
    )


def matches_known(condition: Condition, known: Mapping[str, str]) -> bool:
    """Like `matches`, but a key the condition tests and `known` lacks counts as matching: who
    a service is for, when only part of the answers is known."""
    alternatives = condition if isinstance(condition, list) else [condition]
    return any(
        all(
            key not in known or known[key] in ([want] if isinstance(want, str) else want)
            for key, want in m.items()
        )
        for m in alternatives
    )


def begin(script: Script, answers: Mapping[str, str] | None = None) -> State:
    """A new conversation; `answers` carries what an earlier flow already knows (the country…)."""
    return State(script.flow.id, script.version, script.flow.start, answers=dict(answers or {}))


def variables(script: Script, state: State) -> dict[str, str]:
    """Answers (ids only, never typed text) plus the register texts should use."""
    informal = script.flow.informal_when
    if "age" not in state.answers:
        register = "neutral"
    elif informal is not None and matches(informal, state.answers):
        register = "informal"
    else:
        register = "formal"
    return {**state.answers, "register": register}


def view(script: Script, state: State) -> StepView:
    step = script.step(state.step)
    texts = tuple(
        block if isinstance(block, str) else block.text
        for block in step.say
        if isinstance(block, str) or matches(block.when, state.answers)
    )
    buttons = [(choice.id, choice.text) for choice in step.choices]
    if step.ask == "none" and not step.final and not buttons:
        buttons.append((GO, "btn-continue"))
    if step.ask == "url" and int(state.answers.get(step.answer_key, "0")) > 0:
        buttons.insert(0, (DONE, "btn-done"))
    if step.optional:
        buttons.append((SKIP, "btn-skip"))
    current = len(state.history) + 1
    return StepView(
        step=step,
        texts=texts,
        buttons=tuple(buttons),
        current=current,
        total=current + script.distance_to_end[step.id],
        can_go_back=bool(state.history) and not step.final,
    )


def advance(script: Script, state: State, given: Input) -> Outcome:
    step = script.step(state.step)
    if isinstance(given, Back):
        return _back(state)
    if isinstance(given, Press):
        if given.step != step.id:
            return Outcome(state, stale=True)
        return _press(script, state, step, given.choice)
    return _typed(script, state, step, given.text)


def _back(state: State) -> Outcome:
    if not state.history:
        return Outcome(state)
    previous = state.history[-1]
    answers = {k: v for k, v in state.answers.items() if k not in (state.step, previous)}
    return Outcome(replace(state, step=previous, history=state.history[:-1], answers=answers))


def _press(script: Script, state: State, step: Step, choice: str) -> Outcome:
    if choice == SKIP and step.optional:
        return Outcome(_move_on(script, state, step, "skipped"))
    if choice == DONE and step.ask == "url":
        return Outcome(_move_on(script, state, step, state.answers.get(step.answer_key, "0")))
    if choice == GO and step.ask == "none" and not step.choices:
        return Outcome(_move_on(script, state, step, None))
    if any(c.id == choice for c in step.choices):
        return Outcome(_move_on(script, state, step, choice))
    return Outcome(state, stale=True)


# Where text typed at a question that wants a button is kept: never dropped, always said.
NOTE = "note"
# A date written with numbers: day, month and year, as people in France, Luxembourg and
# Germany write them ("31/02/2026", "3.11.26", "03-11-2026").
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")


def impossible_date(text: str) -> bool:
    """A date no calendar has ("31/02/2026", "12/13/2026"): the person is asked again rather
    than a dossier carrying it. Dates in words, or "last Monday", are kept as written."""
    for day, month, year in NUMERIC_DATE.findall(text):
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        try:
            date(full_year, int(month), int(day))
        except ValueError:
            return True
    return False


def _typed(script: Script, state: State, step: Step, text: str) -> Outcome:
    if not text.strip():
        return Outcome(state)  # nothing to keep, nothing to answer
    if step.ask == "date" and impossible_date(text):
        return Outcome(state, notice="notice-date-impossible")  # asked again, with an example
    if step.ask in ("text", "date"):
        saved = (Saved(step.answer_key, without_tracking(text)),)
        return Outcome(_move_on(script, state, step, "given"), saved=saved)
    if step.ask == "url":
        return _typed_links(state, step, text)
    story = script.flow.story
    if story is not None and step.id == script.flow.start:
        # Before the first question: the person's own words, the beginning of their story.
        return Outcome(state, saved=(Saved(story, text),), notice="notice-typed-story")
    return Outcome(state, saved=(Saved(NOTE, text),), notice="notice-typed-kept")


def _typed_links(state: State, step: Step, text: str) -> Outcome:
    found = extract_links(text)
    if not found.links:
        if found.refused:  # explained; a javascript: or data: "link" is not kept
            return Outcome(state, refused=found.refused)
        return Outcome(state, saved=(Saved(NOTE, text),), notice="notice-no-link-kept")
    count = int(state.answers.get(step.answer_key, "0")) + len(found.links)
    answers = {**state.answers, step.answer_key: str(count)}
    return Outcome(
        replace(state, answers=answers),
        saved=tuple(Saved("link", link) for link in found.links),
        notice="notice-links-saved",
        notice_args={"count": len(found.links)},
        refused=found.refused,
    )


def _move_on(script: Script, state: State, step: Step, answer: str | None) -> State:
    answers = dict(state.answers)
    if answer is not None:
        answers[step.answer_key] = answer
    target = _next_step(step, answers)
    return replace(state, step=target, history=(*state.history, step.id), answers=answers)


def _next_step(step: Step, answers: Mapping[str, str]) -> str:
    if isinstance(step.next, str):
        return step.next
    rules: list[Rule] = step.next or []
    for rule in rules:
        if rule.otherwise is not None or matches(rule.when, answers):
            return rule.target
    raise AssertionError(f"step {step.id} has no way on; validation should have caught it")
