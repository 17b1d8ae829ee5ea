"""Trusted timestamps on the dossier (RFC 3161), against a time-stamp authority the test runs:
only the digest leaves, the token in the PDF passes `openssl ts -verify`, a silent or untrusted
authority leaves the stamp pending and the reminder loop asks again."""

import asyncio
import hashlib
import io
import re
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from bot.clock import Clock
from tests.conftest import RunningBot, bot_settings, days_pass
from tests.servers import execute
from tests.test_privacy import only_a_note
from tests.tsa import TimestampAuthority

ROOTS = "timestamp-roots.pem"
NOTE = "planted-stamped-note il a publié le montage hier soir"


@pytest.fixture
async def authority(tmp_path) -> AsyncIterator[TimestampAuthority]:
    tsa = TimestampAuthority(tmp_path)
    await tsa.start()
    yield tsa
    await tsa.stop()


@pytest.fixture
async def stamping(telegram, data_dir, authority, log_output) -> AsyncIterator[RunningBot]:
    """A bot that sends its dossiers' digests to the test authority; its clock moves on."""
    settings = bot_settings(
        telegram,
        data_dir,
        timestamp_urls=authority.url,
        timestamp_ca_file=authority.roots_file,
        timestamp_timeout_seconds=2.0,
    )
    bot = RunningBot(settings, telegram, clock=Clock(), quiet_hours=False)
    await bot.start()
    yield bot
    await bot.stop()


async def a_dossier(telegram, data_dir, urls: str, roots: Path) -> tuple[str, dict[str, bytes]]:
    """A bot with these authorities and roots, a person who writes a note, their dossier."""
    bot = RunningBot(
        bot_settings(telegram, data_dir, timestamp_urls=urls, timestamp_ca_file=roots), telegram
    )
    await bot.start()
    try:
        person = bot.person()
        await only_a_note(person, NOTE)
        return await export(person)
    finally:
        await bot.stop()


async def export(person) -> tuple[str, dict[str, bytes]]:
    """The dossier just sent: its text, and the files it carries."""
    before = len([m for m in person.messages() if m.kind == "document"])
    await person.send("/export")
    documents = [m for m in person.messages() if m.kind == "document"]
    assert len(documents) == before + 1
    reader = PdfReader(io.BytesIO(documents[-1].file))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    files = {name: contents[0] for name, contents in reader.attachments.items()}
    return text, files


def openssl_verify(
    directory: Path, files: dict[str, bytes], record: str
) -> subprocess.CompletedProcess[str]:
    for name, contents in files.items():
        (directory / name).write_bytes(contents)
    return subprocess.run(
        ["openssl", "ts", "-verify", "-data", record, "-in", "timestamp-1.tsr", "-CAfile", ROOTS],
        cwd=directory,
        capture_output=True,
        text=True,
    )


async def test_the_dossier_carries_a_token_that_openssl_accepts(
    stamping, authority, tmp_path, data_dir
):
    person = stamping.person(user_id=23_001)
    await only_a_note(person, NOTE)
    text, files = await export(person)

    assert set(files) == {"dossier-record.json", "timestamp-1.tsr", "timestamp-roots.pem"}
    record = files["dossier-record.json"]
    assert NOTE in record.decode(), "the record is the notes, exactly"
    printed = re.search(r"\b[0-9a-f]{64}\b", text)[0]
    assert printed == hashlib.sha256(record).hexdigest(), "the digest printed is the record's"
    [query] = authority.queries
    assert query["message_imprint"]["hashed_message"].native == hashlib.sha256(record).digest()
    assert NOTE.encode() not in query.dump(), "only the digest left"
    assert re.search(r"Horodaté par 127\.0\.0\.1:\d+ le .*UTC", text)
    assert "openssl ts -verify -data dossier-record.json" in text
    assert "constat de commissaire de justice" in text, "what it does not prove"

    checked = openssl_verify(tmp_path, files, "dossier-record.json")
    assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    (tmp_path / "changed.json").write_bytes(record.replace(b"hier", b"avant-hier"))
    changed = openssl_verify(tmp_path, {}, "changed.json")
    assert changed.returncode != 0, "a changed record does not verify"

    _, again = await export(person)
    assert len(authority.queries) == 1, "the same notes: the kept token, not a new request"
    assert again["timestamp-1.tsr"] == files["timestamp-1.tsr"]
    await person.send("/delete")
    await person.press("Oui, tout effacer")
    assert execute(data_dir, "SELECT count(*) FROM timestamps") == [(0,)]


async def test_an_authority_that_does_not_answer_leaves_it_pending_then_asked_again(
    stamping, authority, tmp_path
):
    authority.down = True
    person = stamping.person(user_id=23_002)
    await only_a_note(person, NOTE)
    text, files = await export(person)
    assert "Horodatage en attente" in text and "redemande plus tard" in text
    assert files == {}, "no token, nothing to check yet"

    authority.down = False
    days_pass(stamping, days=1)  # the reminder loop's hourly pass
    async with asyncio.timeout(15):
        while len(authority.queries) < 1:  # noqa: ASYNC110 - the loop asks on its own time
            await asyncio.sleep(0.05)
    await stamping.runtime.reminders.loop.idle()
    text, files = await export(person)
    assert len(authority.queries) == 1, "the next dossier has the token the loop received"
    assert "Horodaté par" in text and "en attente" not in text
    checked = openssl_verify(tmp_path, files, "dossier-record.json")
    assert checked.returncode == 0, checked.stderr
    shown = [m.text or "" for m in person.messages()]
    assert not any("horodat" in t.lower() for t in shown), "the bot never writes about it"


async def test_an_answer_that_does_not_chain_to_the_roots_is_refused(
    telegram, data_dir, authority, tmp_path, log_output
):
    stranger = TimestampAuthority(tmp_path / "stranger")  # same protocol, another root
    text, files = await a_dossier(telegram, data_dir, authority.url, stranger.roots_file)
    assert "Horodatage en attente" in text and files == {}
    assert "timestamp_pending" in log_output.getvalue()
    assert execute(data_dir, "SELECT pending FROM timestamps") in ([(True,)], [(1,)])


async def test_without_authorities_the_dossier_says_it_has_no_trusted_timestamp(running):
    person = running.person(user_id=23_004)
    await only_a_note(person, NOTE)
    text, files = await export(person)
    assert "pas horodaté par un tiers de confiance" in text and files == {}


async def test_with_two_authorities_one_down_the_other_stamps_and_the_first_waits(
    telegram, data_dir, authority, tmp_path
):
    second = TimestampAuthority(tmp_path / "second")
    await second.start()
    roots = tmp_path / "both-roots.pem"
    roots.write_bytes(authority.roots_file.read_bytes() + second.roots_file.read_bytes())
    second.down = True
    try:
        text, files = await a_dossier(telegram, data_dir, f"{authority.url},{second.url}", roots)
    finally:
        await second.stop()
    port = second.url.split(":")[2].rstrip("/")
    assert "Horodaté par 127.0.0.1" in text and f"Horodatage en attente : 127.0.0.1:{port}" in text
    assert openssl_verify(tmp_path, files, "dossier-record.json").returncode == 0
