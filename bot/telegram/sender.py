"""Sending an answer: delete what it says to erase, send each message (and the PDF dossier),
and keep the ids of what was sent for a later quick exit."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import structlog
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram.callbacks import pack
from bot.telegram.limits import DELETE_BATCH
from bot.telegram.rendering import Key, Message, plain, render
from bot.usecases.context import Scope
from bot.views.replies import Outgoing
from i18n.catalog import Catalog

log = structlog.get_logger(__name__)
DOSSIER_FILE = "dossier.pdf"  # a neutral name: it shows in the chat and the downloads folder


async def deliver(bot: Bot, chat_id: int, outgoing: Outgoing, catalog: Catalog) -> list[int]:
    """Deletes what the outgoing says to erase, sends the replies, and returns the ids of the
    messages sent."""
    await _erase(bot, chat_id, outgoing.erase)
    sent: list[int] = []
    for message in render(outgoing.replies, catalog, outgoing.language, outgoing.context):
        markup = keyboard(message)
        result = await bot.send_message(chat_id=chat_id, text=message.html, reply_markup=markup)
        sent.append(result.message_id)
        if message.dossier is not None:
            from bot.telegram.pdf import build_pdf  # only when asked for: see pdf.py

            say = _plain_texts(outgoing, catalog)
            pdf = await asyncio.to_thread(build_pdf, message.dossier, outgoing.language, say)
            document = BufferedInputFile(pdf, filename=DOSSIER_FILE)  # from memory, never a file
            result = await bot.send_document(chat_id=chat_id, document=document)
            sent.append(result.message_id)
    return sent


async def respond(bot: Bot, scope: Scope, outgoing: Outgoing) -> None:
    """Answers the person; the ids of what was sent, and of their own message, wait to be
    recorded in the next transaction (a later quick exit deletes them)."""
    catalog = scope.content.catalog
    sent = await deliver(bot, scope.visitor.chat_id, outgoing, catalog)
    if scope.person_id is None:
        return  # nobody stored (/help before anything, or just erased): nothing to link to
    own = [scope.visitor.message_id] if scope.visitor.message_id else []
    scope.runtime.pending.add(scope.person_id, [*sent, *own], scope.clock.now())


def keyboard(message: Message) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(key) for key in row] for row in message.buttons]
    )


def _button(key: Key) -> InlineKeyboardButton:
    data = pack(key.action) if key.action is not None else None
    return InlineKeyboardButton(text=key.label, callback_data=data, url=key.url)


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
