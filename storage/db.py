"""Database engine, sessions and migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import sqlite_on_loop

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATING = 0x41_62_72_6D  # the advisory lock held while the schema is upgraded
# PostgreSQL unreachable: a person waits seconds for "try again in a moment", not asyncpg's
# default minute; a statement hanging on a half-open connection is given up as well.
POSTGRES_CONNECT_ARGS = {"timeout": 5, "command_timeout": 30}


def create_engine(url: str, sqlite_busy_seconds: float = 5.0, **options: Any) -> AsyncEngine:
    # hide_parameters: a failing statement's values never reach an exception message or a log.
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        options.setdefault("connect_args", POSTGRES_CONNECT_ARGS)
        return create_async_engine(url, hide_parameters=True, **options)
    database = parsed.database or ":memory:"
    if database != ":memory:":
        private_file(Path(database))
    options.setdefault("async_creator", sqlite_on_loop.creator(database))
    if "poolclass" not in options:
        # SQLite has one writer at a time: a process whose connections compete for that lock
        # waits on itself and ends with "database is locked" under load. One connection,
        # transactions queued for it in the order they come.
        options.update(pool_size=1, max_overflow=0)
    engine = create_async_engine(url, hide_parameters=True, **options)
    busy_ms = round(sqlite_busy_seconds * 1000)

    def pragmas(dbapi_connection: Any, _record: object) -> None:
        sqlite_pragmas(dbapi_connection, busy_ms)

    event.listen(engine.sync_engine, "connect", pragmas)
    return engine


def private_file(path: Path) -> None:
    """The database file, made readable by its owner only before SQLite opens it (its
    write-ahead log and shared memory files take the same mode), in a folder of the same kind
    when it is new: what is in it is sealed, but its size and times are nobody else's."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


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


# Revisions are numbered "0001", "0002"…, each the file name's first part: the newest is the
# largest, known without reading the scripts.
HEAD = max(path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("0*.py"))


async def migrate(engine: AsyncEngine, revision: str = HEAD) -> str:
    """Bring the schema to `revision` (the newest by default) and say where it was before. When
    it is there already, Alembic is not even loaded. Several processes starting at once on
    PostgreSQL take turns (a transaction-scoped advisory lock): the first upgrades, the others
    find the schema current."""
    sqlite = engine.dialect.name == "sqlite"
    async with engine.connect() as connection:
        if sqlite:
            # A migration that alters a table rebuilds it on SQLite: with foreign keys on,
            # dropping the old one would delete, by cascade, every row that points to it.
            # The pragma only takes outside a transaction.
            await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            await connection.commit()
        try:
            async with connection.begin():
                found = await _revision(connection)
                if found >= revision:
                    return found
                if not sqlite:
                    lock = text("SELECT pg_advisory_xact_lock(:id)")
                    await connection.execute(lock, {"id": MIGRATING})
                await connection.run_sync(_upgrade, revision)
                return found
        finally:
            if sqlite:
                await connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                await connection.commit()


async def _revision(connection: AsyncConnection) -> str:
    """The schema's revision, "" for a database Alembic has not touched yet."""
    known = await connection.run_sync(lambda sync: inspect(sync).has_table("alembic_version"))
    if not known:
        return ""
    found = await connection.scalar(text("SELECT version_num FROM alembic_version"))
    return str(found or "")


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command  # only when there is something to upgrade
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
