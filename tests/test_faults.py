"""Telegram saying 429, the database locked: a kind answer, nothing lost, recovery by itself."""

import sqlite3
import time

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import RunningBot, bot_settings
from tests.proxy import CuttableProxy
from tests.servers import BACKEND
from tests.test_conversations import texts, walk_to_evidence
from tests.test_reminders import eventually


async def test_telegram_429_is_waited_out_and_the_message_still_arrives(running):
    person = running.person(user_id=9101)
    running.telegram.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1
    )
    started = time.monotonic()
    welcome = await person.send("/start")
    assert time.monotonic() - started >= 1, "retry_after was honoured"
    assert "Bienvenue" in texts(welcome)
    assert len(running.telegram.called("sendMessage")) == 2


@pytest.fixture
async def impatient(telegram, data_dir, log_output):
    """A bot that waits one second, not five, for another process's lock on its SQLite file."""
    bot = RunningBot(bot_settings(telegram, data_dir, sqlite_busy_seconds=1.0), telegram)
    await bot.start()
    yield bot
    await bot.stop()


@pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite's own file lock")
async def test_a_locked_database_gets_a_neutral_reply_then_recovers(impatient, data_dir):
    person = impatient.person(user_id=9102)
    await person.send("/start")
    blocker = sqlite3.connect(data_dir / "abri.db")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        reply = await person.press("Commencer")
        assert time.monotonic() - started < 10
        assert "Un problème est survenu de notre côté" in texts(reply)
        assert "notes sont en sécurité" in texts(reply)
    finally:
        blocker.rollback()
        blocker.close()
    again = await person.press("Commencer")
    assert "danger immédiat" in texts(again), "the same button works once the database is back"


@pytest.mark.parametrize(
    "failure",
    [
        lambda telegram: telegram.fail_next("sendMessage", 502, "Bad Gateway"),
        lambda telegram: telegram.fail_next("sendMessage", 500, "Internal Server Error"),
        lambda telegram: telegram.drop_next("sendMessage"),
        lambda telegram: telegram.drop_next("sendMessage", after=2),  # longer than the timeout
    ],
    ids=["502", "500", "dropped-connection", "timeout"],
)
async def test_a_passing_telegram_failure_is_retried_and_the_answer_arrives_once(
    running, failure, log_output
):
    running.bot.session.timeout = 1  # the test's own patience, so a 2 s stall is a timeout
    person = running.person(user_id=9103)
    failure(running.telegram)
    welcome = await person.send("/start")
    assert texts(welcome).count("Bienvenue") == 1
    assert running.telegram.called("sendMessage")[0].forced is not None
    assert "telegram_retry" in log_output.getvalue()


async def test_telegram_down_beyond_the_retries_loses_no_note(running):
    person = running.person(user_id=9104)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    for _ in range(3):  # every try of the note's acknowledgement fails
        running.telegram.fail_next("sendMessage", 503, "Service Unavailable")
    reply = await person.send("https://exemple.fr/compte-9104")
    assert "Un problème est survenu de notre côté" in texts(reply)
    assert len(running.telegram.called("sendMessage")) >= 4, "three tries, then the kind answer"
    await person.send("/notes")
    shown = await person.press("Afficher mes notes")
    assert "https://exemple.fr/compte-9104" in texts(shown)


async def test_a_long_retry_after_is_not_waited_out(running):
    person = running.person(user_id=9105)
    running.telegram.fail_next("sendMessage", 429, "Too Many Requests", retry_after=600)
    started = time.monotonic()
    reply = await person.send("/start")
    assert time.monotonic() - started < 10
    assert "Un problème est survenu de notre côté" in texts(reply)


async def test_a_person_who_blocked_the_bot_gets_no_further_attempts(running):
    person = running.person(user_id=9106)
    running.telegram.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    await person.send("/start")
    assert len(running.telegram.called("sendMessage")) == 1, "no retry, no error reply"


@pytest.mark.skipif(BACKEND != "postgresql", reason="PostgreSQL's own outage")
async def test_postgresql_stopped_gets_a_neutral_reply_then_recovers(
    telegram, data_dir, database, log_output
):
    server = make_url(database)
    proxy = CuttableProxy(server.host, server.port or 5432)
    proxied = server.set(port=proxy.start()).render_as_string(hide_password=False)
    running = RunningBot(bot_settings(telegram, data_dir, database_url=proxied), telegram)
    await running.start()
    try:
        person = running.person(user_id=9107)
        await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
        await person.press("Passer")
        await person.send("https://exemple.fr/compte-9107")
        proxy.cut()
        started = time.monotonic()
        reply = await person.send("https://exemple.fr/second-9107")
        assert time.monotonic() - started < 10, "an answer within seconds"
        assert "Un problème est survenu de notre côté" in texts(reply)
        assert "notes sont en sécurité" in texts(reply)
        proxy.restore()
        again = await person.send("https://exemple.fr/second-9107")
        assert "Lien enregistré" in texts(again), "the bot is back by itself"
        await person.send("/notes")
        shown = texts(await person.press("Afficher mes notes"))
        assert "compte-9107" in shown and "second-9107" in shown
        # The reminder side finds its leadership again too (the tests' bots try every 0.5 s).
        regained = "event='reminders_leader'"
        await eventually(lambda: log_output.getvalue().count(regained) >= 2, 40)
    finally:
        await running.stop()
        proxy.stop()
