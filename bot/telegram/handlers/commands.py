"""Chat commands: each one calls one use case and sends what it says."""

from collections.abc import Awaitable, Callable

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from bot.telegram.sender import respond
from bot.usecases import checkins, conversation, deletion, export, help, notes, quick_exit
from bot.usecases.context import Scope
from bot.views.replies import Outgoing

UseCase = Callable[[Scope], Awaitable[Outgoing]]


def replying_with(use_case: UseCase) -> Callable[..., Awaitable[None]]:
    async def handler(message: Message, scope: Scope, bot: Bot) -> None:
        await respond(bot, scope, await use_case(scope))

    return handler


async def help_text(scope: Scope) -> Outgoing:
    """/help, and any command the bot does not know (never taken as an answer)."""
    return await help.overview(scope)


def create_router() -> Router:
    router = Router(name=__name__)
    commands: list[tuple[UseCase, Command]] = [
        (conversation.start, CommandStart()),
        (help.urgent, Command("urgence", "emergency")),
        (quick_exit.leave, Command("exit", "sortie", "ausgang")),
        (notes.warning, Command("notes")),
        (export.export, Command("export")),
        (deletion.confirm, Command("delete")),
        (help.languages, Command("language", "langue", "sprache")),
        (checkins.listing, Command("reminders", "rappels")),
        (help_text, Command("help")),
    ]
    for use_case, command in commands:
        router.message.register(replying_with(use_case), command)
    router.message.register(replying_with(help_text), F.text.startswith("/"))
    return router
