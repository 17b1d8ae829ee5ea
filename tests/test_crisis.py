"""A person in crisis is heard at any step: the crisis lines in the very next reply, in French,
English and German, then the person goes on where they were; the words never reach the
statistics, the logs or the database in clear, and are kept as a note only if asked."""

import pytest

from bot.telegram.rendering import plain
from flows.crisis import CORPUS_DIR, corpus_files, load_corpus
from i18n.catalog import load_catalog
from tests.conftest import days_pass
from tests.servers import execute, stored_bytes
from tests.test_conversations import texts

CATALOG = load_catalog()
PLANTED = "planted-crisis-words-5q"
CRISIS = {
    "fr": f"je vais me suicider ce soir, j'ai les médicaments de ma mère devant moi {PLANTED}",
    "en": f"i'm going to kill myself tonight, i have the pills in front of me {PLANTED}",
    "de": f"ich will nicht mehr leben, ich habe tabletten genommen {PLANTED}",
}
PLACES = ["welcome", "story", "links", "note", "after the end", "reminder"]


def label(lang: str, text_id: str, register: str = "formal") -> str:
    return plain(CATALOG.text(lang, text_id, {"register": register}))


async def walk_to(person, lang: str, place: str, soon) -> str:
    """Takes an adult in France to `place`; returns what the step asks, to see it again."""
    await person.send("/start")
    if place == "welcome":
        return label(lang, "btn-begin")
    await person.press(label(lang, "btn-begin"))
    await person.press(label(lang, "danger-no"))
    await person.press(label(lang, "kind-sextortion"))
    await person.press(label(lang, "btn-continue"))  # the first aid
    await person.press(label(lang, "who-me"))
    await person.press(label(lang, "age-adult"))
    await person.press(label(lang, "country-fr"))
    if place == "story":
        return label(lang, "btn-skip")
    await person.press(label(lang, "btn-skip"))
    if place == "links":
        return label(lang, "links-none")
    await person.press(label(lang, "links-none"))
    await person.press(label(lang, "when-today"))
    await person.press(label(lang, "btn-skip"))
    await person.press(label(lang, "btn-continue"))
    await person.press(label(lang, "btn-continue"))
    if place == "reminder":  # the person answers the check-in by typing
        await person.press(label(lang, "checkin-1"))
        days_pass(soon)
        await soon.telegram.wait(lambda: reminder_messages_of(person, lang))
        return label(lang, "menu-note")
    await person.press(label(lang, "checkin-no"))
    if place == "note":
        await person.press(label(lang, "menu-note"))
    return label(lang, "menu-note")


def reminder_messages_of(person, lang: str) -> list:
    text = label(lang, "reminder-text")
    return [m for m in person.messages() if m.text == text]


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
@pytest.mark.parametrize("place", PLACES)
async def test_crisis_words_get_the_crisis_lines_at_once_anywhere(
    soon, data_dir, log_output, lang, place
):
    person = soon.person(user_id=50_000 + PLACES.index(place) * 10 + ["fr", "en", "de"].index(lang),
                         language_code=lang)  # fmt: skip
    asked_again = await walk_to(person, lang, place, soon)
    reply = await person.send(CRISIS[lang])
    assert len(reply) == 1, "one message: the lines, at once"
    (answer,) = reply
    lines = answer.text
    assert label(lang, "crisis-title").split(".")[0] in lines
    assert "3114" in lines and "112" in lines, "France's lines (or all while unknown)"
    if place == "welcome":
        assert "45 45 45" in lines and "116 111" in lines, "all lines while the country is unknown"
    else:
        assert "45 45 45" not in lines, "the country is known: France only"
    assert lines.index("3114") < lines.index(label(lang, "crisis-words")[:20]), "numbers first"
    assert "bot" in lines.lower(), "it says it is a bot"
    buttons = [b["text"] for row in answer.buttons for b in row]
    assert label(lang, "btn-crisis-safe") in buttons and label(lang, "btn-crisis-keep") in buttons
    assert any(b.startswith("🆘") for b in buttons) and any(b.startswith("🚪") for b in buttons)

    again = await person.press(label(lang, "btn-crisis-safe"))
    assert asked_again in [b["text"] for m in again for row in m.buttons for b in row], (
        "the person goes on where they were"
    )
    counted = execute(data_dir, "SELECT SUM(count) FROM stat_counts WHERE event = 'crisis'")
    assert counted[0][0] == 1
    assert PLANTED not in log_output.getvalue()
    assert PLANTED.encode() not in stored_bytes(data_dir), "held sealed, never in clear"
    await person.send("/notes")
    notes = await person.press(label(lang, "notes-show"))
    assert PLANTED not in texts(notes), "not a note unless the person says so"


async def test_the_crisis_message_is_kept_only_when_asked(running):
    person = running.person(user_id=50_900)
    await person.send("/start")
    await person.send(CRISIS["fr"])
    kept = await person.press(label("fr", "btn-crisis-keep"))
    assert "Note enregistrée" in texts(kept)
    assert "Commencer" in person.buttons(), "and the welcome again, where they were"
    await person.send("/notes")
    assert PLANTED in texts(await person.press(label("fr", "notes-show")))


@pytest.mark.parametrize(
    ("country", "age", "shown", "hidden"),
    [
        ("fr", "under18", ["3114", "0 800 235 236", "15", "17"], ["45 45 45", "116 111"]),
        ("lu", "adult", ["45 45 45", "113", "112"], ["116 000", "3114"]),
        ("lu", "under18", ["116 111", "116 000", "113"], ["45 45 45", "3114"]),
        ("other", "adult", ["112"], ["3114", "45 45 45"]),
    ],
)
async def test_the_lines_fit_the_country_and_age(running, country, age, shown, hidden):
    person = running.person(user_id=51_000 + hash((country, age)) % 1000)
    await person.send("/start")
    choices = ("btn-begin", "danger-no", "kind-other", "who-me", f"age-{age}", f"country-{country}")
    for choice in choices:
        await person.press(label("fr", choice))
    (answer,) = await person.send("jveux mourir")
    for number in shown:
        assert number in answer.text, number
    for number in hidden:
        assert number not in answer.text, number


def test_the_corpus_passes_with_at_least_60_messages_each_way_per_language(capsys):
    from bot.cli.crisis import check

    assert check() == 0, capsys.readouterr().out
    figures = capsys.readouterr().err
    for path in corpus_files(CORPUS_DIR):
        corpus = load_corpus(path)
        assert len(corpus.heard) >= 60 and len(corpus.ordinary) >= 60, path
        assert f"crisis check {path.stem}: " in figures
    assert {p.stem for p in corpus_files(CORPUS_DIR)} == {"fr", "en", "de"}


def test_a_miss_in_the_corpus_fails_the_check(tmp_path, capsys):
    from bot.cli.crisis import check

    (tmp_path / "fr.yaml").write_text(
        "heard: [je veux mourir, il pleut aujourd'hui]\nordinary: [bonjour]\n", encoding="utf-8"
    )
    assert check(corpus_dir=tmp_path) == 1
    assert "missed (must be heard): il pleut aujourd'hui" in capsys.readouterr().out
