"""Anonymous counts, added in the transaction of the step they count (so they cannot drift)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import StatCount

# What is counted. Nothing else may be: the dashboard and its tests know these names.
STARTED = "started"  # a conversation began (its flow's first step)
REACHED = "reached"  # a step was reached, once per conversation
ANSWERED = "answered"  # a step was answered (detail: the choice id, or "typed"), once per one
REFERRAL = "referral"  # a service was shown at a referral step (detail: directory id)
EMERGENCY = "emergency"  # the emergency numbers were asked for
CRISIS = "crisis"  # a message had crisis words: the crisis lines were shown (never the words)
QUICK_EXIT = "quick_exit"
REMINDER_SENT = "reminder_sent"
REMINDER_ANSWER = "reminder_answer"  # detail: yes, later or stop
EXPORT = "export"
DELETED = "deleted"
# A saved link asked about at a check-in: the first time (detail: its platform), and the first
# time the person says it is gone (detail: its platform; step: how long after it was saved).
LINK_CHECKED = "link_checked"
LINK_GONE = "link_gone"
# How long after a link was saved it was first said gone, in days: the bucket ids `link_gone`
# keeps, up to each limit, the last one beyond (the dashboard shows them in this order).
REMOVAL_BUCKETS = ((7, "0-7"), (30, "8-30"), (90, "31-90"), (None, "91+"))


# Conversations with the counsellors: asked for (detail: "open", or "closed" outside the hours,
# or "unavailable" where no association answers), begun once the person agreed (detail:
# "summary" or "notes"), first answered (detail: the minutes it took, in the buckets below),
# nobody answering in time, and ended (detail: "counsellor", "exit" or "delete").
TALK_ASKED = "talk_asked"
TALK_OPENED = "talk_opened"
TALK_ANSWERED = "talk_answered"
TALK_WAITED = "talk_waited"
TALK_CLOSED = "talk_closed"
ANSWER_BUCKETS = ((5, "0-5"), (15, "6-15"), (30, "16-30"), (60, "31-60"), (None, "61+"))


def removal_bucket(days: int) -> str:
    return _bucket(REMOVAL_BUCKETS, days)


def answer_bucket(minutes: int) -> str:
    return _bucket(ANSWER_BUCKETS, minutes)


def _bucket(buckets: tuple[tuple[int | None, str], ...], value: int) -> str:
    return next(name for limit, name in buckets if limit is None or value <= limit)


EVENTS = (
    STARTED,
    REACHED,
    ANSWERED,
    REFERRAL,
    EMERGENCY,
    CRISIS,
    QUICK_EXIT,
    REMINDER_SENT,
    REMINDER_ANSWER,
    EXPORT,
    DELETED,
    LINK_CHECKED,
    LINK_GONE,
    TALK_ASKED,
    TALK_OPENED,
    TALK_ANSWERED,
    TALK_WAITED,
    TALK_CLOSED,
)


@dataclass(frozen=True)
class Event:
    """One thing that happened, named by ids only; "" where a dimension does not apply."""

    event: str
    flow_id: str = ""
    flow_version: str = ""
    step_id: str = ""
    detail: str = ""
    language: str = ""
    country: str = ""


@dataclass(frozen=True)
class Count:
    day: date
    event: Event
    count: int


class Stats:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, day: date, events: Iterable[Event]) -> None:
        """Adds one to each event's count for the day, in one statement; the caller's commit
        makes it so."""
        counted = Counter(events)
        if not counted:
            return
        for event in counted:
            if event.event not in EVENTS:
                raise ValueError(f"unknown statistic {event.event!r}")
        postgres = self.session.get_bind().dialect.name == "postgresql"
        insert = postgresql.insert if postgres else sqlite.insert
        rows = [{"day": day, "count": times, **asdict(e)} for e, times in counted.items()]
        statement = insert(StatCount).values(rows)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=[c.name for c in inspect(StatCount).primary_key],
                set_={"count": StatCount.count + statement.excluded.count},
            )
        )

    async def between(self, first: date, last: date) -> list[Count]:
        """Every count from `first` to `last`, both included."""
        rows = await self.session.scalars(
            select(StatCount).where(StatCount.day >= first, StatCount.day <= last)
        )
        return [
            Count(
                row.day,
                Event(
                    row.event,
                    row.flow_id,
                    row.flow_version,
                    row.step_id,
                    row.detail,
                    row.language,
                    row.country,
                ),
                row.count,
            )
            for row in rows
        ]

    async def first_day(self) -> date | None:
        return await self.session.scalar(select(StatCount.day).order_by(StatCount.day).limit(1))
