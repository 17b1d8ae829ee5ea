"""Where each value sits in a YAML file, so a problem can be reported as file:line:col."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

YamlPath = tuple[str | int, ...]


def positions(source: str) -> dict[YamlPath, tuple[int, int]]:
    """(line, column), both from 1, of every value by its path: ("steps", 3, "next")."""
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    return dict(_walk(root, ())) if root is not None else {}


def _walk(node: yaml.Node, path: YamlPath) -> Iterator[tuple[YamlPath, tuple[int, int]]]:
    yield path, (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _walk(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _walk(item, (*path, index))


def nearest(found: dict[YamlPath, tuple[int, int]], path: YamlPath) -> tuple[int, int]:
    """The position of `path`, or of its closest parent that exists (a missing key's mapping)."""
    while path not in found and path:
        path = path[:-1]
    return found.get(path, (1, 1))
