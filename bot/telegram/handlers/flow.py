"""A flow's buttons (a choice; back, stop, 🆘, 🚪, carry on) and what a person types."""

from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message

from bot.telegram.callbacks import GoData, PickData
from bot.telegram.sender import respond
from bot.usecases import conversation, quick_exit
from bot.usecases.context import Scope
from bot.views.actions import Go, Pick
from bot.views.replies import Outgoing


async def answer_press(query: CallbackQuery, bot: Bot, scope: Scope, outgoing: Outgoing) -> None:
    """A press is answered (its spinner stops) with the reply, once what it changed is
    committed: a press handled again after a kill was skipped, so nothing is answered twice."""
    # A press the bot missed while it was down is "too old" to answer: carry on regardless.
    with suppress(TelegramBadRequest):
        await query.answer()
    await respond(bot, scope, outgoing)


async def picked(query: CallbackQuery, callback_data: PickData, scope: Scope, bot: Bot) -> None:
    pick = Pick(callback_data.step, callback_data.choice)
    await answer_press(query, bot, scope, await conversation.press(scope, pick))


async def went(query: CallbackQuery, callback_data: GoData, scope: Scope, bot: Bot) -> None:
    if callback_data.where == "exit":
        await answer_press(query, bot, scope, await quick_exit.leave(scope))
        return
    await answer_press(query, bot, scope, await conversation.go(scope, Go(callback_data.where)))


async def typed(message: Message, scope: Scope, bot: Bot) -> None:
    await respond(bot, scope, await conversation.typed(scope, message.text or ""))


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(picked, PickData.filter())
    router.callback_query.register(went, GoData.filter())
    router.message.register(typed, F.text)
    return router
