"""The restore drill of docs/deploy.md: pg_dump, pg_restore into a new database, and the notes
read back with the master key, and only with it."""

import asyncio
import base64
import subprocess

import pytest
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from storage.errors import MasterKeyError
from tests.conftest import RunningBot
from tests.servers import BACKEND, PostgresDatabase
from tests.test_conversations import texts
from tests.test_vault import note

NOTE = "planted-backup-note-5k2 written before the backup"


async def run(*command: str) -> None:
    await asyncio.to_thread(subprocess.run, command, check=True)


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def test_a_restored_dump_reads_back_with_the_key_and_not_without(
    settings, telegram, database, tmp_path
):
    if BACKEND != "postgresql":
        pytest.skip("pg_dump drill: runs in the PostgreSQL pass (ABRI_TEST_DATABASE=postgresql)")
    before = RunningBot(settings, telegram)
    await before.start()
    person = before.person(user_id=50_001)
    await person.send("/start")
    await person.press("✕ Arrêter")
    await note(person, NOTE)
    await before.stop()

    dump = tmp_path / "abri.dump"
    await run("pg_dump", "--format=custom", f"--file={dump}", libpq(database))
    restored = PostgresDatabase()
    restored_url = restored.create()
    try:
        await run("pg_restore", "--no-owner", f"--dbname={libpq(restored_url)}", str(dump))
        other_key = SecretStr(base64.b64encode(b"k" * 32).decode())
        wrong = settings.model_copy(update={"database_url": restored_url, "vault_key": other_key})
        with pytest.raises(MasterKeyError):
            await RunningBot(wrong, telegram).start()

        after = RunningBot(settings.model_copy(update={"database_url": restored_url}), telegram)
        await after.start()
        try:
            await person.send("/notes")
            assert NOTE in texts(await person.press("Afficher mes notes"))
        finally:
            await after.stop()
    finally:
        restored.drop()
