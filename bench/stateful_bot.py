"""The stateful floor: what any bot on this stack pays to keep one row per person. aiogram and
SQLAlchemy async on the same database as Abri, opened the same way (storage.db: the same driver,
pool, pragmas and response types); per update one SELECT, one UPDATE and one commit, then one reply carrying
every button of the bench's walk, so it is driven exactly as Abri is (bench.steps)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from sqlalchemy import text

# Abri keeps aiogram's response types alive (bot.telegram.client); so does the floor.
from bot.telegram.client import KEPT_RESPONSE_TYPES  # noqa: F401
from storage.db import create_engine, session_factory

BUTTONS = [
    "Commencer",
    "Non, pas maintenant",
    "Moi",
    "18 ans ou plus",
    "France",
    "Autre chose",
    "Je n'ai pas de lien",
    "Hier",
    "Passer",
]
KEYBOARD = InlineKeyboardMarkup(
    inline_keyboard=[
        [InlineKeyboardButton(text=b, callback_data=f"b:{n}")] for n, b in enumerate(BUTTONS)
    ]
)


async def main() -> None:
    data_dir = Path(os.environ["DATA_DIR"])
    url = os.environ.get("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'floor.db'}"
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            text("CREATE TABLE IF NOT EXISTS people (id BIGINT PRIMARY KEY, steps INTEGER)")
        )
    sessions = session_factory(engine)

    async def count_step(person: int) -> int:
        async with sessions() as session:
            steps = await session.scalar(
                text("SELECT steps FROM people WHERE id = :id"), {"id": person}
            )
            if steps is None:
                await session.execute(
                    text("INSERT INTO people (id, steps) VALUES (:id, 1)"), {"id": person}
                )
            else:
                await session.execute(
                    text("UPDATE people SET steps = steps + 1 WHERE id = :id"), {"id": person}
                )
            await session.commit()
            return (steps or 0) + 1

    api = TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"])
    bot = Bot(os.environ["BOT_TOKEN"], session=AiohttpSession(api=api))
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def on_message(message: Message) -> None:
        steps = await count_step(message.chat.id)
        await message.answer(f"Step {steps}", reply_markup=KEYBOARD)

    @dispatcher.callback_query()
    async def on_press(query: CallbackQuery) -> None:
        steps = await count_step(query.from_user.id)
        await query.answer()
        if isinstance(query.message, Message):
            await query.message.answer(f"Step {steps}", reply_markup=KEYBOARD)

    await dispatcher.start_polling(bot)
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
