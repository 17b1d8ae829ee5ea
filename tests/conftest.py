"""Fixtures: the stand-in Bot API server, settings in a temporary DATA_DIR, a running bot."""

from __future__ import annotations

import asyncio
import functools
import io
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram import Bot, Dispatcher
from hypothesis import settings as hypothesis_settings

from bot.clock import Clock
from bot.content import load_content
from bot.logs import setup_logging
from bot.reminders.sender import start_reminders
from bot.runtime import Runtime, build_runtime, check_local
from bot.settings import Settings, load_settings
from bot.telegram.client import create_bot
from bot.telegram.dispatcher import create_dispatcher
from tests.botapi.client import TestPerson
from tests.botapi.server import FakeTelegram
from tests.servers import BACKEND, PostgresDatabase, require_postgres

TOKEN = "123456:TEST-abcdefghijklmnopqrstuvwxyz012345"
CONTENT = functools.cache(load_content)  # the project's texts, flows and directory, read once
# The bot's waits, shortened: leadership changes hands in half a second, a lock left by a worker
# that died lasts 3 seconds.
QUICK_TIMINGS = {"leader_check_seconds": 0.5, "redis_lock_seconds": 3.0}
NETGUARD = Path(__file__).parent / "netguard"

# Property tests run on shared CI machines: no per-example deadline.
hypothesis_settings.register_profile("abri", deadline=None)
hypothesis_settings.load_profile("abri")

# The network guard: this process, and every process it starts, may only reach this machine.
# A pytest worker already has it (sitecustomize); it gets a log of its own all the same.
sys.path.insert(0, str(NETGUARD))
import abri_netguard  # noqa: E402

NETWORK_LOG = Path(tempfile.mkdtemp(prefix="abri-net-")) / "outgoing.log"
NETWORK_LOG.touch()
os.environ[abri_netguard.LOG_VARIABLE] = str(NETWORK_LOG)
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(NETGUARD), os.environ.get("PYTHONPATH")])
)
abri_netguard.install(str(NETWORK_LOG))


@pytest.fixture(autouse=True)
def no_outgoing_requests():
    """Fails the test during which anything tried to reach beyond this machine."""
    before = NETWORK_LOG.read_text()
    yield
    attempts = NETWORK_LOG.read_text()[len(before) :]
    assert not attempts, (
        f"a request left the machine (only the Bot API stand-in may be reached):\n{attempts}"
    )


@pytest.fixture
def database(monkeypatch) -> Iterator[str | None]:
    """The database of a test that touches one: its SQLite file in DATA_DIR (None here), or on
    PostgreSQL (ABRI_TEST_DATABASE=postgresql) a fresh database, named to the bot (and to bot
    processes the test starts) through DATABASE_URL."""
    if BACKEND != "postgresql":
        yield None
        return
    require_postgres()
    database = PostgresDatabase()
    monkeypatch.setenv("DATABASE_URL", database.create())
    yield database.url
    database.drop()


def pytest_collection_modifyitems(config, items) -> None:
    """The PostgreSQL pass runs again only the tests that touch a database."""
    if BACKEND != "postgresql":
        return
    elsewhere = [item for item in items if "database" not in getattr(item, "fixturenames", ())]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        items[:] = [item for item in items if item not in elsewhere]


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def data_dir(tmp_path: Path, database: str | None) -> Path:
    return tmp_path / "data"


def bot_settings(telegram: FakeTelegram, data_dir: Path, **overrides: object) -> Settings:
    """The settings of a bot talking to the stand-in, with a test's own changes."""
    return load_settings(
        Settings,
        bot_token=TOKEN,
        telegram_api_url=telegram.url,
        data_dir=data_dir,
        _env_file=None,
        **{**QUICK_TIMINGS, **overrides},
    )


@pytest.fixture
def settings(telegram: FakeTelegram, data_dir: Path) -> Settings:
    return bot_settings(telegram, data_dir)


@pytest.fixture
def log_output() -> io.StringIO:
    stream = io.StringIO()
    setup_logging("DEBUG", stream)
    return stream


class RunningBot:
    """The real dispatcher polling the stand-in server, one update at a time."""

    def __init__(
        self,
        settings: Settings,
        telegram: FakeTelegram,
        clock: Clock | None = None,
        quiet_hours: bool = True,
        sends_reminders: bool = True,
    ) -> None:
        self.settings = settings
        self.telegram = telegram
        self.clock = clock or Clock()
        self.quiet_hours = quiet_hours
        self.sends_reminders = sends_reminders
        self.runtime: Runtime | None = None
        self.dispatcher: Dispatcher | None = None
        self.bot: Bot | None = None
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        self.runtime = await build_runtime(self.settings, check_local(self.settings, CONTENT()))
        self.runtime.clock = self.clock
        self.runtime.quiet_hours = self.quiet_hours
        self.bot = create_bot(self.settings)
        if self.sends_reminders:
            await start_reminders(self.runtime, self.bot)
        self.dispatcher = create_dispatcher(self.runtime)
        self.runtime.write_pending_when_idle()
        polled = len(self.telegram.called("getUpdates"))
        self.task = asyncio.create_task(
            self.dispatcher.start_polling(
                self.bot, handle_as_tasks=False, handle_signals=False, polling_timeout=1
            )
        )
        await self.telegram.wait(lambda: len(self.telegram.called("getUpdates")) > polled)

    async def stop(self) -> None:
        if self.task is None:
            return
        await self.dispatcher.stop_polling()
        await self.telegram.release_polls()
        await self.task
        await self.runtime.close()
        self.task = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    def person(self, user_id: int = 1001, language_code: str | None = "fr") -> TestPerson:
        return TestPerson(self.telegram, user_id, language_code)


@pytest.fixture
async def running(
    settings: Settings, telegram: FakeTelegram, log_output
) -> AsyncIterator[RunningBot]:
    harness = RunningBot(settings, telegram)
    await harness.start()
    yield harness
    await harness.stop()


@pytest.fixture
async def soon(settings, telegram, log_output) -> AsyncIterator[RunningBot]:
    """A bot with quiet hours off whose clock the test moves on (see `days_pass`)."""
    bot = RunningBot(settings, telegram, clock=Clock(), quiet_hours=False)
    await bot.start()
    yield bot
    await bot.stop()


def days_pass(bot: RunningBot, days: int = 1) -> None:
    """The clock the use cases and the reminder loop share moves on; the loop looks again."""
    bot.clock.offset += timedelta(days=days)
    bot.runtime.reminders.wake()
