"""Which process sends the reminders when several share PostgreSQL: the one holding an advisory
lock. The lock lives as long as its connection, so a process that dies releases it at once and
another takes it at its next try, a few seconds later.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import structlog
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.pool import NullPool

from storage.db import create_engine

log = structlog.get_logger(__name__)
LOCK_ID = 0x41_62_72_69  # "Abri": one lock, the same in every process of one deployment
CHECK_EVERY_SECONDS = 10.0

Callback = Callable[[], Awaitable[None]]


class Leadership:
    """Tries for the lock every few seconds; while held, checks the connection is alive and
    calls `on_tick`. `on_gain` and `on_loss` say when this process starts and stops leading."""

    def __init__(
        self,
        database_url: str,
        on_gain: Callback,
        on_loss: Callback,
        on_tick: Callback,
        every: float = CHECK_EVERY_SECONDS,
    ) -> None:
        # Its own connection, outside the pool: the lock must not be handed to another task.
        self._engine = create_engine(database_url, poolclass=NullPool)
        self._on_gain, self._on_loss, self._on_tick = on_gain, on_loss, on_tick
        self.every = every
        self._connection: AsyncConnection | None = None
        self._task: asyncio.Task | None = None
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
                if self.leading:
                    await self._connection.execute(text("SELECT 1"))  # type: ignore[union-attr]
                    await self._on_tick()
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
        self._connection, self._standing_by = connection, False
        log.info("reminders_leader")
        await self._on_gain()

    async def _release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        await self._on_loss()
        with contextlib.suppress(OSError, SQLAlchemyError):
            await connection.close()  # closing the connection releases the lock
