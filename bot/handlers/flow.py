"""Buttons and typed answers: handed to the flow use cases, replies sent back."""

from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message

from bot.service import Abri
from bot.telegram import respond
from i18n.catalog import Catalog


async def pressed(query: CallbackQuery, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    # A press the bot missed while it was down is "too old" to answer: carry on regardless.
    with suppress(TelegramBadRequest):
        await query.answer()
    await respond(bot, abri, await abri.act(query.data or ""), catalog)


async def typed(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await respond(bot, abri, await abri.typed(message.text or ""), catalog)


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(pressed)
    router.message.register(typed, F.text)
    return router
