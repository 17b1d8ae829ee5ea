"""Long polling that confirms an update to Telegram only once it is handled.

aiogram's polling confirms each batch as soon as it has it (the next getUpdates carries the
offset past it), so the updates in hand when the process is killed are gone. Here the offset
stays at the oldest update still being handled: after a kill, Telegram sends it again, and the
updates that were finished meanwhile are skipped by the database (storage/handled.py, marked in
the update's own transaction). Updates are handled concurrently, one person's in order (the
dispatcher's person lock), as aiogram does.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, cast

import structlog
from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.runtime import until_stopped
from bot.telegram.client import GetUnparsedUpdates

log = structlog.get_logger(__name__)
LONG_POLL_SECONDS = 30
BATCH = 100  # Telegram's largest
# While an update is in flight, Telegram answers a getUpdates at once, with it and every update
# after it, each parsed again: the next call waits for the oldest to finish (the offset moves
# past it and what finished meanwhile), or this long, so that a slow one (a PDF) delays new
# updates by at most this much.
WAIT_FOR_OLDEST_SECONDS = 0.25
# Telegram out of reach: tried again after 1 s, then longer, up to a minute.
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=60.0, factor=1.6, jitter=0.1)
# At a stop (SIGTERM), the updates in hand get this long to finish; the rest come again.
FINISH_SECONDS = 10.0


class Polling:
    def __init__(self, bot: Bot, dispatcher: Dispatcher) -> None:
        self.bot, self.dispatcher = bot, dispatcher
        self.in_flight: dict[int, asyncio.Task[None]] = {}
        self.finished_ahead: set[int] = set()  # handled, above one still in flight: unconfirmed
        self.after_newest: int | None = None  # the offset confirming every update seen

    @property
    def offset(self) -> int | None:
        """Every update below it is handled: what Telegram may forget."""
        return min(self.in_flight, default=self.after_newest)

    async def run(self) -> None:
        backoff = Backoff(config=BACKOFF)
        allowed = self.dispatcher.resolve_used_update_types()
        # aiohttp must wait longer than Telegram holds a long poll.
        request_timeout = int((self.bot.session.timeout or 0) + LONG_POLL_SECONDS)
        try:
            while True:
                if self.in_flight:  # the oldest decides what Telegram may forget
                    oldest = self.in_flight[min(self.in_flight)]
                    await asyncio.wait((oldest,), timeout=WAIT_FOR_OLDEST_SECONDS)
                offset = self.offset
                if offset is not None:
                    self.finished_ahead = {u for u in self.finished_ahead if u >= offset}
                ask = GetUnparsedUpdates(
                    offset=offset,
                    limit=BATCH,
                    timeout=0 if self.in_flight else LONG_POLL_SECONDS,
                    allowed_updates=allowed,
                )
                try:
                    answer = await self.bot(ask, request_timeout=request_timeout)
                    updates = cast(list[dict[str, Any]], answer)  # JSON, as asked
                except Exception as error:  # any failure: wait and poll again
                    failure, wait = type(error).__name__, round(backoff.next_delay, 1)
                    log.warning("polling_failed", error=failure, retry_in=wait)
                    await backoff.asleep()
                    continue
                backoff.reset()
                for update in updates:
                    self._take(update)
        finally:
            await self._finish()

    def _take(self, raw: dict[str, Any]) -> None:
        number = int(raw["update_id"])
        if self.after_newest is None or number >= self.after_newest:
            self.after_newest = number + 1
        if number in self.in_flight or number in self.finished_ahead:
            return  # sent again because it is not confirmed yet: already in hand or done
        update = Update.model_validate(raw, context={"bot": self.bot})
        task = asyncio.create_task(self._handle(update), name=f"update-{number}")
        self.in_flight[number] = task

    async def _handle(self, update: Update) -> None:
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except Exception:  # the error handler answered the person; go on
            log.exception("update_failed_in_polling")
        finally:
            del self.in_flight[update.update_id]
            self.finished_ahead.add(update.update_id)

    async def _finish(self) -> None:
        """Stopping: what is in hand is finished (bounded), then confirmed to Telegram."""
        if self.in_flight:
            await asyncio.wait(self.in_flight.values(), timeout=FINISH_SECONDS)
        for unfinished in list(self.in_flight.values()):  # rolled back: it comes again
            unfinished.cancel()
        offset = self.offset
        if offset is not None:
            # A short call of its own: the loop's long poll was cancelled mid-way.
            confirm = GetUpdates(offset=offset, limit=1, timeout=0)
            try:
                await self.bot(confirm)
            except Exception:  # unconfirmed ones come again and are skipped
                log.warning("polling_confirm_failed")


async def poll_until_stopped(bot: Bot, dispatcher: Dispatcher) -> None:
    polling = asyncio.create_task(Polling(bot, dispatcher).run(), name="polling")
    stopping = asyncio.create_task(until_stopped())
    await asyncio.wait((polling, stopping), return_when=asyncio.FIRST_COMPLETED)
    polling.cancel()
    stopping.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await polling
