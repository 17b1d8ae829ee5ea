"""The one place errors become a kind reply; logged by kind, never with what was typed."""

from typing import Any

import structlog
from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import ErrorEvent

from bot.metrics import ERRORS
from bot.runtime import Runtime
from bot.telegram.sender import deliver
from bot.usecases.context import Scope
from bot.views.replies import Outgoing, Reply, Text
from flows.engine import variables
from i18n.catalog import pick_language

log = structlog.get_logger(__name__)


async def on_error(
    event: ErrorEvent, bot: Bot, runtime: Runtime, scope: Scope | None = None
) -> bool:
    log.error("update_failed", error=type(event.exception).__name__, exc_info=event.exception)
    ERRORS.inc()
    update = event.update
    source = update.message or (update.callback_query.message if update.callback_query else None)
    user = update.message.from_user if update.message else None
    if update.callback_query:
        user = update.callback_query.from_user
    if source is None or user is None or isinstance(event.exception, TelegramForbiddenError):
        return True
    if source.chat.type != "private":
        return True  # the counsellors' group: logged, never answered in the General topic  # nobody to answer, or the person blocked the bot: it may not write to them
    # No database here: it may be what failed. What this update already knew is enough.
    language, context = pick_language(user.language_code), _context(scope)
    if scope is not None and (person := scope.loaded_person) is not None:
        language = scope.language(person.state)
    outgoing = Outgoing(language, [Reply((Text("error-generic"),))], context)
    try:
        await deliver(bot, source.chat.id, outgoing, runtime.content.catalog)
    except TelegramAPIError as error:
        log.error("error_reply_failed", error=type(error).__name__)
    return True


def _context(scope: Scope | None) -> dict[str, Any]:
    """The register of the person, when this update had read their conversation."""
    person = scope.loaded_person if scope is not None else None
    conversation = person.conversation if person is not None else None
    if scope is None or conversation is None:
        return {"register": "neutral"}
    return variables(scope.script(conversation), conversation.state)


def create_router() -> Router:
    router = Router(name=__name__)
    router.errors.register(on_error)
    return router
