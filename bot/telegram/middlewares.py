"""Per update: the log context, the private-chat rule (the counsellors' group excepted), one unit
of work (the update's one transaction, which also marks it handled), and the use cases' Scope
(or, in the counsellors' group, their DeskScope)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from aiogram import BaseMiddleware, Bot
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import CallbackQuery, Chat, TelegramObject, Update, User

from bot.metrics import UPDATES
from bot.runtime import Runtime
from bot.telegram.callbacks import unpack
from bot.telegram.desk import desk_of
from bot.telegram.limits import DELETABLE_FOR
from bot.usecases.context import Scope, Visitor
from bot.usecases.counsellors import DeskScope
from storage.unit import UnitOfWork

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
        if not isinstance(event, Update):
            return await handler(event, data)
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(update_id=event.update_id)
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        in_group = chat is not None and chat.type != "private"
        if chat is not None and in_group and chat.id != self.runtime.settings.counsellors_chat_id:
            return None  # a group would expose people to each other: the bot stays silent there
        bot: Bot = data["bot"]
        desk = desk_of(bot, self.runtime)
        started = time.perf_counter()
        async with UnitOfWork(self.runtime.sessions) as uow:
            if not await uow.handled.claim(bot.id, event.update_id, self.runtime.clock.now()):
                log.info("update_duplicate_skipped")  # sent again, or fetched again after a restart
                return UNHANDLED
            await self._carry_sent_ids(uow)
            if in_group and desk is not None:
                data["desk_scope"] = DeskScope(uow, self.runtime, desk)  # the counsellors
            elif user is not None:
                data["scope"] = Scope(uow, self.runtime, _visitor(event, user, chat), desk)
            result = await handler(event, data)
            if not uow.committed:  # a use case that stored nothing: the update still counts
                await uow.commit()
        if event.event_type:
            UPDATES.labels(event.event_type).inc()
        log.info("update_handled", ms=round((time.perf_counter() - started) * 1000, 1))
        return result

    async def _carry_sent_ids(self, uow: UnitOfWork) -> None:
        """The ids of earlier replies ride in this transaction, not one of their own (written
        first, so a quick exit in this very update finds them)."""
        pending = self.runtime.pending
        if not pending:
            return
        waiting = pending.take()
        uow.if_rolled_back(lambda: pending.give_back(waiting))
        await uow.chat_messages.remember(waiting)


def _visitor(update: Update, user: User, chat: Chat | None) -> Visitor:
    query: CallbackQuery | None = update.callback_query
    return Visitor(
        user.id,
        chat.id if chat else user.id,
        user.language_code,
        update.message.message_id if update.message else None,
        DELETABLE_FOR,
        unpack(query.data) if query and query.data else None,
    )
