"""A Mermaid diagram of a flow: steps as boxes, the ways on as arrows, conditions as labels."""

from __future__ import annotations

from flows.model import Condition, Flow, Step


def mermaid(flow: Flow) -> str:
    lines = ["flowchart TD"]
    for step in flow.steps:
        lines.append(f"    {_node(step)}")
    for step in flow.steps:
        if isinstance(step.next, str):
            lines.append(f"    {_name(step.id)} --> {_name(step.next)}")
        for rule in step.next if isinstance(step.next, list) else []:
            label = "else" if rule.when is None else _condition(rule.when)
            lines.append(f'    {_name(step.id)} -- "{label}" --> {_name(rule.target)}')
    return "\n".join(lines) + "\n"


def _name(step_id: str) -> str:
    return f"s_{step_id}"  # Mermaid reserves some words ("end") as node names


def _node(step: Step) -> str:
    label = step.id if step.ask == "none" else f"{step.id} · {step.ask}"
    if step.services:
        label += f" · directory: {step.services}"
    if step.final:
        return f'{_name(step.id)}(["{label}"])'
    return f'{_name(step.id)}["{label}"]'


def _condition(condition: Condition) -> str:
    alternatives = condition if isinstance(condition, list) else [condition]
    return " or ".join(
        " and ".join(
            f"{key} = {value if isinstance(value, str) else '/'.join(value)}"
            for key, value in match.items()
        )
        for match in alternatives
    ).replace('"', "#quot;")
