"""Reminders repository: the only truth about reminders. `claim_next` is the exactly-once guard:
one UPDATE decides which process sends a reminder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import uuid4

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person, Reminder, utc

PLANNED, SENDING, SENT, FAILED, CANCELLED = "planned", "sending", "sent", "failed", "cancelled"
# PostgreSQL tells the sending process, at commit, that a reminder was planned somewhere.
PLANNED_CHANNEL = "abri_reminders"


@dataclass(frozen=True)
class ReminderRecord:
    id: str
    person_id: int
    due_at: datetime
    status: str
    attempts: int


@dataclass(frozen=True)
class Claimed:
    """A reminder this process now owns, with what is needed to write to its person (their
    chat id and language are in their sealed columns)."""

    reminder: ReminderRecord
    key_hash: bytes
    data_key_wrapped: bytes
    chat_id_sealed: bytes
    state_sealed: bytes


def _record(row: Reminder) -> ReminderRecord:
    return ReminderRecord(row.id, row.person_id, utc(row.due_at), row.status, row.attempts)


class Reminders:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    async def add(self, person_id: int, due_at: datetime) -> ReminderRecord:
        row = Reminder(
            id=uuid4().hex, person_id=person_id, due_at=due_at, status=PLANNED, attempts=0
        )
        self.session.add(row)
        await self.session.flush()
        if self._postgres:  # delivered at commit, to the process that sends (bot/reminders)
            await self.session.execute(text(f"NOTIFY {PLANNED_CHANNEL}"))
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

    async def next_due(self) -> datetime | None:
        """When the earliest planned reminder falls due."""
        due = await self.session.scalar(
            select(func.min(Reminder.due_at)).where(Reminder.status == PLANNED)
        )
        return utc(due) if due is not None else None

    async def cancel_planned(self, person_id: int) -> int:
        result = await self.session.execute(
            update(Reminder)
            .where(Reminder.person_id == person_id, Reminder.status == PLANNED)
            .values(status=CANCELLED)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def claim_next(self, now: datetime) -> Claimed | None:
        """Moves the earliest due reminder from planned to sending, in one UPDATE; only the
        caller whose UPDATE matched may send it. On PostgreSQL, rows another process is
        claiming at the same moment are skipped rather than waited for."""
        earliest = (
            select(Reminder.id)
            .where(Reminder.status == PLANNED, Reminder.due_at <= now)
            .order_by(Reminder.due_at)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        claimed = await self.session.scalar(
            update(Reminder)
            .where(Reminder.id == earliest, Reminder.status == PLANNED)
            .values(status=SENDING, attempts=Reminder.attempts + 1)
            .returning(Reminder.id)
            .execution_options(synchronize_session=False)
        )
        if claimed is None:
            return None
        row = (
            await self.session.execute(
                select(Reminder, Person).join(Person).where(Reminder.id == claimed)
            )
        ).one()
        reminder, person = row
        return Claimed(
            _record(reminder), person.key_hash, person.data_key_wrapped, person.chat_id_sealed,
            person.state_sealed,
        )  # fmt: skip

    async def finish(self, reminder_id: str, status: str) -> None:
        await self.session.execute(
            update(Reminder).where(Reminder.id == reminder_id).values(status=status)
        )

    async def retry_at(self, reminder_id: str, due_at: datetime) -> None:
        await self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.status == SENDING)
            .values(status=PLANNED, due_at=due_at)
        )

    async def fail_interrupted(self) -> int:
        """Claimed by a process that died mid-send: maybe sent, maybe not. Never send twice,
        so they become failed, visibly, rather than planned again."""
        result = await self.session.execute(
            update(Reminder).where(Reminder.status == SENDING).values(status=FAILED)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
