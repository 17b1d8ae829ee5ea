"""The Telegram side of the adapter: the Bot client, its retry policy, and sending replies."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import structlog
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetMe, GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from bot.render import plain, render
from bot.service import Abri, Outgoing
from bot.settings import Settings
from i18n.catalog import Catalog

log = structlog.get_logger(__name__)
DOSSIER_FILE = "dossier.pdf"  # a neutral name: it shows in the chat and the downloads folder
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
# Every call to Telegram gets this many tries, then the error handler answers the person. Tries
# are spaced by Telegram's retry_after on 429, else by BACKOFF (5xx, timeouts, dropped
# connections), and a 429 asking for more than MAX_RETRY_AFTER seconds is not waited out: the
# person would be left without an answer for longer than a "try again in a moment".
ATTEMPTS = 3
BACKOFF = (0.5, 1.5)
MAX_RETRY_AFTER = 30
# A request Telegram has not answered in this many seconds is given up and tried again; getUpdates
# gets its long-polling time on top (aiogram adds it).
REQUEST_TIMEOUT = 10


class RetryWithinBounds(BaseRequestMiddleware):
    """Telegram's passing failures (429, 5xx, timeouts, dropped connections) are tried again, a
    bounded number of times. A request whose answer was lost may have gone through: trying again
    can show a message twice, which is better than losing it. Refusals (400, 403) are final."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if type(method) in (GetMe, GetUpdates):
            # At start the operator hears at once that Telegram is out of reach; long polling
            # has its own backoff.
            return await make_request(bot, method)
        wait: float
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                if attempt == ATTEMPTS or error.retry_after > MAX_RETRY_AFTER:
                    raise
                wait, failure = error.retry_after, "retry_after"
            except (TelegramServerError, TelegramNetworkError) as error:
                if attempt == ATTEMPTS or isinstance(error, TelegramEntityTooLarge):
                    raise
                wait, failure = BACKOFF[attempt - 1], type(error).__name__
            log.warning(
                "telegram_retry",
                method=type(method).__name__,
                failure=failure,
                seconds=wait,
                attempt=attempt,
            )
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")


def create_bot(settings: Settings) -> Bot:
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=REQUEST_TIMEOUT
    )
    session.middleware(RetryWithinBounds())
    defaults = DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True)
    return Bot(settings.token(), session=session, default=defaults)


async def deliver(bot: Bot, chat_id: int, outgoing: Outgoing, catalog: Catalog) -> list[int]:
    """Deletes what the outgoing says to erase, sends the replies, and returns the ids of the
    messages sent (a later quick exit deletes them)."""
    await _erase(bot, chat_id, outgoing.erase)
    sent: list[int] = []
    for message in render(outgoing.replies, catalog, outgoing.language, outgoing.context):
        markup = None
        if message.buttons:
            markup = InlineKeyboardMarkup(
                inline_keyboard=[
                    [
                        InlineKeyboardButton(text=key.label, callback_data=key.data, url=key.url)
                        for key in row
                    ]
                    for row in message.buttons
                ]
            )
        result = await bot.send_message(chat_id=chat_id, text=message.html, reply_markup=markup)
        sent.append(result.message_id)
        if message.dossier is not None:
            say = _plain_texts(outgoing, catalog)
            from bot.pdf import build_pdf  # only when asked for: see bot/pdf.py

            pdf = await asyncio.to_thread(build_pdf, message.dossier, outgoing.language, say)
            document = BufferedInputFile(pdf, filename=DOSSIER_FILE)  # from memory, never a file
            result = await bot.send_document(chat_id=chat_id, document=document)
            sent.append(result.message_id)
    return sent


async def respond(bot: Bot, abri: Abri, outgoing: Outgoing, catalog: Catalog) -> None:
    """Answers the person, and remembers which messages a quick exit may delete."""
    await abri.remember(await deliver(bot, abri.visitor.chat_id, outgoing, catalog))


async def _erase(bot: Bot, chat_id: int, message_ids: tuple[int, ...]) -> None:
    for start in range(0, len(message_ids), DELETE_BATCH):
        batch = list(message_ids[start : start + DELETE_BATCH])
        try:
            await bot.delete_messages(chat_id=chat_id, message_ids=batch)
        except TelegramAPIError as error:  # the rest is still worth deleting
            log.warning("erase_failed", error=type(error).__name__, messages=len(batch))


def _plain_texts(outgoing: Outgoing, catalog: Catalog) -> Callable[..., str]:
    def say(text_id: str, **args: object) -> str:
        return plain(catalog.text(outgoing.language, text_id, {**outgoing.context, **args}))

    return say
