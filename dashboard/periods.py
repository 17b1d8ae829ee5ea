"""Statistics are read by fixed periods only, a calendar week or month, never a free range:
free ranges could be narrowed until one person stands out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

KINDS = ("week", "month")


@dataclass(frozen=True)
class Period:
    kind: str
    key: str  # "2026-W47" or "2026-11", as in links and file names
    first: date
    last: date


def period_of(kind: str, day: date) -> Period:
    if kind == "week":
        year, week, _ = day.isocalendar()
        first = day - timedelta(days=day.weekday())
        return Period(kind, f"{year}-W{week:02d}", first, first + timedelta(days=6))
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(kind, f"{day:%Y-%m}", first, following - timedelta(days=1))


def periods(kind: str, since: date, today: date) -> list[Period]:
    """Every period from the one holding `since` to the one holding `today`, newest first."""
    found = []
    period = period_of(kind, today)
    while period.last >= since:
        found.append(period)
        period = period_of(kind, period.first - timedelta(days=1))
    return found


def parse_period(kind: str, key: str) -> Period | None:
    """The period a link names, or None when it names none (a made-up range is refused)."""
    try:
        if kind == "week":
            year, week = key.split("-W")
            day = date.fromisocalendar(int(year), int(week), 1)
        elif kind == "month":
            day = date.fromisoformat(f"{key}-01")
        else:
            return None
    except ValueError:
        return None
    period = period_of(kind, day)
    return period if period.key == key else None
