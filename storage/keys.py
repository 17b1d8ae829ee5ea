"""The master key: where it comes from, and the checks that it opens the existing data."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import MasterKeyError
from storage.models import Person, VaultSecret
from storage.vault import KEY_BYTES, MasterKey, SealError, Vault

KEY_FILE_NAME = "vault.key"
PSEUDONYM = "pseudonym"
ROTATE_HINT = "python -m bot vault rotate-key (or rekey) --new-key-file FILE"


def decode_key(text: str, source: str) -> MasterKey:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MasterKeyError(f"{source}: not valid base64") from None
    if len(key) != KEY_BYTES:
        raise MasterKeyError(f"{source}: must be base64 of {KEY_BYTES} bytes, got {len(key)}")
    return MasterKey(key)


def read_key_file(path: Path, source: str) -> MasterKey:
    if not path.is_file():
        raise MasterKeyError(f"{source}: {path} does not exist")
    return decode_key(path.read_text(), f"{source} ({path})")


def configured_master_key(vault_key: str | None, vault_key_file: Path | None) -> MasterKey | None:
    """The key the operator set (VAULT_KEY, else VAULT_KEY_FILE), checked before any data is read."""
    if vault_key:
        return decode_key(vault_key, "VAULT_KEY")
    if vault_key_file is not None:
        return read_key_file(vault_key_file, "VAULT_KEY_FILE")
    return None


def default_master_key(data_dir: Path, data_exists: bool) -> MasterKey:
    """DATA_DIR/vault.key, created on first start only: never a new key for existing data."""
    default = data_dir / KEY_FILE_NAME
    if default.is_file():
        return decode_key(default.read_text(), str(default))
    if data_exists:
        raise MasterKeyError(
            f"{default} is missing but the database holds encrypted data: "
            "set VAULT_KEY or VAULT_KEY_FILE to the key it was created with"
        )
    return create_key_file(default)


def create_key_file(path: Path) -> MasterKey:
    key = os.urandom(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never overwrite a key; 0600: readable by the bot's user only.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(base64.b64encode(key).decode() + "\n")
    return MasterKey(key)


async def has_data(session: AsyncSession) -> bool:
    return await session.get(VaultSecret, PSEUDONYM) is not None


async def open_vault(session: AsyncSession, master: MasterKey) -> Vault:
    """Unwrap the pseudonym key (proving the master key is right), or create it once."""
    row = await session.get(VaultSecret, PSEUDONYM)
    if row is None:
        pseudonym_key = os.urandom(KEY_BYTES)
        wrapped = master.wrap(pseudonym_key, PSEUDONYM.encode())
        session.add(VaultSecret(name=PSEUDONYM, wrapped=wrapped, master_id=master.id))
        await session.commit()
        return Vault(master, pseudonym_key)
    # Every wrapped secret must be under this master key: none is a wrong key, some is a
    # rotation that stopped half-way (the command can be run again).
    people = await session.scalar(select(func.count()).select_from(Person)) or 0
    under_this = (row.master_id == master.id) + (
        await session.scalar(
            select(func.count()).select_from(Person).where(Person.master_id == master.id)
        )
        or 0
    )
    if under_this == 0:
        raise MasterKeyError("the master key does not open this database's data (wrong key?)")
    if under_this < people + 1:
        raise MasterKeyError(
            f"a master key rotation was interrupted ({people + 1 - under_this} keys left): "
            f"run `{ROTATE_HINT}` again"
        )
    try:
        return Vault(master, master.unwrap(row.wrapped, PSEUDONYM.encode()))
    except SealError:
        raise MasterKeyError("the master key does not open this database's data") from None
