"""One person's updates one at a time, and each update handled once: in one process (memory) or
across several processes (Redis).

Redis holds only lock names made of pseudonyms and the numbers of handled updates: never a
Telegram id, never what a person typed.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Literal, Protocol

import structlog
from aiogram import BaseMiddleware, Bot
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.fsm.storage.base import BaseEventIsolation, KeyBuilder, StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation
from aiogram.types import TelegramObject, Update
from redis.asyncio import Redis

from storage.vault import Vault

log = structlog.get_logger(__name__)
# Telegram gives up redelivering an update after 24 hours; kept twice as long to be sure.
SEEN_FOR_SECONDS = 48 * 3600
MEMORY_SEEN_LIMIT = 100_000  # update numbers kept in one process (a few MB)


class SeenUpdates(Protocol):
    async def seen(self, bot_id: int, update_id: int) -> bool: ...

    async def mark(self, bot_id: int, update_id: int) -> None: ...


class MemorySeenUpdates:
    """One process: the numbers of the updates it handled recently, oldest dropped first."""

    def __init__(self, limit: int = MEMORY_SEEN_LIMIT) -> None:
        self.limit = limit
        self._handled: OrderedDict[tuple[int, int], float] = OrderedDict()

    async def seen(self, bot_id: int, update_id: int) -> bool:
        handled_at = self._handled.get((bot_id, update_id))
        return handled_at is not None and time.monotonic() - handled_at < SEEN_FOR_SECONDS

    async def mark(self, bot_id: int, update_id: int) -> None:
        self._handled[(bot_id, update_id)] = time.monotonic()
        while len(self._handled) > self.limit:
            self._handled.popitem(last=False)


class RedisSeenUpdates:
    """Several processes: one expiring key per handled update."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    @staticmethod
    def key(bot_id: int, update_id: int) -> str:
        return f"abri:update:{bot_id}:{update_id}"

    async def seen(self, bot_id: int, update_id: int) -> bool:
        return bool(await self.redis.exists(self.key(bot_id, update_id)))

    async def mark(self, bot_id: int, update_id: int) -> None:
        await self.redis.set(self.key(bot_id, update_id), 1, ex=SEEN_FOR_SECONDS)


class HandleOnce(BaseMiddleware):
    """Skips an update already handled (Telegram redelivers when it did not hear our answer).

    It runs inside the person's lock, so two copies of one update are never handled at the
    same time; an update is marked only once handled, so one whose worker died is handled by
    the next worker Telegram tries.
    """

    def __init__(self, handled: SeenUpdates) -> None:
        self.handled = handled

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        bot: Bot = data["bot"]
        if await self.handled.seen(bot.id, event.update_id):
            log.info("update_duplicate_skipped", update_id=event.update_id)
            return UNHANDLED
        result = await handler(event, data)
        await self.handled.mark(bot.id, event.update_id)
        return result


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


def seen_updates(redis: Redis | None) -> SeenUpdates:
    return MemorySeenUpdates() if redis is None else RedisSeenUpdates(redis)
