"""Loading a flow file: parse, validate the whole graph, and index it for the engine."""

from __future__ import annotations

import difflib
import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from flows.model import Choice, Flow, Rule, Say, Step
from flows.positions import YamlPath, nearest, positions

FLOWS_DIR = Path(__file__).parent


def keys_of(*models: type[BaseModel]) -> set[str]:
    """Every key a YAML file may use, for "did you mean" hints."""
    return {field.alias or name for model in models for name, field in model.model_fields.items()}


FLOW_KEYS = keys_of(Flow, Step, Say, Choice, Rule)
CALLBACK_LIMIT = 64
DIRECTORY_NAME = (
    "directory.yaml"  # the referral directory lives beside the flows (flows/directory.py)
)


class FlowError(Exception):
    """A flow file is broken; `problems` lists every problem found (each "line:col: message"),
    not only the first."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}:" + f"; {path}:".join(problems))


@dataclass(frozen=True)
class Problem:
    where: YamlPath  # which value in the file: ("steps", 3, "next")
    message: str
    at: tuple[int, int] | None = None  # (line, column) when known without a path (YAML syntax)


# Says what is wrong with a text id ("is missing in i18n/de"), or nothing when it is fine.
TextCheck = Callable[[str], list[str]]


@dataclass(frozen=True)
class Script:
    """A validated flow with the indexes the engine needs."""

    flow: Flow
    version: str  # a hash of the file: a conversation stays on the version it started with
    steps: dict[str, Step]
    distance_to_end: dict[str, int]
    source: str = ""  # the file as loaded, kept so a later version can still serve it

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def text_ids(self) -> set[str]:
        return {text_id for _, text_id in _text_uses(self.flow)}


def load_script(path: Path, check_text: TextCheck | None = None) -> Script:
    return script_from_source(path.read_text(encoding="utf-8"), check_text, path)


def script_from_source(
    source: str, check_text: TextCheck | None = None, path: Path = Path("flow")
) -> Script:
    """A script from a flow file's text (from disk, or a version kept in the database)."""
    flow, problems = parse_flow(source)
    if flow is not None:
        problems += _graph_problems(flow)
        if check_text is not None:
            problems += [
                Problem(where, message)
                for where, text_id in _text_uses(flow)
                for message in check_text(text_id)
            ]
    if problems or flow is None:
        raise FlowError(path, located(source, problems))
    version = hashlib.sha256(source.encode()).hexdigest()[:12]
    steps = {step.id: step for step in flow.steps}
    return Script(flow, version, steps, _most_steps_to_end(flow), source)


def parse_flow(source: str) -> tuple[Flow | None, list[Problem]]:
    """The flow, or every problem of form: YAML syntax, unknown keys, wrong values."""
    return parse_yaml(source, Flow, FLOW_KEYS)


Model = TypeVar("Model", bound=BaseModel)


def parse_yaml(
    source: str, model: type[Model], known_keys: set[str]
) -> tuple[Model | None, list[Problem]]:
    """A YAML file read into its model, or every problem of form, each with its place."""
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem((), f"not valid YAML: {getattr(error, 'problem', error)}", at)]
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        return None, schema_problems(error, positions(source), known_keys)


def schema_problems(
    error: ValidationError, where: dict[YamlPath, tuple[int, int]], known_keys: set[str]
) -> list[Problem]:
    problems = []
    for detail in error.errors():
        path = _yaml_path(detail["loc"], where)
        if detail["type"] == "extra_forbidden":
            key = str(detail["loc"][-1])
            message = f"unknown key '{key}'{did_you_mean(key, known_keys)}"
        elif detail["type"] == "missing":
            message = f"'{detail['loc'][-1]}' is missing"
        else:
            message = f"'{'.'.join(map(str, path)) or 'file'}': {detail['msg']}"
        problems.append(Problem(path, message))
    return list(dict.fromkeys(problems))


def located(source: str, problems: list[Problem]) -> list[str]:
    """Each problem as "line:col: message", in the order of the file."""
    where = positions(source)
    lines = []
    for problem in problems:
        line, column = problem.at or nearest(where, problem.where)
        lines.append((line, column, problem.message))
    return [f"{line}:{column}: {message}" for line, column, message in sorted(set(lines))]


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _yaml_path(loc: tuple[int | str, ...], where: dict[YamlPath, tuple[int, int]]) -> YamlPath:
    """Pydantic's error location without its type tags ("str", "list[Rule]"…)."""
    path: YamlPath = ()
    for part in loc:
        if (*path, part) in where:
            path = (*path, part)
    if loc and loc[-1] not in path[-1:] and isinstance(loc[-1], str):
        path = (*path, loc[-1])  # a missing or unknown key: point at its mapping
    return path


def _text_uses(flow: Flow) -> Iterator[tuple[YamlPath, str]]:
    """Every text id the flow uses, with where."""
    for index, step in enumerate(flow.steps):
        here: YamlPath = ("steps", index)
        for n, block in enumerate(step.say):
            yield (*here, "say", n), block if isinstance(block, str) else block.text
        for n, choice in enumerate(step.choices):
            yield (*here, "choices", n, "text"), choice.text
        if step.ask != "none":  # labels the answer in notes and the dossier
            label = "field-link" if step.ask == "url" else f"field-{step.answer_key}"
            yield (*here, "ask"), label


def _targets(step: Step) -> list[str]:
    if step.next is None:
        return []
    if isinstance(step.next, str):
        return [step.next]
    return [rule.target for rule in step.next]


def _graph_problems(flow: Flow) -> list[Problem]:
    ids = [step.id for step in flow.steps]
    problems = []
    for index, step_id in enumerate(ids):
        if step_id in ids[:index]:
            problems.append(Problem(("steps", index, "id"), f"step id '{step_id}' is used twice"))
    known = set(ids)
    if flow.start not in known:
        problems.append(
            Problem(
                ("start",),
                f"start step '{flow.start}' does not exist{did_you_mean(flow.start, known)}",
            )
        )
    for index, step in enumerate(flow.steps):
        problems += _step_problems(step, ("steps", index), known)
    reachable, ending = _reachable(flow), _distances_to_end(flow)
    for index, step in enumerate(flow.steps):
        if step.id not in reachable:
            message = f"step '{step.id}' cannot be reached from '{flow.start}'"
            problems.append(Problem(("steps", index, "id"), message))
        elif step.next is not None and step.id not in ending:
            message = f"step '{step.id}' never leads to an end (a loop with no way out?)"
            problems.append(Problem(("steps", index, "next"), message))
    return problems


def _step_problems(step: Step, here: YamlPath, known: set[str]) -> Iterator[Problem]:
    where = f"step '{step.id}'"
    rules = step.next if isinstance(step.next, list) else []
    for n, target in enumerate(_targets(step)):
        if target not in known:
            at: YamlPath = (*here, "next")
            if rules:
                at = (*at, n, "then" if rules[n].when is not None else "else")
            hint = did_you_mean(target, known)
            yield Problem(at, f"{where}: next step '{target}' does not exist{hint}")
    if step.final and step.next is not None:
        yield Problem((*here, "final"), f"{where}: a final step has no 'next'")
    if not step.final and step.next is None:
        yield Problem(here, f"{where}: a dead end: give it a 'next' (or 'final: true')")
    if isinstance(step.next, list) and (not rules or rules[-1].otherwise is None):
        yield Problem((*here, "next"), f"{where}: the last rule of 'next' must be an 'else'")
    if step.ask == "choice" and not step.choices:
        yield Problem((*here, "ask"), f"{where}: a choice question needs choices")
    if step.remind and (
        step.ask != "choice" or any(c.id != "no" and not c.id.isdigit() for c in step.choices)
    ):
        yield Problem(
            (*here, "remind"), f"{where}: a 'remind' step is a choice of numbers of days, or 'no'"
        )
    if step.each_link and {c.id for c in step.choices} != {"yes", "no", "unknown"}:
        yield Problem(
            (*here, "each_link"), f"{where}: an 'each_link' step has the choices yes, no, unknown"
        )
    if not step.say or all(isinstance(b, Say) and b.when is not None for b in step.say):
        yield Problem((*here, "say"), f"{where}: needs at least one text shown unconditionally")
    for n, choice in enumerate(step.choices):
        # The adapter packs "p:<step>:<choice>" into Telegram's callback_data.
        if len(f"p:{step.id}:{choice.id}".encode()) > CALLBACK_LIMIT:
            yield Problem(
                (*here, "choices", n, "id"),
                f"{where}: choice '{choice.id}' makes callback data over {CALLBACK_LIMIT} bytes",
            )


def _reachable(flow: Flow) -> set[str]:
    steps = {step.id: step for step in flow.steps}
    seen, queue = {flow.start}, deque([flow.start])
    while queue:
        step = steps.get(queue.popleft())
        for target in _targets(step) if step else []:
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def _distances_to_end(flow: Flow) -> dict[str, int]:
    """Fewest steps from each step to a final one. A step that never leads to an end is left
    out (validation reports it)."""
    incoming: dict[str, list[str]] = {step.id: [] for step in flow.steps}
    for step in flow.steps:
        for target in _targets(step):
            incoming.setdefault(target, []).append(step.id)
    distance = {step.id: 0 for step in flow.steps if step.final}
    queue = deque(distance)
    while queue:
        current = queue.popleft()
        for source in incoming[current]:
            if source not in distance:
                distance[source] = distance[current] + 1
                queue.append(source)
    return distance


def _most_steps_to_end(flow: Flow) -> dict[str, int]:
    """Most steps from each step to a final one, so progress shows as 'n of m' with an m that
    never grows as the person goes on (a shorter branch makes it shrink). An edge back to a
    step being explored (a loop) is not counted; a step that never ends is left out."""
    fewest = _distances_to_end(flow)
    by_id = {step.id: step for step in flow.steps}
    most: dict[str, int] = {}
    exploring: set[str] = set()

    def longest(step_id: str) -> int:
        if step_id not in most:
            exploring.add(step_id)
            onward = [
                longest(target) + 1
                for target in _targets(by_id[step_id])
                if target in fewest and target not in exploring
            ]
            exploring.discard(step_id)
            most[step_id] = max(onward, default=0)
        return most[step_id]

    return {step_id: longest(step_id) for step_id in fewest}


def load_scripts(
    folder: Path = FLOWS_DIR, check_text: TextCheck | None = None
) -> dict[str, Script]:
    """Every flow in the folder, by id; any broken one stops everything with its problems."""
    scripts = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == DIRECTORY_NAME:
            continue
        script = load_script(path, check_text)
        scripts[script.flow.id] = script
    return scripts
