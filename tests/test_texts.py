"""Every text, in every language, is one Telegram accepts, and no placeholder is left unresolved."""

import pytest
from fluent.syntax import FluentParser, ast

from i18n.catalog import I18N_DIR, LANGUAGES, load_catalog
from tests.botapi.html import parse_html, utf16_length

SAMPLE_ARGS = [
    {"register": register, "who": who, "count": count, "current": 3, "total": 12, "entries": 4}
    for register in ("neutral", "formal", "informal")
    for who in ("me", "child", "other")
    for count in (1, 3)
]


def variables_of(lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (I18N_DIR / lang).glob("*.ftl"):
        for entry in FluentParser().parse(path.read_text()).body:
            if isinstance(entry, ast.Message):
                names: set[str] = set()
                _collect(entry, names)
                found[entry.id.name] = names
    return found


def _collect(node: object, names: set[str]) -> None:
    if isinstance(node, ast.VariableReference):
        names.add(node.id.name)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                _collect(child, names)


def test_every_language_has_the_same_messages_and_variables():
    reference = variables_of("fr")
    for lang in LANGUAGES:
        assert set(variables_of(lang)) == set(reference), lang
        for msg_id, names in variables_of(lang).items():
            # A language may drop the register selector (English has no tu/vous), nothing else.
            assert names - {"register"} <= reference[msg_id] | {"register"}, (lang, msg_id)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_renders_as_valid_telegram_html(lang):
    catalog = load_catalog()
    for msg_id in catalog.ids[lang]:
        for args in SAMPLE_ARGS:
            rendered = catalog.text(lang, msg_id, args)
            parsed = parse_html(rendered)
            assert parsed.text.strip(), msg_id
            assert utf16_length(parsed.text) <= 4096
            assert "{" not in rendered and "}" not in rendered, (msg_id, rendered)


def test_every_answer_a_dossier_prints_has_its_label_in_every_language():
    """The dossier heads each button answer with `field-<answer key>`; one missing crashed
    /export for everyone who had given that answer."""
    from flows.script import load_scripts

    catalog = load_catalog()
    missing = [
        (name, step.answer_key, lang)
        for name, script in load_scripts(check_text=catalog.missing).items()
        for step in script.flow.steps
        if step.choices and step.ask != "none"
        for lang in LANGUAGES
        if not catalog.has(lang, f"field-{step.answer_key}")
    ]
    assert missing == []
