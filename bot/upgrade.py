"""Sealing what earlier versions kept in clear, once, at start (between migrations 0008 and
0009): each person's language, choices and conversation (answers included) become one sealed
state; each note is sealed again with its label and time inside; message times become hours.
Only the bot can do it: it needs the master key. Each person is one transaction, so a start
cut short carries on where it stopped."""

from __future__ import annotations

from datetime import UTC, date, datetime

import structlog
from sqlalchemy import JSON, Boolean, DateTime, LargeBinary, String, column, select, table, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.usecases.people import Conversation, PersonState
from storage.chat_messages import hour_after
from storage.entries import SEALED
from storage.people import STATE
from storage.vault import Cipher, SealError, Vault

log = structlog.get_logger(__name__)
BATCH = 100
_people = table(
    "people",
    column("id"),
    column("key_hash", LargeBinary),
    column("data_key_wrapped", LargeBinary),
    column("language", String),
    column("language_chosen", Boolean),
    column("time_zone", String),
    column("awaiting", String),
    column("pending_sealed", LargeBinary),
    column("state_sealed", LargeBinary),
    column("active_on"),
    column("expires_on"),
)
_conversations = table(
    "conversations",
    column("person_id"),
    column("flow_id", String),
    column("flow_version", String),
    column("step_id", String),
    column("history", JSON),
    column("answers", JSON),
    column("updated_at", DateTime(timezone=True)),
)
_entries = table(
    "entries",
    column("id", String),
    column("person_id"),
    column("field", String),
    column("sealed", LargeBinary),
    column("created_at", DateTime(timezone=True)),
    column("position"),
)
_messages = table(
    "chat_messages",
    column("id"),
    column("sent_at", DateTime(timezone=True)),
    column("sent_hour", DateTime(timezone=True)),
)


async def seal_what_was_clear(
    sessions: async_sessionmaker[AsyncSession], vault: Vault, today: date
) -> int:
    """Returns how many people were sealed."""
    done = 0
    while True:
        async with sessions() as session:
            ids = list(
                await session.scalars(
                    select(_people.c.id).where(_people.c.state_sealed.is_(None)).limit(BATCH)
                )
            )
        if not ids:
            break
        for person_id in ids:
            async with sessions() as session:
                await _seal_person(session, vault, person_id, today)
                await session.commit()
        done += len(ids)
    async with sessions() as session:
        await _coarse_message_times(session)
        await session.commit()
    if done:
        log.info("people_sealed", count=done)
    return done


async def _seal_person(session: AsyncSession, vault: Vault, person_id: int, today: date) -> None:
    row = (await session.execute(select(_people).where(_people.c.id == person_id))).one()
    cipher = vault.cipher(row.key_hash, row.data_key_wrapped)
    held = None
    if row.pending_sealed is not None:
        try:
            held = cipher.open(row.pending_sealed, record="pending", field="note")
        except SealError:
            held = None
    position = await _reseal_entries(session, cipher, person_id)
    state = PersonState(
        row.language or "fr",
        bool(row.language_chosen),
        row.time_zone,
        row.awaiting,
        held,
        await _conversation(session, person_id),
        next_position=position,
    )
    await session.execute(
        update(_people)
        .where(_people.c.id == person_id)
        .values(
            state_sealed=cipher.seal_json(state.to_json(), **STATE),
            active_on=today,
            expires_on=state.expires_on(today),
        )
    )  # the old columns go with migration 0009, right after
    await session.execute(_conversations.delete().where(_conversations.c.person_id == person_id))


async def _conversation(session: AsyncSession, person_id: int) -> Conversation | None:
    row = (
        await session.execute(select(_conversations).where(_conversations.c.person_id == person_id))
    ).first()
    if row is None:
        return None
    answers = dict(row.answers)
    marks = {key: answers.pop(key, "") for key in ("_reached", "_answered", "platforms")}
    updated = row.updated_at
    return Conversation(
        row.flow_id,
        row.flow_version,
        row.step_id,
        tuple(row.history),
        answers,
        frozenset(filter(None, marks["_reached"].split(","))),
        frozenset(filter(None, marks["_answered"].split(","))),
        tuple(filter(None, marks["platforms"].split(","))),
        updated if updated is None or updated.tzinfo else updated.replace(tzinfo=UTC),
    )


async def _reseal_entries(session: AsyncSession, cipher: Cipher, person_id: int) -> int:
    """Each note sealed again with its label and time inside; the order kept. Returns how many."""
    rows = (
        await session.execute(
            select(_entries)
            .where(_entries.c.person_id == person_id)
            .order_by(_entries.c.created_at, _entries.c.id)
        )
    ).all()
    for position, row in enumerate(rows):
        try:
            text: str | None = cipher.open(row.sealed, record=row.id, field=row.field)
        except SealError:
            text = None  # left unreadable, as it was: shown as "could not be read"
        sealed = row.sealed
        if text is not None:
            at = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
            value = {"field": row.field, "text": text, "at": at.isoformat()}
            sealed = cipher.seal_json(value, record=row.id, field=SEALED)
        await session.execute(
            update(_entries).where(_entries.c.id == row.id).values(sealed=sealed, position=position)
        )
    return len(rows)


async def _coarse_message_times(session: AsyncSession) -> None:
    rows = (
        await session.execute(
            select(_messages.c.id, _messages.c.sent_at).where(_messages.c.sent_hour.is_(None))
        )
    ).all()
    for message_id, sent_at in rows:
        moment: datetime = sent_at if sent_at.tzinfo else sent_at.replace(tzinfo=UTC)
        await session.execute(
            update(_messages)
            .where(_messages.c.id == message_id)
            .values(sent_hour=hour_after(moment))
        )
