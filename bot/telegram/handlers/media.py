"""Files are never downloaded: the message is removed from the chat and the person told why."""

from aiogram import Bot, F, Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Message

from bot.telegram.sender import respond
from bot.usecases import help
from bot.usecases.context import Scope

MEDIA = {
    ContentType.PHOTO,
    ContentType.VIDEO,
    ContentType.DOCUMENT,
    ContentType.VOICE,
    ContentType.VIDEO_NOTE,
    ContentType.ANIMATION,
    ContentType.AUDIO,
}


async def remove_media(message: Message, scope: Scope, bot: Bot) -> None:
    try:
        removed = await message.delete()
    except TelegramAPIError:
        removed = False  # older than 48 hours, or already gone: the person is asked to do it
    await respond(bot, scope, await help.file_removed(scope, removed))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.register(remove_media, F.content_type.in_(MEDIA))
    return router
