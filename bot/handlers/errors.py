"""The one place errors become a kind reply; logged by kind, never with what was typed."""

import structlog
from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import ErrorEvent

from bot.metrics import ERRORS
from bot.replies import Reply, Text
from bot.service import Outgoing
from bot.telegram import deliver
from i18n.catalog import Catalog, pick_language

log = structlog.get_logger(__name__)


async def on_error(event: ErrorEvent, bot: Bot, catalog: Catalog) -> bool:
    log.error("update_failed", error=type(event.exception).__name__, exc_info=event.exception)
    ERRORS.inc()
    update = event.update
    source = update.message or (update.callback_query.message if update.callback_query else None)
    user = update.message.from_user if update.message else None
    if update.callback_query:
        user = update.callback_query.from_user
    if source is None or user is None or isinstance(event.exception, TelegramForbiddenError):
        return True  # nobody to answer, or the person blocked the bot: it may not write to them
    # No database here: it may be what failed. Telegram's language code is enough.
    language = pick_language(user.language_code)
    outgoing = Outgoing(language, [Reply((Text("error-generic"),))], {"register": "neutral"})
    try:
        await deliver(bot, source.chat.id, outgoing, catalog)
    except TelegramAPIError as error:
        log.error("error_reply_failed", error=type(error).__name__)
    return True


def create_router() -> Router:
    router = Router(name=__name__)
    router.errors.register(on_error)
    return router
