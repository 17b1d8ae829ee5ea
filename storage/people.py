"""People: found by a keyed hash of their Telegram id; everything else about them sealed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChatMessage, Entry, HandOff, Person, Relay, Reminder

CHECKPOINT_TRIES, CHECKPOINT_PAUSE = 40, 0.05

# What binds each sealed column of a person to its place (storage/vault.py, associated data).
CHAT_ID = {"record": "person", "field": "chat_id"}
STATE = {"record": "person", "field": "state"}


@dataclass(frozen=True)
class PersonRow:
    id: int
    key_hash: bytes
    data_key_wrapped: bytes
    chat_id_sealed: bytes
    state_sealed: bytes
    active_on: date | None


@dataclass(frozen=True)
class Expiring:
    """Someone to warn that their data expires: enough to open their chat id and language."""

    id: int
    key_hash: bytes
    data_key_wrapped: bytes
    chat_id_sealed: bytes
    state_sealed: bytes
    expires_on: date


# What opens a person's sealed data and writes to them: their row, their keyed hash, their
# wrapped data key, their chat id and state (both sealed).
OPENING = (
    Person.id,
    Person.key_hash,
    Person.data_key_wrapped,
    Person.chat_id_sealed,
    Person.state_sealed,
)


class People:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, key_hash: bytes) -> PersonRow | None:
        """The person who wrote, by the keyed hash of their Telegram id."""
        return await self._one(Person.key_hash == key_hash)

    async def get(self, person_id: int) -> PersonRow | None:
        """The person of a counsellors' topic, by their row."""
        return await self._one(Person.id == person_id)

    async def _one(self, where: ColumnElement[bool]) -> PersonRow | None:
        row = (await self.session.execute(select(*OPENING, Person.active_on).where(where))).first()
        return PersonRow(*row) if row else None

    async def add(
        self,
        key_hash: bytes,
        wrapped: bytes,
        master_id: str,
        chat_id_sealed: bytes,
        state_sealed: bytes,
        expires_on: date | None,
        today: date,
    ) -> int:
        row = Person(
            key_hash=key_hash,
            data_key_wrapped=wrapped,
            master_id=master_id,
            chat_id_sealed=chat_id_sealed,
            state_sealed=state_sealed,
            active_on=today,
            expires_on=expires_on,
        )
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def save(
        self, person_id: int, state_sealed: bytes, expires_on: date | None, today: date
    ) -> None:
        await self.session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(
                state_sealed=state_sealed,
                active_on=today,
                expires_on=expires_on,
                expiry_warned_on=None,  # a new period without news begins
            )
        )

    async def to_warn(self, expiring_by: date, limit: int) -> list[Expiring]:
        """People whose data expires by that day and who have not been told yet."""
        rows = await self.session.execute(
            select(*OPENING, Person.expires_on)
            .where(Person.expires_on <= expiring_by, Person.expiry_warned_on.is_(None))
            .order_by(Person.expires_on)
            .limit(limit)
        )
        return [Expiring(*row[:5], row[5]) for row in rows if row[5] is not None]

    async def warned(self, person_id: int, today: date) -> None:
        await self.session.execute(
            update(Person).where(Person.id == person_id).values(expiry_warned_on=today)
        )

    async def expired(self, today: date, limit: int) -> list[int]:
        """People whose chosen time without news has run out (retention)."""
        return list(
            await self.session.scalars(
                select(Person.id).where(Person.expires_on < today).limit(limit)
            )
        )

    async def delete(self, person_id: int) -> None:
        # Children first: SQLite only cascades when foreign keys are switched on.
        for table in (Entry, Reminder, ChatMessage, Relay, HandOff):
            await self.session.execute(delete(table).where(table.person_id == person_id))
        await self.session.execute(delete(Person).where(Person.id == person_id))

    async def erase_traces(self) -> bool:
        """After a committed delete: on SQLite, fold the write-ahead log into the database and
        empty it (secure_delete has zeroed the freed pages), so no copy of the deleted rows
        stays behind. A reader elsewhere (the dashboard, a backup) holds the log: the
        checkpoint is tried again, without blocking the loop, for about two seconds. False
        when the log could not be emptied (the next /delete or a restart empties it)."""
        if self.session.get_bind().dialect.name != "sqlite":
            return True
        busy_ms = int(await self.session.scalar(text("PRAGMA busy_timeout")) or 0)
        for _ in range(CHECKPOINT_TRIES):
            # No busy wait inside SQLite: it would hold the event loop (storage/sqlite_on_loop.py).
            await self.session.execute(text("PRAGMA busy_timeout=0"))
            busy, _log, _done = (
                await self.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            ).one()
            await self.session.execute(text(f"PRAGMA busy_timeout={busy_ms}"))
            await self.session.commit()
            if not busy:
                return True
            await asyncio.sleep(CHECKPOINT_PAUSE)
        return False
