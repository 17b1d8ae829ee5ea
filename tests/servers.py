"""The database the suite runs on, and the real PostgreSQL and Redis servers some tests need.

By default every test has its own SQLite file in its DATA_DIR. With ABRI_TEST_DATABASE=postgresql
every test gets its own fresh PostgreSQL database instead (created before, dropped after), named
to the bot through DATABASE_URL, which bot processes started by the test inherit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Row, make_url

BACKEND = os.environ.get("ABRI_TEST_DATABASE", "sqlite")
POSTGRES_ADMIN = os.environ.get("ABRI_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _redis_url() -> str:
    """ABRI_TEST_REDIS (database 15 by default), one database lower for each further pytest
    worker: each worker empties its own."""
    url = make_url(os.environ.get("ABRI_TEST_REDIS", "redis://127.0.0.1:6379/15"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    return url.set(database=str(int(url.database or 15) - worker)).render_as_string(False)


REDIS_URL = _redis_url()
IN_CI = os.environ.get("CI", "").lower() == "true"


def reachable(url: str, default_port: int) -> bool:
    parsed = make_url(url)
    try:
        with socket.create_connection((parsed.host or "127.0.0.1", parsed.port or default_port), 1):
            return True
    except OSError:
        return False


def require(name: str, url: str, default_port: int) -> None:
    """Skips the test, visibly, when the server is not there; in CI that is a failure."""
    if reachable(url, default_port):
        return
    message = f"{name} is not reachable at {make_url(url).render_as_string()}"
    if IN_CI:
        pytest.fail(f"{message}: in CI (CI=true) these tests must run, not skip")
    pytest.skip(message)


def require_postgres() -> None:
    require("PostgreSQL", POSTGRES_ADMIN, 5432)


def require_redis() -> None:
    require("Redis", REDIS_URL, 6379)


class PostgresDatabase:
    """One fresh database on the PostgreSQL server, for one test."""

    def __init__(self) -> None:
        self.name = f"abri_test_{uuid.uuid4().hex[:12]}"
        admin = make_url(POSTGRES_ADMIN)
        self.url = admin.set(drivername="postgresql+asyncpg", database=self.name).render_as_string(
            hide_password=False
        )

    def _admin(self, statement: str) -> None:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
            connection.execute(statement)

    def create(self) -> str:
        self._admin(f'CREATE DATABASE "{self.name}"')
        return self.url

    def drop(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def sync_url(async_url: str) -> str:
    """The same database through a synchronous driver, for the tests' own queries."""
    url = make_url(async_url)
    driver = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}[url.get_backend_name()]
    return url.set(drivername=driver).render_as_string(hide_password=False)


def database_url(data_dir: Path) -> str:
    """The URL the bot uses in this test (what Settings.database gives)."""
    return os.environ.get("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'abri.db'}"


def execute(database: Path | str, statement: str, **params: object) -> list[Row]:
    """Runs one SQL statement on the test's database (its DATA_DIR, or a URL), as an operator
    (or an attacker) could."""
    url = database if isinstance(database, str) else database_url(database)
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def stored_bytes(data_dir: Path) -> bytes:
    """Everything kept at rest: every file in DATA_DIR (database, write-ahead log, key) and, on
    PostgreSQL, a pg_dump of the database, which is what a backup would hold."""
    files = b"".join(path.read_bytes() for path in sorted(data_dir.rglob("*")) if path.is_file())
    return files + _postgres_dump(data_dir)


def database_bytes(data_dir: Path) -> bytes:
    """The database alone: the SQLite file, or a pg_dump of the PostgreSQL database."""
    return _postgres_dump(data_dir) or (data_dir / "abri.db").read_bytes()


def _postgres_dump(data_dir: Path) -> bytes:
    url = database_url(data_dir)
    if not url.startswith("postgresql"):
        return b""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    dump = subprocess.run(["pg_dump", "--data-only", plain], capture_output=True, check=True)
    # pg_dump fences its output with a fresh random key each time (\restrict): not data.
    return b"\n".join(
        line
        for line in dump.stdout.splitlines()
        if not line.startswith((b"\\restrict", b"\\unrestrict"))
    )
