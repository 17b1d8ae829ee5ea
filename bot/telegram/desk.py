"""The counsellors' group on Telegram (bot/usecases/handoff.py's Desk): a supergroup with
topics where the bot is an administrator allowed to manage topics and delete messages."""

from __future__ import annotations

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
)

from bot.runtime import Runtime
from bot.telegram.limits import DELETE_BATCH
from bot.telegram.rendering import plain, render
from bot.telegram.sender import deliver, keyboard
from bot.usecases.handoff import DeskUnavailable, PersonUnreachable
from bot.views.replies import Outgoing, Reply, Text

TOPIC_NAME_LIMIT = 128  # what createForumTopic accepts


class TelegramDesk:
    def __init__(self, bot: Bot, runtime: Runtime, chat_id: int) -> None:
        self.bot = bot
        self.runtime = runtime  # its texts: a reload may replace them
        self.chat_id = chat_id
        self.language = runtime.settings.counsellors_language

    async def open_topic(self, name: Text, earlier: int | None) -> int:
        """The person's earlier topic reopened, or a new one (the earlier one was deleted)."""
        if earlier is not None:
            try:
                await self.bot.reopen_forum_topic(self.chat_id, earlier)
                return earlier
            except TelegramBadRequest as error:
                if "TOPIC_NOT_MODIFIED" in error.message:  # open already
                    return earlier
            except TelegramAPIError as error:
                raise DeskUnavailable(type(error).__name__) from error
        title = plain(self.runtime.catalog.text(self.language, name.id, name.args))
        try:
            topic = await self.bot.create_forum_topic(self.chat_id, title[:TOPIC_NAME_LIMIT])
        except TelegramAPIError as error:
            raise DeskUnavailable(f"createForumTopic: {error.message}") from error
        return topic.message_thread_id

    async def post(self, topic_id: int, reply: Reply) -> list[int]:
        posted = []
        context = {"register": "neutral"}
        for message in render([reply], self.runtime.catalog, self.language, context):
            try:
                sent = await self.bot.send_message(
                    self.chat_id, message.html, message_thread_id=topic_id
                )
            except TelegramAPIError as error:
                raise DeskUnavailable(f"sendMessage: {error.message}") from error
            posted.append(sent.message_id)
        return posted

    async def close_topic(self, topic_id: int) -> None:
        try:
            await self.bot.close_forum_topic(self.chat_id, topic_id)
        except TelegramBadRequest as error:
            if "TOPIC_NOT_MODIFIED" not in error.message:  # closed already: so much the better
                raise DeskUnavailable(f"closeForumTopic: {error.message}") from error
        except TelegramAPIError as error:
            raise DeskUnavailable(f"closeForumTopic: {error.message}") from error

    async def remove(self, message_ids: list[int]) -> None:
        for start in range(0, len(message_ids), DELETE_BATCH):
            batch = message_ids[start : start + DELETE_BATCH]
            try:
                await self.bot.delete_messages(self.chat_id, batch)
            except TelegramAPIError as error:
                raise DeskUnavailable(f"deleteMessages: {error.message}") from error

    async def tell(self, chat_id: int, outgoing: Outgoing) -> list[int]:
        try:
            return await deliver(self.bot, chat_id, outgoing, self.runtime.catalog)
        except TelegramForbiddenError as error:
            raise PersonUnreachable() from error
        except TelegramAPIError as error:
            raise DeskUnavailable(f"sendMessage: {error.message}") from error

    async def retell(self, chat_id: int, message_id: int, outgoing: Outgoing) -> None:
        catalog = self.runtime.catalog
        message = render(outgoing.replies, catalog, outgoing.language, outgoing.context)[0]
        try:
            await self.bot.edit_message_text(
                message.html,
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=keyboard(message),
            )
        except TelegramForbiddenError as error:
            raise PersonUnreachable() from error
        except TelegramAPIError as error:
            raise DeskUnavailable(f"editMessageText: {error.message}") from error

    async def untell(self, chat_id: int, message_id: int) -> None:
        try:
            await self.bot.delete_message(chat_id, message_id)
        except TelegramForbiddenError as error:
            raise PersonUnreachable() from error
        except TelegramAPIError as error:
            raise DeskUnavailable(f"deleteMessage: {error.message}") from error


def desk_of(bot: Bot, runtime: Runtime) -> TelegramDesk | None:
    """The group, where an association's counsellors answer (COUNSELLORS_CHAT_ID)."""
    chat_id = runtime.settings.counsellors_chat_id
    return TelegramDesk(bot, runtime, chat_id) if chat_id is not None else None
