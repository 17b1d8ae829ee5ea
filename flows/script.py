"""Loading a flow file: parse, validate the whole graph, and index it for the engine."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from flows.model import Flow, Say, Step

FLOWS_DIR = Path(__file__).parent
RESERVED_PREFIX = "_"
CALLBACK_LIMIT = 64
DIRECTORY_NAME = (
    "directory.yaml"  # the referral directory lives beside the flows (flows/directory.py)
)


class FlowError(Exception):
    """A flow file is broken; `problems` lists every problem found, not only the first."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path.name}: " + "; ".join(problems))


@dataclass(frozen=True)
class Script:
    """A validated flow with the indexes the engine needs."""

    flow: Flow
    version: str
    steps: dict[str, Step]
    distance_to_end: dict[str, int]

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def text_ids(self) -> set[str]:
        ids: set[str] = set()
        for step in self.flow.steps:
            ids.update(b if isinstance(b, str) else b.text for b in step.say)
            ids.update(c.text for c in step.choices)
            if step.ask != "none":  # labels the answer in notes and the dossier
                ids.add("field-link" if step.ask == "url" else f"field-{step.answer_key}")
        return ids


def load_script(path: Path, known_text: Callable[[str], bool] | None = None) -> Script:
    raw = path.read_bytes()
    try:
        flow = Flow.model_validate(yaml.safe_load(raw))
    except yaml.YAMLError as error:
        raise FlowError(path, [f"not valid YAML: {error}"]) from None
    except ValidationError as error:
        problems = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()]
        raise FlowError(path, problems) from None
    problems = list(_graph_problems(flow))
    steps = {step.id: step for step in flow.steps}
    if known_text is not None:
        script = Script(flow, "", steps, {})
        problems += [
            f"text id '{t}' is missing" for t in sorted(script.text_ids()) if not known_text(t)
        ]
    if problems:
        raise FlowError(path, problems)
    version = hashlib.sha256(raw).hexdigest()[:12]
    return Script(flow, version, steps, _distances_to_end(flow))


def _targets(step: Step) -> list[str]:
    if step.next is None:
        return []
    if isinstance(step.next, str):
        return [step.next]
    return [rule.target for rule in step.next]


def _graph_problems(flow: Flow) -> Iterable[str]:
    ids = [step.id for step in flow.steps]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        yield f"step id '{duplicate}' is used twice"
    known = set(ids)
    if flow.start not in known:
        yield f"start step '{flow.start}' does not exist"
    for step in flow.steps:
        yield from _step_problems(step, known)
    unreachable = known - _reachable(flow)
    for step_id in sorted(unreachable):
        yield f"step '{step_id}' cannot be reached from '{flow.start}'"


def _step_problems(step: Step, known: set[str]) -> Iterable[str]:
    where = f"step '{step.id}'"
    for target in _targets(step):
        if target not in known:
            yield f"{where}: next step '{target}' does not exist"
    if step.final and step.next is not None:
        yield f"{where}: a final step has no 'next'"
    if not step.final and step.next is None:
        yield f"{where}: needs a 'next' (or 'final: true')"
    if isinstance(step.next, list) and (not step.next or step.next[-1].otherwise is None):
        yield f"{where}: the last rule of 'next' must be an 'else'"
    if step.ask == "choice" and not step.choices:
        yield f"{where}: a choice question needs choices"
    if step.remind and (
        step.ask != "choice" or any(c.id != "no" and not c.id.isdigit() for c in step.choices)
    ):
        yield f"{where}: a 'remind' step is a choice of numbers of days, or 'no'"
    if not step.say or all(isinstance(b, Say) and b.when is not None for b in step.say):
        yield f"{where}: needs at least one text shown unconditionally"
    for choice in step.choices:
        # The adapter packs "p:<step>:<choice>" into Telegram's callback_data.
        if len(f"p:{step.id}:{choice.id}".encode()) > CALLBACK_LIMIT:
            yield f"{where}: choice '{choice.id}' makes callback data over {CALLBACK_LIMIT} bytes"


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
    """Fewest steps from each step to a final one, so progress can be shown as 'n of m'."""
    incoming: dict[str, list[str]] = {step.id: [] for step in flow.steps}
    for step in flow.steps:
        for target in _targets(step):
            incoming[target].append(step.id)
    distance = {step.id: 0 for step in flow.steps if step.final}
    queue = deque(distance)
    while queue:
        current = queue.popleft()
        for source in incoming[current]:
            if source not in distance:
                distance[source] = distance[current] + 1
                queue.append(source)
    return {step.id: distance.get(step.id, 0) for step in flow.steps}


def load_scripts(
    folder: Path = FLOWS_DIR, known_text: Callable[[str], bool] | None = None
) -> dict[str, Script]:
    """Every flow in the folder, by id; any broken one stops everything with its problems."""
    scripts = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == DIRECTORY_NAME:
            continue
        script = load_script(path, known_text)
        scripts[script.flow.id] = script
    return scripts
