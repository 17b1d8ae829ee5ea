"""`python -m bot vault …`: create a master key file, rotate the master key (re-wrap), or, after
a leak, rekey (new data keys and pseudonym key, everything sealed again)."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.settings import Settings
from storage.db import create_engine, migrate, session_factory
from storage.errors import MasterKeyError
from storage.keys import (
    configured_master_key,
    create_key_file,
    default_master_key,
    has_data,
    read_key_file,
)
from storage.rekey import rekey
from storage.rotation import rotate_master_key


def new_key(path: Path) -> None:
    if path.exists():
        raise MasterKeyError(f"{path} already exists: a key file is never overwritten")
    create_key_file(path)
    print(f"New master key written to {path} (mode 0600). Keep it outside DATA_DIR and backups.")


async def rotate_key(settings: Settings, new_key_file: Path, reseal: bool = False) -> None:
    secret = settings.vault_key.get_secret_value() if settings.vault_key else None
    current = configured_master_key(secret, settings.vault_key_file)
    new = read_key_file(new_key_file, "--new-key-file")
    engine = create_engine(settings.database, settings.sqlite_busy_seconds)
    try:
        await migrate(engine)
        sessions = session_factory(engine)
        async with sessions() as session:
            old = current or default_master_key(settings.data_dir, await has_data(session))

        def progress(done: int) -> None:
            what = "people sealed again" if reseal else "data keys re-wrapped"
            print(f"  {done} {what}", file=sys.stderr)

        move = rekey if reseal else rotate_master_key
        count = await move(sessions, old, new, after_batch=progress)
    finally:
        await engine.dispose()
    if reseal:
        print(
            f"Done: {count} people have new data keys, their notes sealed again, and the "
            f"pseudonym key is new.\nNow start the bot with VAULT_KEY_FILE={new_key_file}, "
            "then destroy the old key."
        )
        return
    print(
        f"Done: {count} data keys re-wrapped under the new master key; no note was re-encrypted.\n"
        f"Now start the bot with VAULT_KEY_FILE={new_key_file}, then destroy the old key."
    )
