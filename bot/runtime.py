"""Everything the bot needs at run time, built once at start and closed at the end."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.content import Content, load_content
from bot.settings import Settings
from flows.directory import Directory
from flows.script import Script
from i18n.catalog import Catalog
from storage.db import create_engine, migrate, session_factory
from storage.keys import (
    configured_master_key,
    default_master_key,
    has_data,
    open_vault,
)
from storage.repo import FlowVersions
from storage.vault import MasterKey, Vault

if TYPE_CHECKING:
    from bot.reminders.sender import ReminderSender


@dataclass
class Runtime:
    content: Content  # swapped whole by a reload (bot/reload.py)
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    vault: Vault
    settings: Settings
    # One clock for the use cases and the reminder loop: tests move it, production reads it.
    clock: Clock = field(default_factory=Clock)
    reminders: ReminderSender | None = None  # where reminders are sent (not the terminal)
    redis: Redis | None = None  # shared by several bot processes (REDIS_URL)
    quiet_hours: bool = True  # tests that wait for a real delivery switch it off
    # Every version of a flow served since start, by (flow id, version): a conversation stays on
    # the version it began with (older ones are read back from the flow_versions table).
    versions: dict[tuple[str, str], Script] = field(default_factory=dict)

    @property
    def catalog(self) -> Catalog:
        return self.content.catalog

    @property
    def scripts(self) -> Mapping[str, Script]:
        return self.content.scripts

    @property
    def directory(self) -> Directory:
        return self.content.directory

    def script(self, flow_id: str, version: str) -> Script:
        return self.versions.get((flow_id, version)) or self.scripts[flow_id]

    async def keep_versions(self) -> None:
        """Records the flows now served, so conversations begun on them can finish on them."""
        async with self.sessions() as session:
            for script in self.scripts.values():
                await FlowVersions(session).keep(script.flow.id, script.version, script.source)
            await session.commit()
        self.versions.update({(s.flow.id, s.version): s for s in self.scripts.values()})

    async def close(self) -> None:
        if self.reminders is not None:
            await self.reminders.stop()
        if self.redis is not None:
            await self.redis.aclose()
        await self.engine.dispose()


async def until_stopped() -> None:
    """Waits for SIGTERM (a deploy, systemd, docker stop) or SIGINT (Ctrl-C)."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    await stopping.wait()


@dataclass(frozen=True)
class Checked:
    """What can be checked without the network or the database, so it is checked first."""

    content: Content
    configured_key: MasterKey | None


def check_local(settings: Settings, content: Content | None = None) -> Checked:
    """Broken texts, flows or key settings stop the start with one clear error."""
    secret = settings.vault_key.get_secret_value() if settings.vault_key else None
    configured = configured_master_key(secret, settings.vault_key_file)
    return Checked(content or load_content(), configured)


async def build_runtime(settings: Settings, checked: Checked | None = None) -> Runtime:
    checked = checked or check_local(settings)
    engine = create_engine(settings.database, settings.sqlite_busy_seconds)
    try:
        await migrate(engine)
        sessions = session_factory(engine)
        async with sessions() as session:
            master = checked.configured_key or default_master_key(
                settings.data_dir, await has_data(session)
            )
            vault = await open_vault(session, master)
    except BaseException:
        await engine.dispose()
        raise
    runtime = Runtime(checked.content, engine, sessions, vault, settings)
    if settings.redis_url:
        runtime.redis = Redis.from_url(settings.redis_url)
    await runtime.keep_versions()
    return runtime
