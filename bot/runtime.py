"""Everything the bot needs at run time, built once at start and closed at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.clock import Clock
from bot.settings import Settings
from flows.directory import Directory, load_directory
from flows.script import Script, load_scripts
from i18n.catalog import Catalog, load_catalog
from storage.db import create_engine, migrate, session_factory
from storage.keys import (
    configured_master_key,
    default_master_key,
    has_data,
    open_vault,
)
from storage.vault import MasterKey, Vault

if TYPE_CHECKING:
    from bot.scheduler import ReminderScheduler


@dataclass
class Runtime:
    catalog: Catalog
    scripts: dict[str, Script]
    directory: Directory
    engine: AsyncEngine
    sessions: async_sessionmaker
    vault: Vault
    clock: Clock = field(default_factory=Clock)
    scheduler: ReminderScheduler | None = None  # only where reminders are sent (not the terminal)
    quiet_hours: bool = True  # tests that wait for a real delivery switch it off

    async def close(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown()
        await self.engine.dispose()


@dataclass(frozen=True)
class Checked:
    """What can be checked without the network or the database, so it is checked first."""

    catalog: Catalog
    scripts: dict[str, Script]
    directory: Directory
    configured_key: MasterKey | None


def check_local(settings: Settings) -> Checked:
    """Broken texts, flows or key settings stop the start with one clear error."""
    catalog = load_catalog()
    scripts = load_scripts(known_text=catalog.known_everywhere)
    directory = load_directory(known_text=catalog.known_everywhere)
    secret = settings.vault_key.get_secret_value() if settings.vault_key else None
    return Checked(
        catalog, scripts, directory, configured_master_key(secret, settings.vault_key_file)
    )


async def build_runtime(settings: Settings, checked: Checked | None = None) -> Runtime:
    checked = checked or check_local(settings)
    engine = create_engine(settings.database)
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
    return Runtime(checked.catalog, checked.scripts, checked.directory, engine, sessions, vault)
