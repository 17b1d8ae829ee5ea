"""Everything the bot needs at run time, built once at start and closed at the end."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from bot.settings import Settings
from flows.script import FLOWS_DIR, Script, load_script
from i18n.catalog import Catalog, load_catalog
from storage.db import create_engine, migrate, session_factory
from storage.keys import (
    configured_master_key,
    default_master_key,
    open_vault,
    stored_pseudonym_key,
)
from storage.vault import Vault


@dataclass
class Runtime:
    catalog: Catalog
    script: Script
    engine: AsyncEngine
    sessions: async_sessionmaker
    vault: Vault

    async def close(self) -> None:
        await self.engine.dispose()


def load_texts_and_flow() -> tuple[Catalog, Script]:
    """Broken texts or flow files stop the start with a clear error, before any data is touched."""
    catalog = load_catalog()
    script = load_script(FLOWS_DIR / "incident.yaml", known_text=catalog.known_everywhere)
    return catalog, script


async def build_runtime(settings: Settings) -> Runtime:
    catalog, script = load_texts_and_flow()
    secret = settings.vault_key.get_secret_value() if settings.vault_key else None
    configured = configured_master_key(secret, settings.vault_key_file)
    engine = create_engine(settings.database)
    try:
        await migrate(engine)
        sessions = session_factory(engine)
        async with sessions() as session:
            wrapped = await stored_pseudonym_key(session)
            master = configured or default_master_key(settings.data_dir, wrapped is not None)
            vault = await open_vault(session, master, wrapped)
    except BaseException:
        await engine.dispose()
        raise
    return Runtime(catalog, script, engine, sessions, vault)
