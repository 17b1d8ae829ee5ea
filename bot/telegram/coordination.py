"""One person's updates one at a time: in one process (memory), or across several processes
(Redis, under lock names made of pseudonyms: Redis never learns who writes to the bot).

That an update is handled once is the database's business (storage/handled.py), in the
update's own transaction, so it holds across restarts and processes alike."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Mapping
from contextlib import asynccontextmanager
from typing import Any, Literal

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, KeyBuilder, StorageKey
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
        return PersonLocks()
    return RedisEventIsolation(
        redis, PseudonymousKeys(vault), lock_kwargs={"timeout": lock_seconds}
    )


class PersonLocks(BaseEventIsolation):
    """One lock per person while an update of theirs is handled or waiting, dropped after it:
    aiogram's SimpleEventIsolation keeps one for every person ever seen, for ever."""

    def __init__(self) -> None:
        self._locks: dict[StorageKey, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def close(self) -> None:
        self._locks.clear()


class NothingStored(BaseStorage):
    """aiogram's FSM storage, which Abri does not use: what a person is doing lives in the
    database, sealed. The default MemoryStorage would keep a record per person for ever."""

    async def set_state(self, key: StorageKey, state: str | State | None = None) -> None:
        raise NotImplementedError("Abri keeps a person's state in the database")

    async def get_state(self, key: StorageKey) -> str | None:
        return None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        raise NotImplementedError("Abri keeps a person's data in the database")

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return {}

    async def close(self) -> None:
        pass
