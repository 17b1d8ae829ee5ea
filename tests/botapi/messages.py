"""What the stand-in Bot API keeps of each message and call, and the rules it checks them by."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from tests.botapi.spec import Refused

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Abri", "username": "abri_test_bot"}
TEXT_LIMIT = 4096
DELETABLE_FOR = 48 * 3600  # a bot deletes messages in a private chat for 48 hours
CALLBACK_LIMIT = 64
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|fr|lu|gouv\.fr|ncmec\.org)\b", re.I)


@dataclass
class Sent:
    """A message in a chat, as the stand-in server stores it."""

    message_id: int
    chat_id: int
    from_bot: bool
    text: str = ""
    html: str = ""
    buttons: list[list[dict[str, Any]]] = field(default_factory=list)
    kind: str = "text"
    file: bytes | None = None  # an uploaded document, as the bot sent it
    date: float = field(default_factory=time.time)  # tests may age a message
    thread_id: int | None = None  # the forum topic it is in (a supergroup with topics)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    error: str | None = None  # a refusal: the bot sent something Telegram would refuse
    at: float = field(default_factory=time.monotonic)
    forced: str | None = None  # a failure a test asked for (429, 403, 5xx…)


def deletable(message: Sent) -> bool:
    return time.time() - message.date < DELETABLE_FOR


def previews_off(params: dict[str, Any]) -> bool:
    options = params.get("link_preview_options") or {}
    return bool(options.get("is_disabled")) or params.get("disable_web_page_preview") is True


def check_keyboard(markup: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    if not markup:
        return []
    rows = markup.get("inline_keyboard", [])
    for row in rows:
        for button in row:
            if not button.get("text"):
                raise Refused("Bad Request: inline keyboard button text is empty")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= CALLBACK_LIMIT:
                raise Refused("Bad Request: BUTTON_DATA_INVALID")
    return rows


def chat_json(chat_id: int) -> dict[str, Any]:
    """A private chat for a person's id; a supergroup with topics for a negative one."""
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": "Counsellors", "is_forum": True}
    return {"id": chat_id, "type": "private", "first_name": "Test"}


def message_json(sent: Sent) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": sent.message_id,
        "date": int(time.time()),
        "chat": chat_json(sent.chat_id),
        "from": BOT_USER,
        "text": sent.text,
    }
    if sent.thread_id is not None:
        message["message_thread_id"] = sent.thread_id
        message["is_topic_message"] = True
    if sent.buttons:
        message["reply_markup"] = {"inline_keyboard": sent.buttons}
    return message


def kind_of(content: dict[str, Any]) -> str:
    for kind in (
        "text",
        "photo",
        "video",
        "document",
        "voice",
        "video_note",
        "animation",
        "sticker",
    ):
        if kind in content:
            return kind
    return "other"
