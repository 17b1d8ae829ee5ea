"""Statistics are read by calendar month only, once the month has ended, never a free range.

A free range could be narrowed until one person stands out; weeks beside months, or a month
still running beside the same month a day later, could be subtracted from each other to give
what suppression hides. Closed months do not overlap and do not change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

KINDS = ("month",)


@dataclass(frozen=True)
class Period:
    kind: str
    key: str  # "2026-11", as in links and file names
    first: date
    last: date


def period_of(kind: str, day: date) -> Period:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(kind, f"{day:%Y-%m}", first, following - timedelta(days=1))


def last_closed(today: date) -> Period:
    """The latest month that has ended."""
    return period_of("month", today.replace(day=1) - timedelta(days=1))


def periods(kind: str, since: date, today: date) -> list[Period]:
    """Every ended month from the one holding `since`, newest first."""
    found = []
    period = last_closed(today)
    while period.last >= since:
        found.append(period)
        period = period_of(kind, period.first - timedelta(days=1))
    return found


def parse_period(kind: str, key: str, today: date) -> Period | None:
    """The month a link names, or None when it names none, or one not yet ended."""
    if kind not in KINDS:
        return None
    try:
        day = date.fromisoformat(f"{key}-01")
    except ValueError:
        return None
    period = period_of(kind, day)
    return period if period.key == key and period.last < today else None
