"""Reminders repository. `claim` is the exactly-once guard: one UPDATE decides who sends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import uuid4

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person, Reminder, utc

PLANNED, SENDING, SENT, FAILED, CANCELLED = "planned", "sending", "sent", "failed", "cancelled"


@dataclass(frozen=True)
class ReminderRecord:
    id: str
    person_id: int
    due_at: datetime
    time_zone: str
    status: str
    attempts: int


@dataclass(frozen=True)
class Claimed:
    """A reminder this process now owns, with what is needed to write to its person."""

    reminder: ReminderRecord
    key_hash: bytes
    data_key_wrapped: bytes
    chat_id_sealed: bytes
    language: str


def _record(row: Reminder) -> ReminderRecord:
    return ReminderRecord(
        row.id, row.person_id, utc(row.due_at), row.time_zone, row.status, row.attempts
    )


class Reminders:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, person_id: int, due_at: datetime, time_zone: str) -> ReminderRecord:
        row = Reminder(
            id=uuid4().hex, person_id=person_id, due_at=due_at, time_zone=time_zone,
            status=PLANNED, attempts=0,
        )  # fmt: skip
        self.session.add(row)
        await self.session.flush()
        return _record(row)

    async def get(self, reminder_id: str) -> ReminderRecord | None:
        row = await self.session.get(Reminder, reminder_id)
        return _record(row) if row else None

    async def by_status(self) -> dict[str, int]:
        """How many reminders are in each status (for /metrics)."""
        rows = await self.session.execute(
            select(Reminder.status, func.count()).group_by(Reminder.status)
        )
        return {status: count for status, count in rows}

    async def planned(self, person_id: int | None = None) -> list[ReminderRecord]:
        query = select(Reminder).where(Reminder.status == PLANNED).order_by(Reminder.due_at)
        if person_id is not None:
            query = query.where(Reminder.person_id == person_id)
        return [_record(row) for row in await self.session.scalars(query)]

    async def cancel_planned(self, person_id: int) -> list[str]:
        ids = [r.id for r in await self.planned(person_id)]
        await self.session.execute(
            update(Reminder)
            .where(Reminder.person_id == person_id, Reminder.status == PLANNED)
            .values(status=CANCELLED)
        )
        return ids

    async def claim(self, reminder_id: str) -> Claimed | None:
        """Move planned → sending; only the one caller whose UPDATE matched may send."""
        result = await self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.status == PLANNED)
            .values(status=SENDING, attempts=Reminder.attempts + 1)
        )
        if result.rowcount != 1:
            return None
        row = await self.session.get(Reminder, reminder_id, populate_existing=True)
        person = await self.session.get(Person, row.person_id)
        return Claimed(
            _record(row), person.key_hash, person.data_key_wrapped, person.chat_id_sealed,
            person.language,
        )  # fmt: skip

    async def finish(self, reminder_id: str, status: str, at: datetime | None = None) -> None:
        values: dict[str, object] = {"status": status}
        if status == SENT:
            values["sent_at"] = at
        await self.session.execute(
            update(Reminder).where(Reminder.id == reminder_id).values(**values)
        )

    async def retry_at(self, reminder_id: str, due_at: datetime) -> None:
        await self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.status == SENDING)
            .values(status=PLANNED, due_at=due_at)
        )

    async def fail_interrupted(self) -> list[str]:
        """Claimed by a process that died mid-send: maybe sent, maybe not. Never send twice,
        so they become failed, visibly, rather than planned again."""
        ids = list(
            await self.session.scalars(select(Reminder.id).where(Reminder.status == SENDING))
        )
        await self.session.execute(
            update(Reminder).where(Reminder.status == SENDING).values(status=FAILED)
        )
        return ids
