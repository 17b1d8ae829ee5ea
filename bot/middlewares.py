"""Per-update scope: log context, one database session, the person's use cases."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, Update, User

from bot.metrics import UPDATES
from bot.runtime import Runtime
from bot.service import Abri, Visitor

log = structlog.get_logger(__name__)


class RequestScope(BaseMiddleware):
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        structlog.contextvars.clear_contextvars()
        if isinstance(event, Update):
            structlog.contextvars.bind_contextvars(update_id=event.update_id)
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        if chat is not None and chat.type != "private":
            return None  # a group would expose people to each other: the bot stays silent there
        async with self.runtime.sessions() as session:
            if user is not None:
                # A pseudonym, never the Telegram id itself.
                structlog.contextvars.bind_contextvars(person=self.runtime.vault.log_alias(user.id))
                message = event.message if isinstance(event, Update) else None
                visitor = Visitor(
                    user.id,
                    chat.id if chat else user.id,
                    user.language_code,
                    message.message_id if message else None,
                )
                data["abri"] = Abri(session, self.runtime, visitor)
            started = time.perf_counter()
            result = await handler(event, data)
            if isinstance(event, Update) and event.event_type:
                UPDATES.labels(event.event_type).inc()
            log.info("update_handled", ms=round((time.perf_counter() - started) * 1000, 1))
            return result
