"""The Bot client: its retry policy, its timeouts, and the response types it keeps alive."""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    DeleteMessages,
    DeleteWebhook,
    GetMe,
    GetUpdates,
    Response,
    SendDocument,
    SendMessage,
    SetMyCommands,
    SetWebhook,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType

from bot.settings import Settings

log = structlog.get_logger(__name__)
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


class GetUnparsedUpdates(GetUpdates):
    """getUpdates whose updates stay JSON: an update already in hand, sent again because it is
    not confirmed yet (bot/telegram/polling.py), is not built into aiogram's models again (most
    of a poll's cost)."""

    __returning__ = list[dict[str, Any]]


def create_bot(settings: Settings) -> Bot:
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=REQUEST_TIMEOUT
    )
    session.middleware(RetryWithinBounds())
    defaults = DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True)
    return Bot(settings.token(), session=session, default=defaults)


# aiogram checks each answer against Response[<the method's result type>]. Pydantic keeps such
# parametrised classes only as long as something refers to them, and rebuilding one costs about
# 5 ms: after each garbage collection, the next call of every method paid it again. Held here
# for the life of the process, for every method the bot calls.
KEPT_RESPONSE_TYPES = tuple(
    Response[method.__returning__]  # type: ignore[name-defined]
    for method in (
        AnswerCallbackQuery, DeleteMessage, DeleteMessages, DeleteWebhook, GetMe, GetUpdates,
        GetUnparsedUpdates, SendDocument, SendMessage, SetMyCommands, SetWebhook,
    )
)  # fmt: skip
