"""Operator metrics of the bot process, in Prometheus format: counts, never who or what."""

from __future__ import annotations

from prometheus_client import Counter, start_http_server

UPDATES = Counter("abri_updates", "Updates handled, by kind", ["kind"])
ERRORS = Counter("abri_update_errors", "Updates that failed and got the neutral apology")
REMINDERS = Counter(
    "abri_reminder_deliveries", "Reminder delivery attempts, by outcome", ["outcome"]
)


def serve_metrics(host: str, port: int) -> None:
    """/metrics on its own port (a thread), with the process figures prometheus_client adds."""
    start_http_server(port, addr=host)
