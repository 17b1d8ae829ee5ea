"""Keeps outgoing reminders under Telegram's limit (about 30 messages a second in all)."""

from __future__ import annotations

import asyncio
import time
from types import TracebackType

REMINDERS_PER_SECOND = 25  # under Telegram's 30, leaving room for replies to people


class Pacer:
    def __init__(self, per_second: float = REMINDERS_PER_SECOND) -> None:
        self.interval = 1 / per_second
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> None:
        async with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            await asyncio.sleep(wait)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None
