"""Chat commands: /start, /help, /urgence (/emergency), /notes, /export, /delete, /language, /reminders."""

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from bot.replies import Reply, Text
from bot.service import Abri, Outgoing
from bot.telegram import deliver
from i18n.catalog import Catalog


async def start(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.start(), catalog)


async def emergency(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.emergency(), catalog)


async def notes(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.notes(), catalog)


async def export(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.export(), catalog)


async def reminders(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.reminders(), catalog)


async def language(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.language_menu(), catalog)


async def delete(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    await deliver(bot, message.chat.id, await abri.delete(), catalog)


async def help_(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
    """/help, and any command the bot does not know (never taken as an answer)."""
    outgoing = Outgoing(await abri.language(), [Reply((Text("help"),))], {"register": "neutral"})
    await deliver(bot, message.chat.id, outgoing, catalog)


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(start, CommandStart())
    router.message.register(emergency, Command("urgence", "emergency"))
    router.message.register(notes, Command("notes"))
    router.message.register(export, Command("export"))
    router.message.register(delete, Command("delete"))
    router.message.register(language, Command("language", "langue", "sprache"))
    router.message.register(reminders, Command("reminders", "rappels"))
    router.message.register(help_, Command("help"))
    router.message.register(help_, F.text.startswith("/"))
    return router
