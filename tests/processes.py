"""Real bot processes for the tests that need several: started, read, killed."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

from tests.conftest import QUICK_TIMINGS, TOKEN

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def wait_for_port(port: int, seconds: float = 20.0) -> None:
    for _ in range(int(seconds * 10)):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise AssertionError(f"nothing listened on {port}")


def bot_environment(telegram, data_dir: Path, **settings: str) -> dict[str, str]:
    """What a bot process started by a test reads: the stand-in, this test's DATA_DIR, the
    shortened timings."""
    return {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "DATA_DIR": str(data_dir),
        "LOG_LEVEL": "INFO",
        **{name.upper(): str(value) for name, value in QUICK_TIMINGS.items()},
        **settings,
    }


class BotProcess:
    """`python -m bot [command]` with the given settings; its log lines are collected."""

    def __init__(self, telegram, data_dir: Path, *command: str, **settings: str) -> None:
        self.env = bot_environment(telegram, data_dir, **settings)
        self.command = command
        self.lines: list[str] = []
        self.process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task | None = None

    async def start(self) -> BotProcess:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *self.command,
            cwd=ROOT, env=self.env, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        self._reader = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        async for line in self.process.stderr:  # type: ignore[union-attr]
            self.lines.append(line.decode(errors="replace").rstrip())

    def log(self) -> str:
        return "\n".join(self.lines)

    async def wait_for_log(self, event: str, seconds: float = 30.0) -> None:
        async with asyncio.timeout(seconds):
            while f"event='{event}'" not in self.log():
                if self.process.returncode is not None:  # type: ignore[union-attr]
                    raise AssertionError(f"the bot stopped:\n{self.log()[-3000:]}")
                await asyncio.sleep(0.05)

    async def kill(self) -> None:
        self.process.kill()  # type: ignore[union-attr]
        await self.stopped()

    async def terminate(self) -> int:
        if self.process.returncode is None:  # type: ignore[union-attr]
            self.process.terminate()  # type: ignore[union-attr]
        return await self.stopped()

    async def stopped(self) -> int:
        code = await self.process.wait()  # type: ignore[union-attr]
        await self._reader  # type: ignore[misc]
        return code
