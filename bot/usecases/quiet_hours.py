"""No reminder between 21:00 and 09:00 where the person lives; one due at night waits for 09:00."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

QUIET_FROM = time(21, 0)
QUIET_UNTIL = time(9, 0)


def out_of_quiet_hours(due: datetime, zone: ZoneInfo) -> datetime:
    local = due.astimezone(zone)
    if local.time() >= QUIET_FROM:
        morning = datetime.combine(local.date() + timedelta(days=1), QUIET_UNTIL, tzinfo=zone)
    elif local.time() < QUIET_UNTIL:
        morning = datetime.combine(local.date(), QUIET_UNTIL, tzinfo=zone)
    else:
        return due
    return morning.astimezone(UTC)
