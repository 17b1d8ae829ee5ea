"""Check-ins: a check-in message's buttons, /reminders' choices, the language menu's, and how
long the person's data is kept."""

from aiogram import Bot, Router
from aiogram.types import CallbackQuery

from bot.telegram.callbacks import CheckInData, KeepData, LanguageData
from bot.telegram.handlers.flow import answer_press
from bot.usecases import buttons, help, retention
from bot.usecases.context import Scope


async def pressed(query: CallbackQuery, callback_data: CheckInData, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await buttons.pressed(scope, callback_data.action()))


async def language(
    query: CallbackQuery, callback_data: LanguageData, scope: Scope, bot: Bot
) -> None:
    await answer_press(query, bot, scope, await help.set_language(scope, callback_data.code))


async def kept(query: CallbackQuery, callback_data: KeepData, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await retention.keep_for(scope, callback_data.days))


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(pressed, CheckInData.filter())
    router.callback_query.register(language, LanguageData.filter())
    router.callback_query.register(kept, KeepData.filter())
    return router
