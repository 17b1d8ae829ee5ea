"""Database engine, sessions and migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATING = 0x41_62_72_6D  # the advisory lock held while the schema is upgraded
# PostgreSQL unreachable: a person waits seconds for "try again in a moment", not asyncpg's
# default minute; a statement hanging on a half-open connection is given up as well.
POSTGRES_CONNECT_ARGS = {"timeout": 5, "command_timeout": 30}


def create_engine(url: str, sqlite_busy_seconds: float = 5.0, **options: Any) -> AsyncEngine:
    # hide_parameters: a failing statement's values never reach an exception message or a log.
    if make_url(url).get_backend_name() == "postgresql":
        options.setdefault("connect_args", POSTGRES_CONNECT_ARGS)
    elif "poolclass" not in options:
        # SQLite has one writer at a time: a process whose connections compete for that lock
        # waits on itself and ends with "database is locked" under load. One connection,
        # transactions queued for it in the order they come.
        options.update(pool_size=1, max_overflow=0)
    engine = create_async_engine(url, hide_parameters=True, **options)
    if engine.dialect.name == "sqlite":
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        busy_ms = round(sqlite_busy_seconds * 1000)

        def pragmas(dbapi_connection: Any, _record: object) -> None:
            sqlite_pragmas(dbapi_connection, busy_ms)

        event.listen(engine.sync_engine, "connect", pragmas)
    return engine


def sqlite_pragmas(dbapi_connection: Any, busy_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged note survives a power cut
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left in pages
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest Alembic revision. Several processes starting at once on
    PostgreSQL take turns (a transaction-scoped advisory lock): the first upgrades, the others
    then find the schema current."""
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATING})
        await connection.run_sync(_upgrade)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
