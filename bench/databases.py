"""Where a measured bot keeps its data: SQLite in its DATA_DIR, or a fresh PostgreSQL database
on the server the tests use (ABRI_TEST_POSTGRES), dropped afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.servers import PostgresDatabase

KINDS = ("sqlite", "postgresql")


@contextmanager
def fresh_database(kind: str) -> Iterator[str | None]:
    """A DATABASE_URL for the bot, None for SQLite (the bot's default, in its DATA_DIR)."""
    if kind == "sqlite":
        yield None
        return
    database = PostgresDatabase()
    try:
        yield database.create()
    finally:
        database.drop()
