"""Chat commands: each one calls one use case and sends what it says."""

from collections.abc import Awaitable, Callable

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from bot.service import Abri, Outgoing
from bot.telegram import respond
from i18n.catalog import Catalog

UseCase = Callable[[Abri], Awaitable[Outgoing]]


def replying_with(use_case: UseCase) -> Callable[..., Awaitable[None]]:
    async def handler(message: Message, abri: Abri, catalog: Catalog, bot: Bot) -> None:
        await respond(bot, abri, await use_case(abri), catalog)

    return handler


async def help_text(abri: Abri) -> Outgoing:
    """/help, and any command the bot does not know (never taken as an answer)."""
    return await abri.say("help")


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(replying_with(Abri.start), CommandStart())
    router.message.register(replying_with(Abri.emergency), Command("urgence", "emergency"))
    router.message.register(replying_with(Abri.quick_exit), Command("exit", "sortie", "ausgang"))
    router.message.register(replying_with(Abri.notes), Command("notes"))
    router.message.register(replying_with(Abri.export), Command("export"))
    router.message.register(replying_with(Abri.delete), Command("delete"))
    router.message.register(
        replying_with(Abri.language_menu), Command("language", "langue", "sprache")
    )
    router.message.register(replying_with(Abri.reminders), Command("reminders", "rappels"))
    router.message.register(replying_with(help_text), Command("help"))
    router.message.register(replying_with(help_text), F.text.startswith("/"))
    return router
