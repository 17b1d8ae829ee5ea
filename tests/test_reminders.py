"""Check-ins: discreet, never lost, never doubled; quiet hours, snooze, stop, /delete, 403."""

import asyncio
import pickle
import pickletools
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.reminders.loop import ReminderLoop
from bot.telegram.client import ATTEMPTS
from bot.usecases.quiet_hours import out_of_quiet_hours
from i18n.catalog import LANGUAGES, load_catalog
from tests.conftest import RunningBot, days_pass
from tests.servers import execute
from tests.test_conversations import texts, walk_to_evidence

PARIS = ZoneInfo("Europe/Paris")
# Words a notification preview must never show (in any of our languages).
TOPIC_WORDS = [
    "abus", "abuse", "missbrauch", "image", "bild", "photo", "foto", "sex", "nud", "nackt",
    "signal", "report", "meld", "chantage", "blackmail", "erpress", "police", "polizei",
    "pharos", "plainte", "anzeige", "deepfake", "intim",
]  # fmt: skip
TYPED = "planted-reminder-secret"


def test_quiet_hours_move_night_reminders_to_nine():
    evening = datetime(2026, 11, 21, 22, 30, tzinfo=PARIS)
    assert out_of_quiet_hours(evening, PARIS) == datetime(2026, 11, 22, 9, 0, tzinfo=PARIS)
    small_hours = datetime(2026, 11, 22, 3, 0, tzinfo=PARIS)
    assert out_of_quiet_hours(small_hours, PARIS) == datetime(2026, 11, 22, 9, 0, tzinfo=PARIS)
    afternoon = datetime(2026, 11, 22, 15, 0, tzinfo=PARIS)
    assert out_of_quiet_hours(afternoon, PARIS) == afternoon
    spring_forward = datetime(2026, 3, 28, 23, 0, tzinfo=PARIS)  # the night the clocks change
    moved = out_of_quiet_hours(spring_forward, PARIS).astimezone(PARIS)
    assert (moved.day, moved.hour, moved.minute) == (29, 9, 0)


def test_the_reminder_text_never_hints_at_the_topic():
    catalog = load_catalog()
    for lang in LANGUAGES:
        for msg_id in ("reminder-text", "reminder-yes", "reminder-later", "reminder-stop"):
            shown = catalog.text(lang, msg_id, {"register": "neutral"}).lower()
            assert not [w for w in TOPIC_WORDS if w in shown], (lang, msg_id, shown)


async def to_checkin(person, country: str = "France", links: str | None = None) -> None:
    await walk_to_evidence(person, "Moi", "18 ans ou plus", country, "Autre chose")
    await person.send(TYPED)
    if links:
        await person.send(links)
        await person.press("C'est tout")
    else:
        await person.press("Je n'ai pas de lien")
    await person.press("Hier")
    await person.press("Passer")
    await person.press("Continuer")
    await person.press("Continuer")


async def to_the_removed_question(person) -> list:
    """From a check-in message: fine as before, no danger, reported; then "has it been removed?"."""
    await person.press("Oui")  # the check-in's "yes"
    await person.press("Pareil")
    await person.press("Non, pas maintenant")  # no danger now
    return await person.press("Oui")  # reported


async def eventually(predicate, seconds: float = 15) -> None:
    """For state written by the scheduler, which the stand-in server cannot see."""
    async with asyncio.timeout(seconds):
        while not predicate():  # noqa: ASYNC110 - polling a database file, no event to wait on
            await asyncio.sleep(0.05)


def reminder_rows(data_dir) -> list[tuple]:
    """(id, status, due_at in UTC, attempts) of every reminder, on SQLite or PostgreSQL."""
    rows = execute(data_dir, "SELECT id, status, due_at, attempts FROM reminders")
    return [(id_, status, utc(due_at), attempts) for id_, status, due_at, attempts in rows]


def utc(value: datetime | str) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def reminder_messages(person) -> list:
    return [m for m in person.messages() if "Voici le message demandé" in m.text]


async def test_planning_at_night_waits_until_nine_in_the_persons_zone(settings, telegram, data_dir):
    # 22:00 in Paris tonight, whatever day the tests run: the clock the use cases and the
    # reminder loop share is moved there.
    now = datetime.now(PARIS)
    night = datetime.combine(now.date(), time(22, 0), tzinfo=PARIS)
    clock = Clock(offset=night - now)
    bot = RunningBot(settings, telegram, clock=clock)
    await bot.start()
    try:
        person = bot.person(user_id=30_001)
        await to_checkin(person)
        planned = await person.press("Dans 1 jour")
        assert "C'est noté : un message viendra le" in texts(planned)
        ((_, status, due_at, _),) = reminder_rows(data_dir)
        due = due_at.astimezone(PARIS)
        tomorrow = night + timedelta(days=1)
        assert (due.date(), due.hour, due.minute) == (tomorrow.date() + timedelta(days=1), 9, 0)
        await bot.runtime.reminders.loop.idle()
        assert status == "planned" and reminder_rows(data_dir)[0][1] == "planned"
        assert reminder_messages(person) == [], "nothing is sent before it is due"
    finally:
        await bot.stop()


async def test_a_due_reminder_is_neutral_and_leads_to_the_follow_up(soon, data_dir):
    person = soon.person(user_id=30_002)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    days_pass(soon)
    await soon.telegram.wait(lambda: reminder_messages(person), seconds=15)
    reminder = reminder_messages(person)[0]
    assert TYPED not in reminder.text
    assert not [w for w in TOPIC_WORDS if w in reminder.text.lower()]
    assert [b["text"] for row in reminder.buttons for b in row] == [
        "Oui", "Plus tard", "Arrêter les rappels", "🆘 Urgence", "🚪 Sortie rapide",
    ]  # fmt: skip
    await eventually(lambda: reminder_rows(data_dir)[0][1] == "sent")
    assert reminder_rows(data_dir)[0][3] == 1, "sent at the first attempt"

    how = await person.press("Oui")
    assert "Comment allez-vous depuis la dernière fois" in texts(how), "the person first"
    await person.press("Pareil")
    reported = await person.press("Non, pas maintenant")
    assert "Avez-vous pu signaler" in texts(reported)
    await person.press("Pas encore")
    await person.press("Je ne sais pas")
    await person.press("J'attends")
    referral = await person.press("Oui")
    assert "Pharos" in texts(referral), "the country of the first conversation is carried over"
    await person.press("Continuer")
    end = await person.press("Non merci")
    assert "Merci d'avoir pris le temps" in texts(end)


async def test_later_snoozes_one_day_and_stop_cancels(soon, data_dir):
    person = soon.person(user_id=30_003)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    days_pass(soon)
    await soon.telegram.wait(lambda: reminder_messages(person), seconds=15)
    snoozed = await person.press("Plus tard")
    assert "un message viendra le" in texts(snoozed)
    await soon.runtime.reminders.loop.idle()
    assert len(reminder_messages(person)) == 1, "snoozed for a day: not sent again yet"
    days_pass(soon)
    await soon.telegram.wait(lambda: len(reminder_messages(person)) == 2, seconds=15)
    await person.press("Arrêter les rappels")
    listing = await person.send("/reminders")
    assert "Aucun rappel prévu" in texts(listing)
    await eventually(lambda: sorted(r[1] for r in reminder_rows(data_dir)) == ["sent", "sent"])
    counted = dict(
        tuple(row)
        for row in execute(
            data_dir,
            "SELECT event || ':' || detail, SUM(count) FROM stat_counts"
            " WHERE event LIKE 'reminder%' GROUP BY event, detail",
        )
    )
    assert counted == {"reminder_sent:": 2, "reminder_answer:later": 1, "reminder_answer:stop": 1}


async def test_reminders_command_lists_changes_and_stops(running, data_dir):
    person = running.person(user_id=30_004)
    await to_checkin(person)
    await person.press("Dans 3 jours")
    listing = await person.send("/reminders")
    assert "Rappels prévus" in texts(listing) and "(Europe/Paris)" in texts(listing)
    await person.press("Dans 1 semaine")
    statuses = sorted(row[1] for row in reminder_rows(data_dir))
    assert statuses == ["cancelled", "planned"], "changing replaces the planned reminder"
    await person.send("/reminders")
    stopped = await person.press("Arrêter les rappels")
    assert "plus aucun rappel" in texts(stopped)
    assert "planned" not in [row[1] for row in reminder_rows(data_dir)]


async def test_delete_cancels_reminders(running, data_dir):
    person = running.person(user_id=30_005)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    await person.send("/delete")
    await person.press("Oui, tout effacer")
    assert reminder_rows(data_dir) == []


async def test_stopped_across_the_due_time_it_is_delivered_once(settings, telegram, data_dir):
    clock = Clock()
    bot = RunningBot(settings, telegram, clock=clock, quiet_hours=False)
    await bot.start()
    person = bot.person(user_id=30_006)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    await bot.stop()
    clock.offset += timedelta(days=2)  # the bot stays down for two days, past the due time
    assert reminder_messages(person) == []
    for _ in range(2):
        await bot.start()
        await telegram.wait(lambda: reminder_messages(person), seconds=15)
        await bot.runtime.reminders.loop.idle()
        await bot.stop()
    assert len(reminder_messages(person)) == 1
    assert [row[1] for row in reminder_rows(data_dir)] == ["sent"]


async def test_blocked_by_the_person_cancels_their_reminders(soon, data_dir):
    person = soon.person(user_id=30_007)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    soon.telegram.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    days_pass(soon)
    # "sending" (claimed) comes first: wait for where the dispatch ends.
    await eventually(
        lambda: any(r[1] not in ("planned", "sending") for r in reminder_rows(data_dir))
    )
    assert [r[1] for r in reminder_rows(data_dir)] == ["cancelled"]
    assert reminder_messages(person) == []


async def test_a_server_error_is_retried_later_not_dropped(soon, data_dir):
    person = soon.person(user_id=30_008)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    for _ in range(ATTEMPTS):  # every quick try of this send fails: the reminder waits
        soon.telegram.fail_next("sendMessage", 500, "Internal Server Error")
    days_pass(soon)
    await eventually(lambda: reminder_rows(data_dir)[0][1:4:2] == ("planned", 1))
    ((_, status, due_at, attempts),) = reminder_rows(data_dir)
    assert (status, attempts) == ("planned", 1)
    assert due_at > soon.clock.now() + timedelta(seconds=20), "retried about 30 s later"
    assert reminder_messages(person) == []


async def test_another_persons_reminder_cannot_be_pressed(running, data_dir):
    owner, other = running.person(user_id=30_009), running.person(user_id=30_010)
    await to_checkin(owner)
    await owner.press("Dans 1 jour")
    ((reminder_id, *_),) = reminder_rows(data_dir)
    await other.send("/start")
    forged = await other.press_data(f"r:stop:{reminder_id}")
    assert "Reprenons" in texts(forged)
    assert reminder_rows(data_dir)[0][1] == "planned"


async def test_the_person_can_change_the_time_zone(settings, telegram, data_dir):
    london = ZoneInfo("Europe/London")
    london_evening = datetime.combine(datetime.now(london).date(), time(21, 30), tzinfo=london)
    clock = Clock(offset=london_evening - datetime.now(UTC))
    bot = RunningBot(settings, telegram, clock=clock)
    await bot.start()
    try:
        person = bot.person(user_id=30_011)
        await to_checkin(person)
        await person.press("Non merci")
        await person.send("/reminders")
        await person.press("🕘 Fuseau horaire : Europe/Paris")
        listing = await person.press("🕘 Europe/London")
        assert "🕘 Fuseau horaire : Europe/London" in person.buttons()
        assert "Aucun rappel prévu" in texts(listing)
        planned = await person.press("Dans 1 jour")
        assert "(Europe/London)" in texts(planned)
        ((_, _, due_at, _),) = reminder_rows(data_dir)
        due = due_at.astimezone(london)
        day_after_tomorrow = london_evening.date() + timedelta(days=2)
        assert (due.date(), due.hour) == (day_after_tomorrow, 9), "21:30 is quiet: 09:00 London"
        await bot.runtime.reminders.loop.idle()
        assert reminder_rows(data_dir)[0][1] == "planned", "not sent before it is due"
    finally:
        await bot.stop()


async def test_two_senders_racing_for_one_reminder_send_it_once(running, data_dir):
    person = running.person(user_id=30_012)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    # Five loops that all believe they lead, two days ahead: each tries to claim it at once.
    later = replace(running.runtime, clock=Clock(offset=timedelta(days=2)))
    racing = [ReminderLoop(later, running.bot) for _ in range(5)]
    await asyncio.gather(*(loop._send_due() for loop in racing))
    assert len(reminder_messages(person)) == 1
    assert reminder_rows(data_dir)[0][1] == "sent"


class Planted:
    """What an attacker with write access to the database stores: unpickled, it creates a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def is_pickle(value: bytes) -> bool:
    """A whole pickle, from its header to its STOP, as a pickling job store would keep it."""
    try:
        ops = list(pickletools.genops(value))
    except Exception:  # not a pickle, whichever way it fails
        return False
    return bool(ops) and ops[-1][0].name == "STOP" and ops[-1][2] == len(value) - 1


async def test_no_stored_value_is_a_pickle_and_a_planted_one_never_runs(
    running, data_dir, database
):
    """The reminders table is the truth, not a job store: a pickle planted where APScheduler
    kept its jobs stays inert across a restart, and nothing the bot stores is serialised code."""
    marker = data_dir.parent / "planted-pickle-ran"
    payload = pickle.dumps(Planted(marker))
    assert is_pickle(payload)
    binary = "BLOB" if database is None else "BYTEA"
    execute(
        data_dir,
        f"CREATE TABLE apscheduler_jobs (id TEXT, next_run_time FLOAT, job_state {binary})",
    )
    execute(data_dir, "INSERT INTO apscheduler_jobs VALUES ('planted', 0, :state)", state=payload)
    person = running.person(user_id=30_010)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    await running.restart()
    assert "Rappels prévus" in texts(await person.send("/reminders"))
    assert not marker.exists(), "the planted pickle ran"

    tables = {"people", "entries", "reminders", "chat_messages", "stat_counts", "vault_secrets"}
    listed = (
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        if database is None
        else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    )
    found = {name for (name,) in execute(data_dir, listed)} - {"apscheduler_jobs"}
    assert tables <= found
    for table in found:
        for row in execute(data_dir, f'SELECT * FROM "{table}"'):
            pickled = [v for v in row if isinstance(v, bytes | memoryview) and is_pickle(bytes(v))]
            assert not pickled, f"{table} holds a pickle"
