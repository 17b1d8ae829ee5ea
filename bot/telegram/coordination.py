"""One person's updates one at a time: in one process (memory), or across several processes
(Redis, under lock names made of pseudonyms: Redis never learns who writes to the bot).

That an update is handled once is the database's business (storage/handled.py), in the
update's own transaction, so it holds across restarts and processes alike."""

from __future__ import annotations

from typing import Literal

from aiogram.fsm.storage.base import BaseEventIsolation, KeyBuilder, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation
from redis.asyncio import Redis

from storage.vault import Vault


class PseudonymousKeys(KeyBuilder):
    """Lock names from the vault's pseudonyms: Redis never learns who writes to the bot."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def build(self, key: StorageKey, part: Literal["data", "state", "lock"] | None = None) -> str:
        chat, user = self.vault.log_alias(key.chat_id), self.vault.log_alias(key.user_id)
        return f"abri:{part or 'key'}:{key.bot_id}:{chat}:{user}"


def events_isolation(redis: Redis | None, vault: Vault, lock_seconds: float) -> BaseEventIsolation:
    """A worker that dies holding a person's lock holds it `lock_seconds` at most: the person's
    next message waits that long. Handling one update (a PDF export included) takes seconds."""
    if redis is None:
        return SimpleEventIsolation()
    return RedisEventIsolation(
        redis, PseudonymousKeys(vault), lock_kwargs={"timeout": lock_seconds}
    )
