"""Conversation tests volunteers write in flows/tests/*.yaml, run on the engine and directory.

flow: incident
tests:
  - name: An adult in France is sent to Pharos, never to the Stopline
    do:
      - press: begin          # a choice id of the current step
      - say: "some text"      # what the person types
      - skip                  # also: done, continue, back
      - expect: {step: referral, text: referral-intro, referral: [pharos], not_referral: [stopline]}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from flows.directory import Directory
from flows.engine import DONE, GO, SKIP, Back, Input, Press, State, Typed, advance, begin, view
from flows.model import Strict
from flows.positions import YamlPath, nearest, positions
from flows.script import Script, keys_of, located, parse_yaml

TESTS_DIR = Path(__file__).parent / "tests"
Word = Literal["skip", "done", "continue", "back"]


class Expect(Strict):
    step: str | None = None
    text: str | None = None  # a text id the step shows
    no_text: str | None = None
    referral: tuple[str, ...] = ()  # services the directory sends to, in this order
    not_referral: tuple[str, ...] = ()


class PressAction(Strict):
    press: str


class SayAction(Strict):
    say: str


class ExpectAction(Strict):
    expect: Expect


class Case(Strict):
    name: str
    answers: dict[str, str] = Field(
        default_factory=dict
    )  # known before the flow starts (a follow-up's carried answers)
    do: list[Word | PressAction | SayAction | ExpectAction] = Field(min_length=1)


class TestFile(Strict):
    flow: str
    tests: list[Case] = Field(min_length=1)


TEST_KEYS = keys_of(TestFile, Case, Expect, PressAction, SayAction, ExpectAction)


@dataclass(frozen=True)
class Failure:
    where: str  # "file:line:col"
    test: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.test}: {self.message}"


def load_tests(path: Path) -> tuple[TestFile | None, list[str]]:
    source = path.read_text(encoding="utf-8")
    tests, problems = parse_yaml(source, TestFile, TEST_KEYS)
    return tests, [f"{path}:{line}" for line in located(source, problems)]


def run_case(
    path: Path, index: int, case: Case, script: Script, directory: Directory
) -> list[Failure]:
    """Walks one test; stops at the first step that goes wrong (what follows would too)."""
    where = positions(path.read_text(encoding="utf-8"))
    state = begin(script, case.answers)
    failures: list[Failure] = []
    for n, action in enumerate(case.do):
        at: YamlPath = ("tests", index, "do", n)
        line, column = nearest(where, at)
        here = f"{path}:{line}:{column}"
        if isinstance(action, ExpectAction):
            failures += [
                Failure(here, case.name, m) for m in _unmet(action.expect, script, directory, state)
            ]
            continue
        given = _input(action, state)
        outcome = advance(script, state, given)
        if outcome.stale or (outcome.state == state and not isinstance(given, Back)):
            failures.append(
                Failure(here, case.name, f"{_describe(action)} does nothing at step '{state.step}'")
            )
            return failures
        state = outcome.state
    return failures


def _input(action: Any, state: State) -> Input:
    if isinstance(action, PressAction):
        return Press(state.step, action.press)
    if isinstance(action, SayAction):
        return Typed(action.say)
    if action == "back":
        return Back()
    return Press(state.step, {"skip": SKIP, "done": DONE, "continue": GO}[action])


def _unmet(expect: Expect, script: Script, directory: Directory, state: State) -> list[str]:
    shown = view(script, state)
    problems = []
    if expect.step and state.step != expect.step:
        problems.append(f"expected step '{expect.step}', the person is at '{state.step}'")
    if expect.text and expect.text not in shown.texts:
        problems.append(f"expected text '{expect.text}', the step shows {list(shown.texts)}")
    if expect.no_text and expect.no_text in shown.texts:
        problems.append(f"text '{expect.no_text}' is shown")
    sent = [service.id for service in directory.refer(state.answers).services]
    wanted = [s for s in sent if s in expect.referral]
    if expect.referral and wanted != list(expect.referral):
        problems.append(f"expected referral {list(expect.referral)} in this order, got {sent}")
    unwanted = [s for s in expect.not_referral if s in sent]
    if unwanted:
        problems.append(f"referral includes {unwanted}, which it must not")
    return problems


def _describe(action: Any) -> str:
    if isinstance(action, PressAction):
        return f"press '{action.press}'"
    if isinstance(action, SayAction):
        return "say"
    return str(action)
