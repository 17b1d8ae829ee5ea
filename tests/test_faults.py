"""Telegram saying 429, the database locked: a kind answer, nothing lost, recovery by itself."""

import sqlite3
import time

import pytest

from tests.servers import BACKEND
from tests.test_conversations import texts


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


@pytest.mark.skipif(BACKEND != "sqlite", reason="SQLite's own file lock")
async def test_a_locked_database_gets_a_neutral_reply_then_recovers(running, data_dir):
    person = running.person(user_id=9102)
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
