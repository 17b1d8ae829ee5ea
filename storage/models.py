"""Tables. Nothing a person typed is stored in clear: only `sealed` columns hold it, encrypted."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def now() -> datetime:
    return datetime.now(UTC)


def utc(moment: datetime) -> datetime:
    """SQLite gives datetimes back without their zone; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class VaultSecret(Base):
    """Secrets wrapped by the master key, such as the key that pseudonymises Telegram ids."""

    __tablename__ = "vault_secrets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    master_id: Mapped[str] = mapped_column(String(16))


class Person(Base):
    """Someone who wrote to the bot. What the bot knows of them and of their conversation is in
    one sealed state (bot/usecases/people.py); in clear, only what finds them, opens their data
    and erases it on time."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # Keyed hash of the Telegram user id: finds the person without storing the id.
    key_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    # The person's data key, wrapped by the master key named by master_id. Deleting the row
    # destroys the key: whatever copy of their ciphertexts survives can no longer be opened.
    data_key_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    master_id: Mapped[str] = mapped_column(String(16), index=True)
    chat_id_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    state_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    # Days, not times: when they last wrote, and when their data goes if they do not come back
    # (None: they chose to keep it until they delete it).
    active_on: Mapped[date | None] = mapped_column(Date, default=None)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    # The day they were told their data would expire; cleared when they write again.
    expiry_warned_on: Mapped[date | None] = mapped_column(Date, default=None)


class Entry(Base):
    """Something the person typed: a description, a link, a date, an account, a note. Its label
    and the time it was written are sealed with it; `position` orders a person's entries."""

    __tablename__ = "entries"
    __table_args__ = (Index("ix_entries_person_position", "person_id", "position"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class Reminder(Base):
    """A check-in the person asked for: the only truth about it (bot/reminders/loop.py).

    status: planned → sending (claimed, exactly one sender) → sent | failed; or cancelled.
    """

    __tablename__ = "reminders"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    status: Mapped[str] = mapped_column(String(12), default="planned", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ChatMessage(Base):
    """A message in a person's chat with the bot (theirs or ours), for the quick exit to delete.

    Ids and hours only: `sent_hour` is the hour after it was sent, so a message a little over 48
    hours old may be asked for (Telegram skips it), never one under 48 hours missed. Older rows
    are dropped as new ones come.
    """

    __tablename__ = "chat_messages"
    __table_args__ = (Index("ix_chat_messages_person_hour", "person_id", "sent_hour"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(BigInteger)
    sent_hour: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Timestamp(Base):
    """One time-stamp authority's token for the person's latest dossier: sealed with what it
    stamps (the authority, the record's digest, the token, its time). `pending` stays in clear
    because the reminder loop looks for it: the authority is to be asked again."""

    __tablename__ = "timestamps"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    pending: Mapped[bool] = mapped_column(Boolean, index=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class HandOff(Base):
    """A person's conversation with an association's counsellors: one forum topic per person,
    reopened when they ask again (bot/usecases/handoff.py). In clear: the topic (counsellors'
    messages in it are routed to the person by it), where the conversation stands, when it was
    asked for, and when the counsellors are to be reminded that nobody answered yet."""

    __tablename__ = "handoffs"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    status: Mapped[str] = mapped_column(String(8))  # waiting → answered → closed
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ping_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class Relay(Base):
    """A message passed between a person and the counsellors: its id in the topic and in the
    person's chat, so an edit or an undo follows and /exit or /delete removes it. Never the
    text: Telegram holds it in the two chats, the bot keeps nothing of it."""

    __tablename__ = "relays"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    topic_message_id: Mapped[int] = mapped_column(BigInteger, index=True)
    chat_message_id: Mapped[int] = mapped_column(BigInteger)
    from_person: Mapped[bool] = mapped_column(Boolean)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class HandledUpdate(Base):
    """The updates already handled, written in their own transaction: one Telegram sends again,
    or long polling fetches again after a restart, is skipped. Kept 48 hours."""

    __tablename__ = "handled_updates"

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    handled_hour: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class FlowVersion(Base):
    """Every version of a flow the bot has served: a conversation stays on the one it began."""

    __tablename__ = "flow_versions"

    flow_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[str] = mapped_column(String(16), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class StatCount(Base):
    """Anonymous statistics: how many times something happened, per day and dimensions.

    No person, no chat, no text, no time of day: ids from the flows and the directory only.
    "" stands for "none" (a primary key cannot hold NULL on every database).
    """

    __tablename__ = "stat_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    flow_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    flow_version: Mapped[str] = mapped_column(String(16), primary_key=True)
    event: Mapped[str] = mapped_column(String(24), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    detail: Mapped[str] = mapped_column(String(32), primary_key=True)  # a choice or service id
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class DashboardUser(Base):
    """Someone from a support association who may read the statistics (role viewer or admin)."""

    __tablename__ = "dashboard_users"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # Argon2id, with its parameters
    role: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class DashboardSession(Base):
    """A signed-in browser. Only a hash of the cookie's token is stored, so a copy of the
    database does not let anyone sign in."""

    __tablename__ = "dashboard_sessions"

    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    user_name: Mapped[str] = mapped_column(
        ForeignKey("dashboard_users.name", ondelete="CASCADE"), index=True
    )
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
