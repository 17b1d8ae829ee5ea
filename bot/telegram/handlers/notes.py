"""The menu, notes pages and the deletion's confirmation."""

from aiogram import Bot, Router
from aiogram.types import CallbackQuery

from bot.telegram.callbacks import DeleteData, MenuData, PageData
from bot.telegram.handlers.flow import answer_press
from bot.usecases import deletion, menu, notes
from bot.usecases.context import Scope
from bot.views.actions import Menu


async def chose(query: CallbackQuery, callback_data: MenuData, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await menu.chosen(scope, Menu(callback_data.item)))


async def turned(query: CallbackQuery, callback_data: PageData, scope: Scope, bot: Bot) -> None:
    await answer_press(query, bot, scope, await notes.page(scope, callback_data.number))


async def confirmed(
    query: CallbackQuery, callback_data: DeleteData, scope: Scope, bot: Bot
) -> None:
    await answer_press(
        query, bot, scope, await deletion.answered(scope, callback_data.answer == "yes")
    )


def create_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(chose, MenuData.filter())
    router.callback_query.register(turned, PageData.filter())
    router.callback_query.register(confirmed, DeleteData.filter())
    return router
