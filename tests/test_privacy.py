"""What a person types never reaches the database files in clear, nor the logs."""

import asyncio
import io
import re
import sqlite3
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from bot.logs import setup_logging
from flows.script import load_scripts
from storage.stats import Stats
from tests.servers import execute, stored_bytes
from tests.test_conversations import walk_to_evidence

PLANTED = {
    "description": "PLANTED-DESC-7f3a9c quelque chose de précis",
    "link": "https://planted-link-4b2c.example/post/991",
    "account": "@planted_account_91xq",
    "when": "le planted-date-5512 au soir",
    "note": "planted-note-zz81 une note privée",
}
USER_ID = 987654321987
DEPLOY_DOC = Path(__file__).parents[1] / "docs" / "deploy.md"
VACUUM_PASSES = 25


async def only_a_note(person, text: str) -> None:
    """A person who starts, stops the questions at once, and writes one note."""
    await person.send("/start")
    await person.press("✕ Arrêter")
    await person.press("✍️ Ajouter une note")
    await person.send(text)


def assert_absent(haystack: bytes, needles: list[str], where: str) -> None:
    for needle in needles:
        assert needle.encode() not in haystack, f"{needle!r} found in {where}"


async def test_typed_text_never_stored_or_logged_in_clear(running, data_dir, log_output):
    person = running.person(user_id=USER_ID)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send(PLANTED["description"])
    await person.send("voir " + PLANTED["link"])
    await person.press("C'est tout")
    await person.send(PLANTED["when"])
    await person.send(PLANTED["account"])
    await person.press("Continuer")
    await person.press("Continuer")
    await person.press("Non merci")
    await person.press("✍️ Ajouter une note")
    await person.send(PLANTED["note"])

    # The notes are really kept: the person can read every one of them back.
    await person.press("📒 Mes notes")
    shown = await person.press("Afficher mes notes")
    listing = "\n".join(m.text for m in shown)
    for value in PLANTED.values():
        assert value in listing
    await person.send("/export")  # a dossier made at DEBUG: its font library says nothing
    assert any(m.kind == "document" for m in person.messages())

    secrets = [*PLANTED.values(), "planted-link-4b2c", str(USER_ID)]
    async with running.runtime.sessions() as session:
        counted = await Stats(session).between(date(2000, 1, 1), date(2100, 1, 1))
    assert any(c.event.step_id == "describe" for c in counted), "the steps were counted"
    assert_absent(repr(counted).encode(), [*secrets, "planted"], "the statistics")
    assert_absent(stored_bytes(data_dir), secrets, "what is stored, while running")
    await running.stop()
    assert_absent(stored_bytes(data_dir), secrets, "what is stored, after stop")
    assert_absent(log_output.getvalue().encode(), secrets, "the logs")
    assert "update_id" in log_output.getvalue(), "the logs did capture the bot's activity"
    assert "fontTools" not in log_output.getvalue() and "subset" not in log_output.getvalue()


async def test_delete_erases_everything_and_says_so(running, data_dir):
    person = running.person(user_id=USER_ID + 1)
    await only_a_note(person, PLANTED["note"])
    await person.send("/delete")
    kept = await person.press("Non, garder")
    assert "rien n'a été effacé" in kept[0].text
    await person.send("/delete")
    done = await person.press("Oui, tout effacer")
    assert "C'est effacé : 1 note ou lien," in done[0].text, "one note, not '1 notes'"
    assert "ce chat dans Telegram" in done[0].text, "what only the person can remove"
    left = [m.text for m in running.telegram.chats[person.chat_id]]
    assert PLANTED["note"] not in left, "the typed note was deleted from the chat"
    assert left == [done[0].text, *[m.text for m in done[1:]]], "only the answer stays"
    await person.send("/notes")
    listing = await person.press("Afficher mes notes")
    assert "Aucune note" in listing[0].text
    await running.stop()
    assert_absent(stored_bytes(data_dir), [PLANTED["note"], str(USER_ID + 1)], "what is stored")


async def test_delete_empties_the_write_ahead_log_even_while_someone_reads(
    running, data_dir, database
):
    """A reader (the dashboard, a backup) holds the log: /delete tries again until it can
    empty it, so the erased rows' old pages do not stay in abri.db-wal."""
    if database is not None:
        pytest.skip("SQLite's own write-ahead log")
    person = running.person(user_id=USER_ID + 2)
    await only_a_note(person, "planted-wal-note-31")
    reader = sqlite3.connect(data_dir / "abri.db")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # a read transaction, held
    await person.send("/delete")

    async def reader_finishes_soon() -> None:
        await asyncio.sleep(0.3)
        reader.rollback()
        reader.close()

    finishing = asyncio.create_task(reader_finishes_soon())
    done = await person.press("Oui, tout effacer")
    await finishing
    assert "C'est effacé" in done[0].text
    assert (data_dir / "abri.db-wal").stat().st_size == 0, "the log was emptied"


def postgres_pages(url: str) -> bytes:
    """Every page of every table, TOAST table and index of the database, dead row versions
    included: what its files hold, as someone who copies them would read them."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        pages = connection.execute(
            "SELECT get_raw_page(c.oid::regclass::text, block)"
            " FROM pg_class c, generate_series(0,"
            "   pg_relation_size(c.oid) / current_setting('block_size')::int - 1) AS block"
            " WHERE c.relkind IN ('r', 't', 'i')"
            "   AND c.relnamespace IN ('public'::regnamespace, 'pg_toast'::regnamespace)"
        ).fetchall()
    return b"".join(page for (page,) in pages)


async def test_on_postgresql_the_documented_vacuum_leaves_no_erased_row(running, database):
    """PostgreSQL keeps a deleted row's old versions in the table files: /delete alone leaves the
    wrapped data key there. The nightly command docs/deploy.md gives must leave none of it."""
    if database is None:
        pytest.skip("PostgreSQL's dead row versions")
    person = running.person(user_id=USER_ID + 3)
    await only_a_note(person, "planted-vacuum-note-48")
    [(wrapped, key_hash, state)] = execute(
        database, "SELECT data_key_wrapped, key_hash, state_sealed FROM people"
    )
    [(note,)] = execute(database, "SELECT sealed FROM entries")
    traces = {"wrapped key": wrapped, "key hash": key_hash, "state": state, "note": note}
    pages = postgres_pages(database)
    assert all(trace in pages for trace in traces.values()), "the scan reads the live rows"

    await person.send("/delete")
    await person.press("Oui, tout effacer")
    await running.stop()
    [vacuum] = re.findall(r"`(VACUUM \(FULL\)[^`]*;)`", DEPLOY_DOC.read_text())
    plain = make_url(database).set(drivername="postgresql").render_as_string(hide_password=False)
    # VACUUM keeps what a transaction still running may see: on a busy server (here, the other
    # tests' connections) one pass can find the rows still visible, and the next removes them.
    for _ in range(VACUUM_PASSES):
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(vacuum)
        pages = postgres_pages(database)
        left = [name for name, trace in traces.items() if trace in pages]
        if not left:
            break
        await asyncio.sleep(0.2)
    assert not left, f"after {VACUUM_PASSES} × {vacuum!r} the files still hold the erased {left}"


async def test_the_log_of_a_childs_case_and_of_blackmail_tells_nothing_of_them(running):
    """At INFO (production's level) no step, answer or choice of the flows is logged."""
    stream = io.StringIO()
    setup_logging("INFO", stream)
    girl = running.person(user_id=9701, language_code="fr")
    await walk_to_evidence(
        girl, "Moi", "Moins de 18 ans", "France", "Une image sexuelle fabriquée ou retouchée (IA)"
    )
    await girl.press("Passer")
    await girl.press("Je n'ai pas de lien")
    await girl.press("Aujourd'hui")
    await girl.press("Passer")
    await girl.press("Continuer")
    man = running.person(user_id=9702, language_code="fr")
    await walk_to_evidence(
        man, "Moi", "18 ans ou plus", "Luxembourg", "Des menaces ou un chantage aux images"
    )
    await man.send("/export")
    logged = stream.getvalue()
    assert "update_handled" in logged, "the log was captured"
    script = load_scripts()
    ids = {s.id for f in script.values() for s in f.flow.steps} | {
        c.id for f in script.values() for s in f.flow.steps for c in s.choices
    }
    words = sorted(i for i in ids if len(i) > 3 and re.search(rf"\b{re.escape(i)}\b", logged))
    assert words == [], f"the log names {words}"
