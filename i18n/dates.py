"""Dates and times as a person reads them: their language, their country's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

TIME_ZONES = {"fr": "Europe/Paris", "lu": "Europe/Luxembourg"}
# What a person may pick for their check-ins; ids travel in callback data.
CHOOSABLE_ZONES = ("Europe/Paris", "Europe/Luxembourg", "Europe/London", "UTC")


def zone_for(country: object) -> ZoneInfo:
    return ZoneInfo(TIME_ZONES.get(str(country or ""), "UTC"))


def local_time(moment: datetime, lang: str, country: object, zone: ZoneInfo | None = None) -> str:
    """E.g. '21 nov. 2026, 23:30:00 (Europe/Paris)'; UTC where the country is not known."""
    zone = zone or zone_for(country)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{format_datetime(moment, 'medium', tzinfo=zone, locale=lang)} ({zone.key})"


def utc_time(moment: datetime, lang: str) -> str:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{format_datetime(moment, 'medium', tzinfo=ZoneInfo('UTC'), locale=lang)} (UTC)"
