"""Conversations with the counsellors (one row per person, its forum topic) and the ids of the
messages relayed between the two chats (bot/usecases/handoff.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import HandOff, Person, Relay, utc

WAITING, ANSWERED, CLOSED = "waiting", "answered", "closed"


@dataclass(frozen=True)
class HandOffRow:
    person_id: int
    topic_id: int
    status: str
    opened_at: datetime

    @property
    def open(self) -> bool:
        return self.status != CLOSED


@dataclass(frozen=True)
class RelayRow:
    topic_message_id: int
    chat_message_id: int
    from_person: bool
    sent_at: datetime


@dataclass(frozen=True)
class Waited:
    """A conversation nobody answered in time: its topic, and what opens the person's chat."""

    topic_id: int
    person_id: int
    key_hash: bytes
    data_key_wrapped: bytes
    chat_id_sealed: bytes
    state_sealed: bytes


def _row(row: HandOff) -> HandOffRow:
    return HandOffRow(row.person_id, row.topic_id, row.status, utc(row.opened_at))


class HandOffs:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of(self, person_id: int) -> HandOffRow | None:
        row = await self.session.get(HandOff, person_id)
        return _row(row) if row else None

    async def in_topic(self, topic_id: int) -> HandOffRow | None:
        row = await self.session.scalar(select(HandOff).where(HandOff.topic_id == topic_id))
        return _row(row) if row else None

    async def open(self, person_id: int, topic_id: int, at: datetime, ping_at: datetime) -> None:
        """A new conversation, in a new topic or in the person's earlier one reopened."""
        row = await self.session.get(HandOff, person_id)
        if row is None:
            row = HandOff(person_id=person_id)
            self.session.add(row)
        row.topic_id, row.status, row.opened_at, row.ping_due_at = topic_id, WAITING, at, ping_at
        await self.session.flush()

    async def answered(self, person_id: int) -> None:
        await self._set(person_id, status=ANSWERED, ping_due_at=None)

    async def close(self, person_id: int) -> None:
        await self._set(person_id, status=CLOSED, ping_due_at=None)

    async def _set(self, person_id: int, **values: object) -> None:
        await self.session.execute(
            update(HandOff).where(HandOff.person_id == person_id).values(**values)
        )

    async def next_ping(self) -> datetime | None:
        due = await self.session.scalar(
            select(HandOff.ping_due_at)
            .where(HandOff.ping_due_at.is_not(None))
            .order_by(HandOff.ping_due_at)
            .limit(1)
        )
        return utc(due) if due else None

    async def claim_waited(self, now: datetime) -> Waited | None:
        """The next conversation whose wait ran out, its ping cleared in the same transaction
        (once, even if two processes look at the same moment)."""
        found = (
            await self.session.execute(
                select(
                    HandOff.topic_id,
                    Person.id,
                    Person.key_hash,
                    Person.data_key_wrapped,
                    Person.chat_id_sealed,
                    Person.state_sealed,
                )
                .join(Person, Person.id == HandOff.person_id)
                .where(HandOff.ping_due_at <= now, HandOff.status == WAITING)
                .order_by(HandOff.ping_due_at)
                .limit(1)
            )
        ).first()
        if found is None:
            return None
        cleared = await self.session.execute(
            update(HandOff)
            .where(HandOff.person_id == found[1], HandOff.ping_due_at.is_not(None))
            .values(ping_due_at=None)
        )
        return Waited(*found) if cleared.rowcount else None  # type: ignore[attr-defined]

    # ---- the messages relayed ---------------------------------------------------------------

    async def relayed(
        self, person_id: int, topic_message_id: int, chat_message_id: int, from_person: bool,
        at: datetime,
    ) -> None:  # fmt: skip
        self.session.add(
            Relay(
                person_id=person_id,
                topic_message_id=topic_message_id,
                chat_message_id=chat_message_id,
                from_person=from_person,
                sent_at=at,
            )
        )

    async def relay_of(self, person_id: int, topic_message_id: int) -> RelayRow | None:
        row = await self.session.scalar(
            select(Relay).where(
                Relay.person_id == person_id, Relay.topic_message_id == topic_message_id
            )
        )
        if row is None:
            return None
        return RelayRow(
            row.topic_message_id, row.chat_message_id, row.from_person, utc(row.sent_at)
        )

    async def relays(self, person_id: int) -> list[RelayRow]:
        rows = await self.session.scalars(select(Relay).where(Relay.person_id == person_id))
        return [
            RelayRow(r.topic_message_id, r.chat_message_id, r.from_person, utc(r.sent_at))
            for r in rows
        ]

    async def forget_relays(self, person_id: int) -> None:
        await self.session.execute(delete(Relay).where(Relay.person_id == person_id))
