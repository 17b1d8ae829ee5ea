"""The updates already handled: a copy Telegram sends again, or long polling fetches again
after a restart, is skipped. Written in the transaction of the update it marks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.chat_messages import hour_after
from storage.models import HandledUpdate


class HandledUpdates:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, bot_id: int, update_id: int, moment: datetime) -> bool:
        """Marks the update as handled; False when it already was. On PostgreSQL a copy being
        handled by another worker at this moment waits here, then finds it marked."""
        postgres = self.session.get_bind().dialect.name == "postgresql"
        insert = postgresql.insert if postgres else sqlite.insert
        marked = await self.session.execute(
            insert(HandledUpdate)
            .values(bot_id=bot_id, update_id=update_id, handled_hour=hour_after(moment))
            .on_conflict_do_nothing()
            .returning(HandledUpdate.update_id)
        )
        return marked.first() is not None

    async def drop_before(self, moment: datetime) -> None:
        """Telegram stops sending an update again after a day; kept two."""
        await self.session.execute(delete(HandledUpdate).where(HandledUpdate.handled_hour < moment))
