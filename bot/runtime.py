"""Everything the bot needs at run time, built once at start and closed at the end."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import structlog
from redis.asyncio import Redis
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.content import Content, load_content
from bot.metrics import count_database_work
from bot.settings import Settings
from bot.upgrade import seal_what_was_clear
from flows.script import FLOWS_DIR, FlowError, Script
from i18n.catalog import I18N_DIR, Catalog, CatalogError
from storage.chat_messages import PendingMessages
from storage.db import create_engine, migrate, session_factory
from storage.flow_versions import FlowVersions
from storage.keys import (
    configured_master_key,
    default_master_key,
    has_data,
    open_vault,
)
from storage.unit import UnitOfWork
from storage.vault import MasterKey, Vault

if TYPE_CHECKING:
    from bot.timestamps import Authorities

log = structlog.get_logger(__name__)


class Waker(Protocol):
    """Where reminders are sent from (bot/reminders/sender.py): woken when one is planned."""

    def wake(self) -> None: ...

    async def stop(self) -> None: ...


# Messages just sent wait for the next transaction; with none coming, they are written this
# soon on their own (storage/chat_messages.py, PendingMessages).
PENDING_WAIT_SECONDS = 1.0
SEALED_STATE_REVISION = "0008"  # bot/upgrade.py runs between it and the next


@dataclass
class Runtime:
    content: Content  # swapped whole by a reload (bot/content.py)
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    vault: Vault
    settings: Settings
    # One clock for the use cases and the reminder loop: tests move it, production reads it.
    clock: Clock = field(default_factory=Clock)
    reminders: Waker | None = None  # where reminders are sent (not the terminal)
    redis: Redis | None = None  # shared by several bot processes (REDIS_URL)
    quiet_hours: bool = True  # tests that wait for a real delivery switch it off
    # Every version of a flow served since start, by (flow id, version): a conversation stays on
    # the version it began with (older ones are read back from the flow_versions table).
    versions: dict[tuple[str, str], Script] = field(default_factory=dict)
    pending: PendingMessages = field(default_factory=PendingMessages)
    timestamps: Authorities | None = None  # the dossier's time-stamp authorities, if any
    _writer: asyncio.Task[None] | None = None

    @property
    def catalog(self) -> Catalog:
        return self.content.catalog

    @property
    def scripts(self) -> Mapping[str, Script]:
        return self.content.scripts

    async def keep_versions(self) -> None:
        """Records the flows now served, so conversations begun on them can finish on them."""
        async with self.sessions() as session:
            for script in self.scripts.values():
                await FlowVersions(session).keep(script.flow.id, script.version, script.source)
            await session.commit()
        self.versions.update({(s.flow.id, s.version): s for s in self.scripts.values()})

    def write_pending_when_idle(self) -> None:
        """Starts writing the ids of messages just sent when no transaction took them along."""
        self._writer = asyncio.create_task(self._write_pending(), name="pending-messages")

    async def _write_pending(self) -> None:
        while True:
            await asyncio.sleep(PENDING_WAIT_SECONDS)
            if self.pending:
                await self.write_pending()

    async def write_pending(self) -> None:
        waiting = self.pending.take()
        try:
            async with UnitOfWork(self.sessions) as uow:
                await uow.chat_messages.remember(waiting)
                await uow.commit()
        except (OSError, SQLAlchemyError):  # the database is away: they wait for the next try
            self.pending.give_back(waiting)

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
        if self.pending:
            await self.write_pending()
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
    count_database_work(engine)
    try:
        # Up to the revision that adds the sealed columns; then what earlier versions kept in
        # clear is sealed with the master key; then the rest, which drops the clear columns.
        before = await migrate(engine, SEALED_STATE_REVISION)
        sessions = session_factory(engine)
        async with sessions() as session:
            master = checked.configured_key or default_master_key(
                settings.data_dir, await has_data(session)
            )
            vault = await open_vault(session, master)
        if before <= SEALED_STATE_REVISION:
            await seal_what_was_clear(sessions, vault, datetime.now(UTC).date())
        await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    runtime = Runtime(checked.content, engine, sessions, vault, settings)
    if settings.timestamp_authorities:
        from bot.timestamps import Authorities  # only where authorities are named: see there

        runtime.timestamps = Authorities.from_settings(settings)
    if settings.redis_url:
        runtime.redis = Redis.from_url(settings.redis_url)
    await runtime.keep_versions()
    return runtime


async def reload_content(
    runtime: Runtime, flows_dir: Path = FLOWS_DIR, i18n_dir: Path = I18N_DIR
) -> bool:
    """Live reload (SIGHUP, or `python -m bot flows reload`): the edited files are checked first
    and swapped in only if all of them are valid; otherwise the bot keeps running on what it
    has, and the log says why. Conversations under way stay on their version."""
    try:
        content = load_content(flows_dir, i18n_dir)
    except (FlowError, CatalogError, OSError) as error:
        problems = getattr(error, "problems", None) or [str(error)]
        log.error("flows_reload_refused", file=str(getattr(error, "path", "")), problems=problems)
        return False
    runtime.content = content
    await runtime.keep_versions()
    log.info("flows_reloaded", versions={s.flow.id: s.version for s in content.scripts.values()})
    return True
