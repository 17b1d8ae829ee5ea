"""Anything else (stickers, locations, contacts…): a gentle word, nothing stored."""

from aiogram import Router

from bot.handlers.commands import replying_with
from bot.service import Abri, Outgoing


async def unsupported(abri: Abri) -> Outgoing:
    return await abri.say("unsupported")


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(replying_with(unsupported))
    return router
