"""Tables. Nothing a person typed is stored in clear: only `sealed` columns hold it, encrypted."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
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
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # Keyed hash of the Telegram user id: finds the person without storing the id.
    key_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    # The person's data key, wrapped by the master key named by master_id. Deleting the row
    # destroys the key: whatever copy of their ciphertexts survives can no longer be opened.
    data_key_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    master_id: Mapped[str] = mapped_column(String(16), index=True)
    chat_id_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    language: Mapped[str] = mapped_column(String(8))  # the last one used, for messages sent unasked
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)  # set with /language
    time_zone: Mapped[str | None] = mapped_column(String(40), default=None)  # chosen in /reminders
    awaiting: Mapped[str | None] = mapped_column(String(16), default=None)
    # Text typed outside a question, held (sealed) until the person says whether to keep it.
    pending_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Conversation(Base):
    """Where a person is in a flow: ids and choices only, never typed text."""

    __tablename__ = "conversations"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    flow_id: Mapped[str] = mapped_column(String(32))
    flow_version: Mapped[str] = mapped_column(String(16))
    step_id: Mapped[str] = mapped_column(String(32))
    history: Mapped[list[str]] = mapped_column(JSON)
    answers: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Entry(Base):
    """Something the person typed: a description, a link, a date, an account, a note."""

    __tablename__ = "entries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Reminder(Base):
    """A check-in the person asked for. The authoritative state; scheduler jobs only carry the id.

    status: planned → sending (claimed, exactly one sender) → sent | failed; or cancelled.
    """

    __tablename__ = "reminders"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    time_zone: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="planned", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class ChatMessage(Base):
    """A message in a person's chat with the bot (theirs or ours), for the quick exit to delete.

    Ids and times only. Telegram lets a bot delete messages for 48 hours, so older rows are
    dropped as new ones come.
    """

    __tablename__ = "chat_messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int] = mapped_column(BigInteger)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


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
