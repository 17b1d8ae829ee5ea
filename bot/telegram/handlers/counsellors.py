"""The counsellors' group: whatever is written or edited in a person's topic goes to one use
case (bot/usecases/counsellors.py). The middleware lets only this group's updates in; any
other group or channel is never answered."""

from aiogram import F, Router
from aiogram.types import Message

from bot.usecases import counsellors
from bot.usecases.counsellors import DeskScope, Written


def _written(message: Message, edited: bool) -> Written:
    topic = message.message_thread_id if message.is_topic_message else None
    answered = message.reply_to_message
    return Written(
        topic,
        message.message_id,
        message.from_user.id if message.from_user else 0,
        message.text,
        answered.message_id if answered and answered.message_id != topic else None,
        edited,
    )


async def written(message: Message, desk_scope: DeskScope) -> None:
    if message.from_user is None or message.from_user.is_bot:
        return  # the bot's own posts, or an anonymous admin: nothing to relay
    await counsellors.written(desk_scope, _written(message, edited=False))


async def edited(message: Message, desk_scope: DeskScope) -> None:
    if message.from_user is None or message.from_user.is_bot:
        return
    await counsellors.written(desk_scope, _written(message, edited=True))


def create_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(F.chat.type == "supergroup")
    router.edited_message.filter(F.chat.type == "supergroup")
    router.message.register(written)
    router.edited_message.register(edited)
    return router
