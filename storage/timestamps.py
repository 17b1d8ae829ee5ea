"""Trusted timestamps of a person's dossier: one sealed row per authority, `pending` in clear so
the reminder loop finds what to ask again (bot/usecases/timestamps.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person, Timestamp

SEALED = "timestamp"  # the field binding each row's ciphertext


@dataclass(frozen=True)
class TimestampRow:
    id: str
    pending: bool
    sealed: bytes


@dataclass(frozen=True)
class Waiting:
    """A person with a timestamp pending: enough to open their notes and rows again."""

    person_id: int
    key_hash: bytes
    data_key_wrapped: bytes


class Timestamps:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of(self, person_id: int) -> list[TimestampRow]:
        rows = await self.session.execute(
            select(Timestamp.id, Timestamp.pending, Timestamp.sealed).where(
                Timestamp.person_id == person_id
            )
        )
        return [TimestampRow(*row) for row in rows]

    async def put(self, row_id: str, person_id: int, pending: bool, sealed: bytes) -> None:
        """Adds the row, or replaces what an existing one holds."""
        row = await self.session.get(Timestamp, row_id)
        if row is None:
            self.session.add(
                Timestamp(id=row_id, person_id=person_id, pending=pending, sealed=sealed)
            )
        else:  # the row just read: written with the commit
            row.pending, row.sealed = pending, sealed

    async def waiting(self, after: int, limit: int) -> list[Waiting]:
        """People with a timestamp pending, by id, after the one given (a batch at a time)."""
        rows = await self.session.execute(
            select(Person.id, Person.key_hash, Person.data_key_wrapped)
            .where(Person.id > after)
            .where(Person.id.in_(select(Timestamp.person_id).where(Timestamp.pending)))
            .order_by(Person.id)
            .limit(limit)
        )
        return [Waiting(*row) for row in rows]
