"""Anything else: a sticker, a location… (a gentle word, nothing stored), and a button this bot
did not make or no longer knows (forged, or from an old version): where they were."""

from aiogram import Bot, Router
from aiogram.types import CallbackQuery

from bot.telegram.handlers.commands import replying_with
from bot.telegram.handlers.flow import answer_press
from bot.usecases import buttons, help
from bot.usecases.context import Scope
from bot.views.replies import Outgoing


async def unsupported(scope: Scope) -> Outgoing:
    return await help.say(scope, "unsupported")


async def unknown_button(query: CallbackQuery, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await buttons.pressed(scope, None))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(replying_with(unsupported))
    router.callback_query.register(unknown_button)
    return router
