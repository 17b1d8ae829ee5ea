"""Where the reminder loop runs: in the single process on SQLite; on PostgreSQL in whichever
process holds the leader lock (the scheduler process of a scaled set-up)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from aiogram import Bot

from bot.reminders.leader import Leadership
from bot.reminders.loop import ReminderLoop

if TYPE_CHECKING:
    from bot.runtime import Runtime


class ReminderSender:
    def __init__(self, loop: ReminderLoop, database_url: str, leader_check_seconds: float) -> None:
        self.loop = loop
        self._task: asyncio.Task[None] | None = None
        self.leadership: Leadership | None = None
        if database_url.startswith("postgresql"):
            self.leadership = Leadership(
                database_url, self._run, self._pause, loop.wake, every=leader_check_seconds
            )

    def wake(self) -> None:
        self.loop.wake()

    async def start(self) -> None:
        if self.leadership is None:
            await self._run()
        else:
            self.leadership.start()

    async def stop(self) -> None:
        if self.leadership is not None:
            await self.leadership.stop()
        await self._pause()

    async def _run(self) -> None:
        self._task = asyncio.create_task(self.loop.run(), name="reminders")

    async def _pause(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def start_reminders(runtime: Runtime, bot: Bot) -> ReminderSender:
    """Sends this runtime's reminders through `bot` from now on; `runtime.reminders` wakes it."""
    settings = runtime.settings
    sender = ReminderSender(
        ReminderLoop(runtime, bot), settings.database, settings.leader_check_seconds
    )
    runtime.reminders = sender
    await sender.start()
    return sender
