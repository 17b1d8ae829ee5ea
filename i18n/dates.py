"""Dates and times as a person reads them: their language, their country's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

TIME_ZONES = {"fr": "Europe/Paris", "lu": "Europe/Luxembourg"}
# What a person may pick for their check-ins; ids travel in callback data.
CHOOSABLE_ZONES = ("Europe/Paris", "Europe/Luxembourg", "Europe/London", "UTC")


def zone_for(country: object) -> ZoneInfo:
    return ZoneInfo(TIME_ZONES.get(str(country or ""), "UTC"))


def local_time(moment: datetime, lang: str, country: object, zone: ZoneInfo | None = None) -> str:
    """E.g. '21 nov. 2026 23:30 (Europe/Paris)'; UTC where the country is not known. To the
    minute: seconds say nothing to a person, and the dossier's digest covers the exact time."""
    zone = zone or zone_for(country)
    return f"{_to_the_minute(moment, zone, lang)} ({zone.key})"


def day(moment: date, lang: str) -> str:
    """E.g. '2 déc. 2026'."""
    return format_date(moment, "medium", locale=lang)


def utc_time(moment: datetime, lang: str) -> str:
    return f"{_to_the_minute(moment, ZoneInfo('UTC'), lang)} (UTC)"


def _to_the_minute(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(zone)
    return f"{format_date(local, 'medium', locale=lang)} {format_time(local, 'short', locale=lang)}"
