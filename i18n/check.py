"""`python -m bot i18n check`: every text id used exists in every language, with the same
variables, none empty, none unused. Each problem is printed as file:line: message."""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from i18n.catalog import I18N_DIR, LANGUAGES, REFERENCE

ROOT = I18N_DIR.parent
CODE_DIRS = ("bot", "flows")
# Ids the code builds from a prefix and a value (f"field-{key}", f"command-{name}", …).
DYNAMIC_PREFIXES = ("field-", "command-", "desk-command-", "language-name-")
# A selector only: a language without tu/vous (English) need not use it.
OPTIONAL_VARIABLES = {"register"}


@dataclass(frozen=True)
class Definition:
    path: Path
    line: int
    variables: frozenset[str]
    empty: bool


def definitions(lang: str, root: Path = I18N_DIR) -> dict[str, Definition]:
    found: dict[str, Definition] = {}
    for path in sorted((root / lang).glob("*.ftl")):
        source = path.read_text(encoding="utf-8")
        for entry in FluentParser(with_spans=True).parse(source).body:
            if isinstance(entry, fluent.Message):
                line = source.count("\n", 0, entry.span.start if entry.span else 0) + 1
                text = "".join(_text_elements(entry.value))
                found[entry.id.name] = Definition(
                    path,
                    line,
                    frozenset(_variables(entry)),
                    entry.value is None or not text.strip(),
                )
    return found


def text_check(root: Path = I18N_DIR) -> Callable[[str], list[str]]:
    """For flow validation: what is wrong with one text id across the languages (missing in a
    language, with a "did you mean"; variables that differ from the reference), or nothing."""
    catalogs = {lang: definitions(lang, root) for lang in LANGUAGES}
    reference = catalogs[REFERENCE]

    def problems(text_id: str) -> list[str]:
        missing = [lang for lang in LANGUAGES if text_id not in catalogs[lang]]
        if missing:
            where = ", ".join(f"i18n/{lang}" for lang in missing)
            close = difflib.get_close_matches(text_id, sorted(reference), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            return [f"text '{text_id}' is missing in {where}{hint}"]
        wanted = reference[text_id].variables - OPTIONAL_VARIABLES
        return [
            f"text '{text_id}' uses {_names(found.variables - OPTIONAL_VARIABLES)} in i18n/{lang}"
            f" but {_names(wanted)} in i18n/{REFERENCE}"
            for lang, found in ((lang, catalogs[lang][text_id]) for lang in LANGUAGES)
            if found.variables - OPTIONAL_VARIABLES != wanted
        ]

    return problems


def code_ids(
    dirs: Iterable[str] = CODE_DIRS, root: Path = ROOT
) -> tuple[dict[str, tuple[Path, int]], set[str]]:
    """Ids the code asks for by name (Text("…"), say("…")) with where, and every string
    constant in the code (an id kept in a variable still counts as used)."""
    named: dict[str, tuple[Path, int]] = {}
    constants: set[str] = set()
    for folder in dirs:
        for path in sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    constants.add(node.value)
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", getattr(node.func, "attr", None))
                    in ("Text", "say")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    named.setdefault(node.args[0].value, (path, node.lineno))
    return named, constants


def check(flow_ids: dict[str, Path], root: Path = I18N_DIR) -> list[str]:
    """Problems, each 'file:line: message'; `flow_ids` maps ids used by flows to their file."""
    catalogs = {lang: definitions(lang, root) for lang in LANGUAGES}
    reference = catalogs[REFERENCE]
    named, constants = code_ids()
    used = {**{i: (p, 1) for i, p in flow_ids.items()}, **named}
    problems = []
    for msg_id, (path, line) in sorted(used.items()):
        for lang in LANGUAGES:
            if msg_id not in catalogs[lang]:
                problems.append(f"{_rel(path)}:{line}: '{msg_id}' is missing in i18n/{lang}")
    for lang in LANGUAGES:
        for msg_id, found in sorted(catalogs[lang].items()):
            where = f"{_rel(found.path)}:{found.line}"
            if found.empty:
                problems.append(f"{where}: '{msg_id}' is empty")
            if msg_id not in reference:
                problems.append(
                    f"{where}: '{msg_id}' is not in the reference language ({REFERENCE})"
                )
                continue
            mine = found.variables - OPTIONAL_VARIABLES
            theirs = reference[msg_id].variables - OPTIONAL_VARIABLES
            if mine != theirs:
                problems.append(
                    f"{where}: '{msg_id}' uses {_names(mine)} but {REFERENCE} uses {_names(theirs)}"
                )
    for msg_id, found in sorted(reference.items()):
        if (
            msg_id not in used
            and msg_id not in constants
            and not msg_id.startswith(DYNAMIC_PREFIXES)
        ):
            problems.append(f"{_rel(found.path)}:{found.line}: '{msg_id}' is never used")
    return problems


def _variables(node: object) -> set[str]:
    names: set[str] = set()
    if isinstance(node, fluent.VariableReference):
        names.add(node.id.name)
    if isinstance(node, fluent.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                names |= _variables(child)
    return names


def _text_elements(node: object) -> Iterable[str]:
    if isinstance(node, fluent.TextElement):
        yield node.value
    elif isinstance(node, fluent.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                yield from _text_elements(child)


def _names(names: frozenset[str]) -> str:
    return ", ".join(f"${n}" for n in sorted(names)) or "no variables"


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)
