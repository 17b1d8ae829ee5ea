"""Loads every `i18n/<lang>/*.ftl` file and formats messages by id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import structlog
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

I18N_DIR = Path(__file__).parent
REFERENCE = "fr"
LANGUAGES = ("fr", "en", "de")
FRENCH_SPEAKING_COUNTRIES = ("fr", "lu")

log = structlog.get_logger(__name__)


class CatalogError(Exception):
    """A Fluent file could not be parsed; the message names the file and line."""


@dataclass(frozen=True)
class Catalog:
    bundles: Mapping[str, FluentBundle]
    ids: Mapping[str, frozenset[str]]

    def has(self, lang: str, msg_id: str) -> bool:
        return msg_id in self.ids[lang]

    def known_everywhere(self, msg_id: str) -> bool:
        return all(msg_id in ids for ids in self.ids.values())

    def missing(self, msg_id: str) -> list[str]:
        """A flow's text check at start: the id must exist in every language."""
        return [] if self.known_everywhere(msg_id) else [f"text '{msg_id}' is missing"]

    def text(self, lang: str, msg_id: str, args: Mapping[str, object] | None = None) -> str:
        bundle = self.bundles[lang if lang in self.bundles else REFERENCE]
        pattern = bundle.get_message(msg_id).value
        if pattern is None:  # i18n check refuses a message without a value
            raise CatalogError(f"text '{msg_id}' has no value in {lang}")
        value, errors = bundle.format_pattern(pattern, dict(args or {}))
        if errors:
            # Only the id and error kind are logged: arguments never hold typed text, but stay safe.
            log.warning("fluent_error", msg_id=msg_id, errors=[type(e).__name__ for e in errors])
        return str(value)


def pick_language(language_code: str | None, country: str | None = None) -> str:
    """Telegram's language if we speak it; otherwise French in France and Luxembourg, else English."""
    code = (language_code or "").split("-")[0].lower()
    if code in LANGUAGES:
        return code
    return REFERENCE if country in FRENCH_SPEAKING_COUNTRIES else "en"


def load_catalog(root: Path = I18N_DIR, languages: tuple[str, ...] = LANGUAGES) -> Catalog:
    bundles: dict[str, FluentBundle] = {}
    ids: dict[str, frozenset[str]] = {}
    for lang in languages:
        bundle = FluentBundle([lang], use_isolating=False)
        found: set[str] = set()
        for path in sorted((root / lang).glob("*.ftl")):
            source = path.read_text(encoding="utf-8")
            found |= _message_ids(path, source)
            bundle.add_resource(FluentResource(source))
        bundles[lang], ids[lang] = bundle, frozenset(found)
    return Catalog(bundles, ids)


def _message_ids(path: Path, source: str) -> set[str]:
    resource = FluentParser(with_spans=True).parse(source)
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = source.count("\n", 0, entry.span.start if entry.span else 0) + 1
            problem = entry.annotations[0].message if entry.annotations else "cannot be parsed"
            raise CatalogError(f"{path}:{line}: {problem}")
    return {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}
