"""Retention chosen by the person: shown in /help, changed in a menu, one neutral warning a week
before the data expires, then erasure as /delete does it."""

from datetime import timedelta

from i18n.catalog import LANGUAGES, load_catalog
from tests.conftest import days_pass
from tests.servers import execute
from tests.test_conversations import texts, walk_to_evidence
from tests.test_reminders import TOPIC_WORDS

PLANTED = "planted-retention-secret"


def warnings(person) -> list:
    return [m for m in person.messages() if "sera effacé le" in m.text]


def expires_on(data_dir) -> list[str | None]:
    """The days in clear, as ISO text (SQLite stores text, PostgreSQL a date)."""
    return [
        str(day) if day else None for (day,) in execute(data_dir, "SELECT expires_on FROM people")
    ]


async def note_and_keep_for_30_days(bot, person) -> None:
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send(PLANTED)
    await person.send("/help")
    await person.press("🗓 Durée de conservation")
    await person.press("30 jours")


def test_the_warning_never_hints_at_the_topic():
    catalog = load_catalog()
    for lang in LANGUAGES:
        for text_id in ("retention-warning", "retention-keep", "retention-choose"):
            shown = catalog.text(lang, text_id, {"day": "1 janv. 2027"}).lower()
            assert not [w for w in TOPIC_WORDS if w in shown], (lang, text_id, shown)


async def test_the_person_chooses_how_long_and_help_says_it(running, data_dir):
    person = running.person(user_id=61_001)
    shown = texts(await person.send("/help"))
    assert "sans nouvelles pendant 180 jours" in shown, "the default, said before anything"
    await person.send("/start")
    choices = await person.press("🗓 Durée de conservation")
    assert "✓ 180 jours" in person.buttons() and "Jusqu'à ce que je l'efface" in person.buttons()
    assert choices
    today = running.clock.now().date()
    chosen = texts(await person.press("30 jours"))
    assert "effacé le" in chosen
    assert expires_on(data_dir) == [(today + timedelta(days=30)).isoformat()]
    assert "pendant 30 jours" in texts(await person.send("/help"))
    await person.press("🗓 Durée de conservation")
    assert "✓ Jusqu'à ce que je l'efface" not in person.buttons()
    await person.press("Jusqu'à ce que je l'efface")
    assert expires_on(data_dir) == [None], "kept until they delete it"
    assert "jusqu'à ce qu'il soit effacé avec /delete" in texts(await person.send("/help"))


async def test_one_warning_a_week_before_then_everything_is_erased(soon, data_dir):
    person = soon.person(user_id=61_002)
    await note_and_keep_for_30_days(soon, person)
    loop = soon.runtime.reminders.loop
    days_pass(soon, 22)
    await loop.idle()
    assert warnings(person) == [], "not before the week before"
    days_pass(soon, 1)
    await soon.telegram.wait(lambda: warnings(person), seconds=15)
    (warning,) = warnings(person)
    assert not [w for w in TOPIC_WORDS if w in warning.text.lower()]
    assert PLANTED not in warning.text
    labels = [b["text"] for row in warning.buttons for b in row]
    assert labels[:3] == ["Garder", "🗓 Choisir la durée", "🗑 Tout effacer maintenant"]
    days_pass(soon, 3)
    await loop.idle()
    assert len(warnings(person)) == 1, "one warning, not one a day"
    days_pass(soon, 5)  # 31 days without news
    await loop.idle()
    assert execute(data_dir, "SELECT count(*) FROM people") == [(0,)]
    assert execute(data_dir, "SELECT count(*) FROM entries") == [(0,)]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert not [p for p in files if PLANTED.encode() in p.read_bytes()]
    reply = texts(await person.send("/notes"))
    assert PLANTED not in reply


async def test_keep_on_the_warning_starts_the_period_again(soon, data_dir):
    person = soon.person(user_id=61_003)
    await note_and_keep_for_30_days(soon, person)
    days_pass(soon, 24)
    await soon.telegram.wait(lambda: warnings(person), seconds=15)
    kept = texts(await person.press("Garder"))
    today = soon.clock.now().date()
    assert "effacé le" in kept
    assert expires_on(data_dir) == [(today + timedelta(days=30)).isoformat()]
    days_pass(soon, 10)
    await soon.runtime.reminders.loop.idle()
    assert execute(data_dir, "SELECT count(*) FROM people") == [(1,)], "still there"
