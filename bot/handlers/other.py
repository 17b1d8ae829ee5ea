"""Anything else (stickers, locations, contacts…): a gentle word, nothing stored."""

from aiogram import Bot, Router
from aiogram.types import Message

from bot.replies import Reply, Text
from bot.service import Abri, Outgoing
from bot.telegram import deliver
from i18n.catalog import Catalog


async def unsupported(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    outgoing = Outgoing(await abri.language(), [Reply((Text("unsupported"),))], {})
    await deliver(bot, message.chat.id, outgoing, catalog)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(unsupported)
    return router
