"""Which messages of a person's chat the bot may still delete (the quick exit): ids and hours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChatMessage


def hour_after(moment: datetime) -> datetime:
    """The hour after `moment`: what is stored, coarse, and never before the message was sent."""
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


class ChatMessages:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def remember(self, sent: Iterable[tuple[int, int, datetime]]) -> None:
        """Adds (person id, message id, when) rows, in one statement."""
        rows = [
            {"person_id": person, "message_id": message, "sent_hour": hour_after(moment)}
            for person, message, moment in sent
        ]
        if rows:
            await self.session.execute(insert(ChatMessage), rows)  # Core: no objects to track

    async def since(self, person_id: int, moment: datetime) -> list[int]:
        ids = await self.session.scalars(
            select(ChatMessage.message_id)
            .where(ChatMessage.person_id == person_id, ChatMessage.sent_hour >= moment)
            .order_by(ChatMessage.message_id)
        )
        return list(dict.fromkeys(ids))

    async def forget(self, person_id: int) -> None:
        await self.session.execute(delete(ChatMessage).where(ChatMessage.person_id == person_id))

    async def drop_before(self, moment: datetime) -> None:
        """Too old for Telegram to delete: nothing to keep them for."""
        await self.session.execute(delete(ChatMessage).where(ChatMessage.sent_hour < moment))


Sent = tuple[int, int, datetime]  # person id, message id, when


class PendingMessages:
    """Ids of the messages a reply just sent, waiting to ride in the next transaction this
    process commits (any person's): a reply costs no commit of its own. A process that dies
    first loses them, and a later quick exit cannot delete those messages; so the runtime also
    writes them within a second when no transaction comes (bot/runtime.py)."""

    def __init__(self) -> None:
        self._waiting: list[Sent] = []

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def add(self, person_id: int, message_ids: Iterable[int], moment: datetime) -> None:
        self._waiting += [(person_id, message_id, moment) for message_id in message_ids]

    def of(self, person_id: int) -> list[int]:
        return [message for person, message, _ in self._waiting if person == person_id]

    def forget(self, person_id: int) -> None:
        self._waiting = [sent for sent in self._waiting if sent[0] != person_id]

    def take(self) -> list[Sent]:
        taken, self._waiting = self._waiting, []
        return taken

    def give_back(self, sent: list[Sent]) -> None:
        """A transaction that carried them did not commit: they wait for the next one."""
        self._waiting = sent + self._waiting
