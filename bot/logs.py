"""Structured logs. Context (update id, pseudonymous person, step) is bound per update;
what a person typed is never passed to a logger."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

import structlog


def setup_logging(level: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    logging.basicConfig(stream=stream, level=level, format="%(message)s", force=True)
    # Libraries' debug lines say too much: aiosqlite repeats every statement with its
    # parameters, fontTools lists the characters of each dossier it subsets.
    for library in ("aiosqlite", "alembic", "fontTools"):
        logging.getLogger(library).setLevel(logging.WARNING)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.KeyValueRenderer(key_order=["timestamp", "level", "event"]),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
