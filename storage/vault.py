"""Authenticated encryption of what a person types (AES-256-GCM).

Each ciphertext is bound by associated data to its owner, record and field, so a ciphertext
moved to another person, row or column fails to open instead of showing the wrong text.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = b"\x01"  # first byte of every sealed value, so the format can evolve
NONCE_BYTES = 12
KEY_BYTES = 32


class SealError(Exception):
    """A sealed value could not be opened: tampered, moved, or under another key."""


class Vault:
    def __init__(self, master_key: bytes, pseudonym_key: bytes) -> None:
        if len(master_key) != KEY_BYTES:
            raise ValueError("the master key must be 32 bytes")
        self._aead = AESGCM(master_key)
        self._pseudonym_key = pseudonym_key

    def seal(self, plaintext: str, *, owner: bytes, record: str, field: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = _associated_data(owner, record, field)
        return FORMAT + nonce + self._aead.encrypt(nonce, plaintext.encode(), aad)

    def open(self, sealed: bytes, *, owner: bytes, record: str, field: str) -> str:
        if sealed[:1] != FORMAT or len(sealed) < 1 + NONCE_BYTES + 16:
            raise SealError("unknown format")
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, _associated_data(owner, record, field)).decode()
        except (InvalidTag, UnicodeDecodeError):
            raise SealError("cannot open") from None

    def person_key(self, telegram_user_id: int) -> bytes:
        """Stable keyed hash of a Telegram user id: finds a person, cannot be reversed."""
        return hmac.new(
            self._pseudonym_key, b"person:%d" % telegram_user_id, hashlib.sha256
        ).digest()

    def log_alias(self, telegram_user_id: int) -> str:
        """Short pseudonym for logs, distinct from the database key."""
        digest = hmac.new(self._pseudonym_key, b"log:%d" % telegram_user_id, hashlib.sha256)
        return digest.hexdigest()[:10]


def _associated_data(owner: bytes, record: str, field: str) -> bytes:
    return b"abri/v1\x00" + owner + b"\x00" + record.encode() + b"\x00" + field.encode()
