"""Operator metrics of the bot process, in Prometheus format: counts, never who or what."""

from __future__ import annotations

from prometheus_client import Counter, start_http_server
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

UPDATES = Counter("abri_updates", "Updates handled, by kind", ["kind"])
ERRORS = Counter("abri_update_errors", "Updates that failed and got the neutral apology")
REMINDERS = Counter(
    "abri_reminder_deliveries", "Reminder delivery attempts, by outcome", ["outcome"]
)

STATEMENTS = Counter("abri_database_statements", "SQL statements sent to the database")
COMMITS = Counter("abri_database_commits", "Transactions committed")


def serve_metrics(host: str, port: int) -> None:
    """/metrics on its own port (a thread), with the process figures prometheus_client adds."""
    start_http_server(port, addr=host)


def count_database_work(engine: AsyncEngine) -> None:
    """Statements and commits, for the operator (and `make bench`, per step)."""
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *_: STATEMENTS.inc())
    event.listen(engine.sync_engine, "commit", lambda *_: COMMITS.inc())
