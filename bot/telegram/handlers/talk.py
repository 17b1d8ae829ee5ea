"""Talking to a counsellor, from the person's side: /talk and its buttons."""

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery

from bot.telegram.callbacks import TalkData
from bot.telegram.handlers.commands import replying_with
from bot.telegram.handlers.flow import answer_press
from bot.usecases import buttons, handoff
from bot.usecases.context import Scope
from bot.views.actions import Talk

TALK_COMMANDS = ("talk", "parler", "sprechen")


async def pressed(query: CallbackQuery, callback_data: TalkData, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await buttons.pressed(scope, Talk(callback_data.step)))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(replying_with(handoff.ask), Command(*TALK_COMMANDS))
    router.callback_query.register(pressed, TalkData.filter())
    return router
