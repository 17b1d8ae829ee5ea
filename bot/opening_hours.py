"""When an association's counsellors are there: weekly hours in their time zone, closed on
public holidays (from the maintained `holidays` package) and on the days the operator names.

"mon-fri 09:00-18:00; sat 10:00-13:00" reads as it is written; a day may have several spans
("mon 09:00-12:00,14:00-18:00"); "24:00" ends a span at midnight."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})")
LOOK_AHEAD_DAYS = 60  # the next opening is looked for this far (a long closure says "later")


class HoursError(ValueError):
    """Opening hours, a time zone or a holiday that cannot be read; one line for the operator."""


@dataclass(frozen=True)
class OpeningHours:
    spans: dict[int, tuple[tuple[time, time | None], ...]]  # weekday → (from, to; None: midnight)
    zone: ZoneInfo
    public_holidays: tuple[holidays.HolidayBase, ...]  # one per country, years added as asked
    closed_days: frozenset[date]

    @classmethod
    def parse(cls, hours: str, zone: str, closed: str) -> OpeningHours:
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise HoursError(f"COUNSELLORS_TIME_ZONE: unknown time zone {zone!r}") from None
        spans: dict[int, list[tuple[time, time | None]]] = {}
        for part in filter(None, (p.strip() for p in hours.split(";"))):
            days, _, times = part.partition(" ")
            for weekday in _weekdays(days.strip().lower(), part):
                spans.setdefault(weekday, []).extend(_spans(times.strip(), part))
        if not spans:
            raise HoursError("COUNSELLORS_HOURS: no opening hours given")
        countries, days_off = [], set()
        for item in filter(None, (c.strip() for c in closed.split(","))):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", item):
                days_off.add(_day(item))
            elif item.upper() in holidays.list_supported_countries():
                countries.append(item.upper())
            else:
                raise HoursError(
                    f"COUNSELLORS_HOLIDAYS: {item!r} is neither a country code nor YYYY-MM-DD"
                )
        frozen = {day: tuple(sorted(found)) for day, found in spans.items()}
        calendars = tuple(holidays.country_holidays(country) for country in countries)
        return cls(frozen, tz, calendars, frozenset(days_off))

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        if self._closed_on(local.date()):
            return False
        clock = local.time().replace(tzinfo=None)
        return any(
            start <= clock and (end is None or clock < end)
            for start, end in self.spans.get(local.weekday(), ())
        )

    def next_opening(self, moment: datetime) -> datetime | None:
        """The next time they are there after `moment` (None: not within two months)."""
        local = moment.astimezone(self.zone)
        for ahead in range(LOOK_AHEAD_DAYS):
            day = local.date() + timedelta(days=ahead)
            if self._closed_on(day):
                continue
            for start, _ in self.spans.get(day.weekday(), ()):
                opening = datetime.combine(day, start, self.zone)
                if opening > local:
                    return opening
        return None

    def _closed_on(self, day: date) -> bool:
        if day in self.closed_days:
            return True
        return any(day in calendar for calendar in self.public_holidays)


def _weekdays(days: str, part: str) -> list[int]:
    first, _, last = days.partition("-")
    if first not in DAYS or (last and last not in DAYS):
        raise HoursError(f"COUNSELLORS_HOURS: {part!r}: days are mon, tue… sun, or mon-fri")
    start, end = DAYS.index(first), DAYS.index(last or first)
    return [(start + step) % 7 for step in range((end - start) % 7 + 1)]


def _spans(times: str, part: str) -> list[tuple[time, time | None]]:
    found = []
    for span in filter(None, (s.strip() for s in times.split(","))):
        match = _SPAN.fullmatch(span)
        if match is None:
            raise HoursError(f"COUNSELLORS_HOURS: {part!r}: hours are written 09:00-18:00")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise HoursError(f"COUNSELLORS_HOURS: {part!r}: {span} is not a time of day")
        start, end = time(h1, m1), (None if h2 == 24 else time(h2, m2))
        if end is not None and end <= start:
            raise HoursError(f"COUNSELLORS_HOURS: {part!r}: {span} ends before it begins")
        found.append((start, end))
    if not found:
        raise HoursError(f"COUNSELLORS_HOURS: {part!r}: no hours after the days")
    return found


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HoursError(f"COUNSELLORS_HOLIDAYS: {text} is not a day") from None
