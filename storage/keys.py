"""The master key: where it comes from, and the check that it opens the existing data."""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import VaultSecret
from storage.vault import KEY_BYTES, NONCE_BYTES, Vault

KEY_FILE_NAME = "vault.key"
PSEUDONYM = "pseudonym"


class MasterKeyError(Exception):
    """The master key is missing or wrong; the message is one line for the operator."""


def decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MasterKeyError(f"{source}: not valid base64") from None
    if len(key) != KEY_BYTES:
        raise MasterKeyError(f"{source}: must be base64 of {KEY_BYTES} bytes, got {len(key)}")
    return key


def configured_master_key(vault_key: str | None, vault_key_file: Path | None) -> bytes | None:
    """The key the operator set (VAULT_KEY, else VAULT_KEY_FILE), checked before any data is read."""
    if vault_key:
        return decode_key(vault_key, "VAULT_KEY")
    if vault_key_file is not None:
        if not vault_key_file.is_file():
            raise MasterKeyError(f"VAULT_KEY_FILE: {vault_key_file} does not exist")
        return decode_key(vault_key_file.read_text(), f"VAULT_KEY_FILE ({vault_key_file})")
    return None


def default_master_key(data_dir: Path, data_exists: bool) -> bytes:
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


def create_key_file(path: Path) -> bytes:
    key = os.urandom(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never overwrite a key; 0600: readable by the bot's user only.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(base64.b64encode(key).decode() + "\n")
    return key


def _wrap(master: bytes, name: str, secret: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(master).encrypt(nonce, secret, b"abri/secret\x00" + name.encode())


def _unwrap(master: bytes, name: str, wrapped: bytes) -> bytes:
    nonce, body = wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:]
    return AESGCM(master).decrypt(nonce, body, b"abri/secret\x00" + name.encode())


async def stored_pseudonym_key(session: AsyncSession) -> bytes | None:
    row = await session.get(VaultSecret, PSEUDONYM)
    return row.wrapped if row else None


async def open_vault(session: AsyncSession, master: bytes, wrapped: bytes | None) -> Vault:
    """Unwrap the pseudonym key (proving the master key is right), or create it once."""
    if wrapped is None:
        pseudonym_key = os.urandom(KEY_BYTES)
        session.add(VaultSecret(name=PSEUDONYM, wrapped=_wrap(master, PSEUDONYM, pseudonym_key)))
        await session.commit()
    else:
        try:
            pseudonym_key = _unwrap(master, PSEUDONYM, wrapped)
        except InvalidTag:
            raise MasterKeyError(
                "the master key does not open this database's data (wrong VAULT_KEY?)"
            ) from None
    return Vault(master, pseudonym_key)
