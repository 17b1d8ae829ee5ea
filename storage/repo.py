"""Repositories: add, query, flush. The use case that calls them commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChatMessage, Conversation, Entry, FlowVersion, Person, Reminder, now, utc


@dataclass(frozen=True)
class PersonRecord:
    id: int
    key_hash: bytes
    data_key_wrapped: bytes
    language: str
    language_chosen: bool
    awaiting: str | None
    pending_sealed: bytes | None
    time_zone: str | None = None


@dataclass(frozen=True)
class ConversationRecord:
    flow_id: str
    flow_version: str
    step_id: str
    history: tuple[str, ...]
    answers: dict[str, str]
    updated_at: datetime | None = None  # when the person last moved


@dataclass(frozen=True)
class EntryRecord:
    id: str
    field: str
    sealed: bytes
    created_at: datetime


def _person(row: Person) -> PersonRecord:
    return PersonRecord(
        row.id,
        row.key_hash,
        row.data_key_wrapped,
        row.language,
        bool(row.language_chosen),
        row.awaiting,
        row.pending_sealed,
        row.time_zone,
    )


class People:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(self, key_hash: bytes) -> PersonRecord | None:
        row = await self.session.scalar(select(Person).where(Person.key_hash == key_hash))
        return _person(row) if row else None

    async def add(
        self, key_hash: bytes, wrapped: bytes, master_id: str, chat_id_sealed: bytes, language: str
    ) -> PersonRecord:
        row = Person(
            key_hash=key_hash,
            data_key_wrapped=wrapped,
            master_id=master_id,
            chat_id_sealed=chat_id_sealed,
            language=language,
        )
        self.session.add(row)
        await self.session.flush()
        return _person(row)

    async def set_awaiting(self, person_id: int, awaiting: str | None) -> None:
        await self.session.execute(
            update(Person).where(Person.id == person_id).values(awaiting=awaiting)
        )

    async def set_language(self, person_id: int, language: str, chosen: bool) -> None:
        values = (
            {"language": language, "language_chosen": True} if chosen else {"language": language}
        )
        await self.session.execute(update(Person).where(Person.id == person_id).values(**values))

    async def set_time_zone(self, person_id: int, time_zone: str) -> None:
        await self.session.execute(
            update(Person).where(Person.id == person_id).values(time_zone=time_zone)
        )

    async def hold(self, person_id: int, sealed: bytes | None) -> None:
        await self.session.execute(
            update(Person).where(Person.id == person_id).values(pending_sealed=sealed)
        )

    async def delete(self, person_id: int) -> None:
        # Children first: SQLite only cascades when foreign keys are switched on.
        for table in (Entry, Conversation, Reminder, ChatMessage):
            await self.session.execute(delete(table).where(table.person_id == person_id))
        await self.session.execute(delete(Person).where(Person.id == person_id))

    async def erase_traces(self) -> None:
        """After a committed delete: on SQLite, fold the write-ahead log into the database
        (secure_delete has zeroed the freed pages) so no copy of deleted rows stays behind."""
        if self.session.get_bind().dialect.name == "sqlite":
            await self.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            await self.session.commit()


class Conversations:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, person_id: int) -> ConversationRecord | None:
        row = await self.session.get(Conversation, person_id)
        if row is None:
            return None
        return ConversationRecord(
            row.flow_id,
            row.flow_version,
            row.step_id,
            tuple(row.history),
            dict(row.answers),
            utc(row.updated_at),
        )

    async def save(self, person_id: int, record: ConversationRecord) -> None:
        values = {
            "flow_id": record.flow_id,
            "flow_version": record.flow_version,
            "step_id": record.step_id,
            "history": list(record.history),
            "answers": dict(record.answers),
            "updated_at": now(),
        }
        row = await self.session.get(Conversation, person_id)
        if row is None:
            self.session.add(Conversation(person_id=person_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)
        await self.session.flush()

    async def clear(self, person_id: int) -> None:
        await self.session.execute(delete(Conversation).where(Conversation.person_id == person_id))


class Entries:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, entry_id: str, person_id: int, field: str, sealed: bytes) -> None:
        self.session.add(Entry(id=entry_id, person_id=person_id, field=field, sealed=sealed))
        await self.session.flush()

    async def newest_first(self, person_id: int) -> list[EntryRecord]:
        rows = await self.session.scalars(
            select(Entry)
            .where(Entry.person_id == person_id)
            .order_by(Entry.created_at.desc(), Entry.id)
        )
        return [EntryRecord(r.id, r.field, r.sealed, r.created_at) for r in rows]

    async def count(self, person_id: int) -> int:
        total = await self.session.scalar(
            select(func.count()).select_from(Entry).where(Entry.person_id == person_id)
        )
        return int(total or 0)


class ChatMessages:
    """Which messages of a person's chat the bot may still delete (the quick exit)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def remember(
        self, person_id: int, message_ids: list[int], at: datetime, keep_since: datetime
    ) -> None:
        """Adds these ids and drops the ones sent before `keep_since` (too old to delete)."""
        rows = [{"person_id": person_id, "message_id": m, "sent_at": at} for m in message_ids]
        await self.session.execute(insert(ChatMessage), rows)  # Core: no objects to track
        await self.session.execute(
            delete(ChatMessage).where(
                ChatMessage.person_id == person_id, ChatMessage.sent_at < keep_since
            )
        )

    async def since(self, person_id: int, moment: datetime) -> list[int]:
        ids = await self.session.scalars(
            select(ChatMessage.message_id)
            .where(ChatMessage.person_id == person_id, ChatMessage.sent_at >= moment)
            .order_by(ChatMessage.message_id)
        )
        return list(dict.fromkeys(ids))

    async def forget(self, person_id: int) -> None:
        await self.session.execute(delete(ChatMessage).where(ChatMessage.person_id == person_id))


class FlowVersions:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def keep(self, flow_id: str, version: str, source: str) -> None:
        if await self.session.get(FlowVersion, (flow_id, version)) is None:
            self.session.add(FlowVersion(flow_id=flow_id, version=version, source=source))
            await self.session.flush()

    async def source(self, flow_id: str, version: str) -> str | None:
        row = await self.session.get(FlowVersion, (flow_id, version))
        return row.source if row else None
