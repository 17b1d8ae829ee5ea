"""Envelope encryption of what a person types (AES-256-GCM).

Each person has a random data key; only its wrapped form (encrypted under the master key) is
stored, so destroying it makes their data unreadable for good, and rotating the master key
re-wraps data keys without touching notes. Associated data binds each ciphertext to its owner,
record and field: a ciphertext moved to another person, row or column does not open.

What a person typed is padded before it is sealed, to the next of a few sizes (BUCKETS, then
multiples of the largest): the length of a ciphertext does not tell the length of the text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# First byte of every sealed value, so the format can evolve: 1 unpadded (still read), 2 padded.
UNPADDED, PADDED = b"\x01", b"\x02"
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
DATA_KEY = b"data-key\x00"  # what a data key's wrapping is bound to, before its owner
BUCKETS = (64, 256, 1024, 4096, 16384)  # plaintext sizes, length prefix included


class SealError(Exception):
    """A sealed value could not be opened: tampered, moved, or under another key."""


def _padded(plaintext: bytes) -> bytes:
    body = len(plaintext).to_bytes(4, "big") + plaintext
    size = next((b for b in BUCKETS if len(body) <= b), None)
    if size is None:  # beyond the largest bucket: its multiples
        size = -(-len(body) // BUCKETS[-1]) * BUCKETS[-1]
    return body + bytes(size - len(body))


def _unpadded(body: bytes) -> bytes:
    length = int.from_bytes(body[:4], "big")
    if length > len(body) - 4:
        raise SealError("bad padding")
    return body[4 : 4 + length]


def _seal(key: bytes, plaintext: bytes, aad: bytes, pad: bool = True) -> bytes:
    nonce = os.urandom(NONCE_BYTES)  # fresh 96-bit nonce for every encryption
    if not pad:
        return UNPADDED + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)
    return PADDED + nonce + AESGCM(key).encrypt(nonce, _padded(plaintext), aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    kind = sealed[:1]
    if kind not in (UNPADDED, PADDED) or len(sealed) < 1 + NONCE_BYTES + TAG_BYTES:
        raise SealError("unknown format")
    nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    try:
        opened = AESGCM(key).decrypt(nonce, body, aad)
    except InvalidTag:
        raise SealError("cannot open") from None
    return _unpadded(opened) if kind == PADDED else opened


class MasterKey:
    """Wraps and unwraps secrets (data keys, the pseudonym key); never encrypts content."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the master key must be 32 bytes")
        self._key = key
        # Names the key without revealing it, so rows record which master wrapped them.
        self.id = hmac.new(key, b"abri/master-id", hashlib.sha256).hexdigest()[:16]

    def wrap(self, secret: bytes, context: bytes) -> bytes:
        return _seal(self._key, secret, b"abri/wrap\x00" + context, pad=False)  # fixed sizes

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        return _open(self._key, wrapped, b"abri/wrap\x00" + context)


class Cipher:
    """One person's data key: seals and opens what they typed."""

    def __init__(self, data_key: bytes, owner: bytes) -> None:
        self._key = data_key
        self._owner = owner

    def seal(self, plaintext: str, *, record: str, field: str) -> bytes:
        return _seal(self._key, plaintext.encode(), self._aad(record, field))

    def open(self, sealed: bytes, *, record: str, field: str) -> str:
        try:
            return _open(self._key, sealed, self._aad(record, field)).decode()
        except UnicodeDecodeError:
            raise SealError("cannot decode") from None

    def seal_json(self, value: Any, *, record: str, field: str) -> bytes:
        """A JSON value (the conversation's state, a note with its label and time), sealed."""
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return self.seal(text, record=record, field=field)

    def open_json(self, sealed: bytes, *, record: str, field: str) -> Any:
        try:
            return json.loads(self.open(sealed, record=record, field=field))
        except json.JSONDecodeError:
            raise SealError("not JSON") from None

    def _aad(self, record: str, field: str) -> bytes:
        return b"abri/v1\x00" + self._owner + b"\x00" + record.encode() + b"\x00" + field.encode()


class Vault:
    def __init__(self, master: MasterKey, pseudonym_key: bytes) -> None:
        self.master = master
        self._pseudonym_key = pseudonym_key

    def person_key(self, telegram_user_id: int) -> bytes:
        """Stable keyed hash of a Telegram user id: finds a person, cannot be reversed."""
        message = b"person:%d" % telegram_user_id
        return hmac.new(self._pseudonym_key, message, hashlib.sha256).digest()

    def log_alias(self, telegram_user_id: int) -> str:
        """Short pseudonym for logs, distinct from the database key."""
        digest = hmac.new(self._pseudonym_key, b"log:%d" % telegram_user_id, hashlib.sha256)
        return digest.hexdigest()[:10]

    def new_data_key(self, owner: bytes) -> tuple[Cipher, bytes]:
        """A fresh data key for a new person, and its wrapped form to store."""
        data_key = os.urandom(KEY_BYTES)
        return Cipher(data_key, owner), self.master.wrap(data_key, DATA_KEY + owner)

    def cipher(self, owner: bytes, wrapped: bytes) -> Cipher:
        return Cipher(self.master.unwrap(wrapped, DATA_KEY + owner), owner)
