"""Which process sends the reminders when several share PostgreSQL: the one holding an advisory
lock. The lock lives as long as its connection, so a process that dies releases it at once and
another takes it at its next try, a few seconds later.

The leader also LISTENs on that connection: a process that plans a reminder NOTIFYs at commit
(storage/reminders.py), and the leader's loop wakes without polling.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.pool import NullPool

from storage.db import create_engine
from storage.reminders import PLANNED_CHANNEL

log = structlog.get_logger(__name__)
LOCK_ID = 0x41_62_72_69  # "Abri": one lock, the same in every process of one deployment

Callback = Callable[[], Awaitable[None]]


class Leadership:
    """Tries for the lock every `every` seconds; while it holds it, checks every `every` seconds
    that the connection is alive. `on_gain` and `on_loss` say when this process starts and
    stops leading; `on_planned` is called when another process planned a reminder."""

    def __init__(
        self,
        database_url: str,
        on_gain: Callback,
        on_loss: Callback,
        on_planned: Callable[[], None],
        every: float,
    ) -> None:
        # Its own connection, outside the pool: the lock must not be handed to another task.
        self._engine = create_engine(database_url, poolclass=NullPool)
        self._on_gain, self._on_loss, self._on_planned = on_gain, on_loss, on_planned
        self.every = every
        self._connection: AsyncConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._standing_by = False

    @property
    def leading(self) -> bool:
        return self._connection is not None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="reminder-leadership")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._release()
        await self._engine.dispose()

    async def _run(self) -> None:
        while True:
            try:
                if self._connection is not None:
                    await self._connection.execute(text("SELECT 1"))
                else:
                    await self._try_to_lead()
            except (OSError, SQLAlchemyError) as error:  # the database went away
                log.warning("reminders_leadership_lost", error=type(error).__name__)
                await self._release()
            await asyncio.sleep(self.every)

    async def _try_to_lead(self) -> None:
        connection = await self._engine.connect()
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        got = await connection.scalar(text("SELECT pg_try_advisory_lock(:id)"), {"id": LOCK_ID})
        if not got:
            await connection.close()
            if not self._standing_by:
                log.info("reminders_standby")  # another process leads
                self._standing_by = True
            return
        raw = await connection.get_raw_connection()
        await raw.driver_connection.add_listener(PLANNED_CHANNEL, self._notified)  # type: ignore[union-attr]
        self._connection, self._standing_by = connection, False
        log.info("reminders_leader")
        await self._on_gain()

    def _notified(self, *_notification: Any) -> None:
        self._on_planned()

    async def _release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        await self._on_loss()
        with contextlib.suppress(OSError, SQLAlchemyError):
            await connection.close()  # closing the connection releases the lock
