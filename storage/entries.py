"""What a person typed, sealed one entry per row, in the order they wrote it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Entry

SEALED = "entry"  # the field binding each entry's ciphertext: its label and time are inside


@dataclass(frozen=True)
class EntryRow:
    id: str
    position: int
    sealed: bytes


class Entries:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, entry_id: str, person_id: int, position: int, sealed: bytes) -> None:
        self.session.add(Entry(id=entry_id, person_id=person_id, position=position, sealed=sealed))

    async def page(self, person_id: int, offset: int, limit: int) -> list[EntryRow]:
        """Newest first: only the entries of one page are read and opened."""
        rows = await self.session.execute(
            select(Entry.id, Entry.position, Entry.sealed)
            .where(Entry.person_id == person_id)
            .order_by(Entry.position.desc())
            .offset(offset)
            .limit(limit)
        )
        return [EntryRow(*row) for row in rows]

    async def all(self, person_id: int) -> list[EntryRow]:
        """Oldest first: a timeline (the dossier)."""
        rows = await self.session.execute(
            select(Entry.id, Entry.position, Entry.sealed)
            .where(Entry.person_id == person_id)
            .order_by(Entry.position)
        )
        return [EntryRow(*row) for row in rows]

    async def count(self, person_id: int) -> int:
        total = await self.session.scalar(
            select(func.count()).select_from(Entry).where(Entry.person_id == person_id)
        )
        return int(total or 0)
