"""Turns replies into messages: Telegram HTML, every piece of typed text escaped, split to fit."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.telegram.limits import TEXT_LIMIT as LIMIT
from bot.views.actions import Action
from bot.views.dossier import Dossier
from bot.views.replies import Lines, Reply, Text, Verbatim
from i18n.catalog import Catalog
from i18n.dates import local_time

_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Key:
    """A button as shown: its label, and either what it asks for or a web address."""

    label: str
    action: Action | None = None
    url: str | None = None


@dataclass(frozen=True)
class Message:
    html: str
    buttons: tuple[tuple[Key, ...], ...]
    dossier: Dossier | None = None


def visible_length(markup: str) -> int:
    """What Telegram counts: the text once tags are parsed and entities decoded."""
    return len(html.unescape(_TAG.sub("", markup)).encode("utf-16-le")) // 2


def render(
    replies: list[Reply], catalog: Catalog, lang: str, context: Mapping[str, object]
) -> list[Message]:
    def say(text: Text) -> str:
        # An argument may itself be a text (a service's name inside a line): said first.
        args = {k: say(v) if isinstance(v, Text) else v for k, v in text.args.items()}
        return catalog.text(lang, text.id, {**context, **args})

    def when(moment: datetime | None) -> str:
        return local_time(moment, lang, context.get("country")) if moment else ""

    messages: list[Message] = []
    for reply in replies:
        paragraphs = [p for part in reply.parts for p in _paragraphs(part, say, when)]
        chunks = list(_pack(paragraphs))
        buttons = tuple(
            tuple(Key(html.unescape(_TAG.sub("", say(b.label))), b.action, b.url) for b in row)
            for row in reply.buttons
        )
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            messages.append(
                Message(chunk, buttons if last else (), reply.dossier if last else None)
            )
    return messages


def _paragraphs(
    part: Text | Lines | Verbatim, say: Callable[[Text], str], when: Callable[[datetime], str]
) -> Iterator[str]:
    if isinstance(part, Text):
        yield say(part)
        return
    if isinstance(part, Lines):
        joined = "\n".join(say(text) for text in part.texts)
        yield f"<pre>{html.escape(plain(joined), quote=False)}</pre>" if part.copyable else joined
        return
    heading = ""
    if part.heading is not None:
        stamp = f" · {html.escape(when(part.recorded_at))}" if part.recorded_at else ""
        heading = f"<b>{say(part.heading)}</b>{stamp}\n"
    room = LIMIT - visible_length(heading) - 1
    pieces = _slices(part.text, room) if part.text else [""]
    for index, piece in enumerate(pieces):
        body = html.escape(piece, quote=False)
        if part.code and body:
            body = f"<code>{body}</code>"
        yield (heading if index == 0 else "") + body


def _slices(text: str, room: int) -> list[str]:
    """Cut typed text into pieces of at most `room` UTF-16 units, never inside a character."""
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char in text:
        width = 2 if ord(char) > 0xFFFF else 1
        if used + width > room:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += width
    pieces.append("".join(current))
    return pieces


def _pack(paragraphs: list[str]) -> Iterator[str]:
    """Join paragraphs with blank lines into as few messages as fit under the limit."""
    current, used = "", 0
    for paragraph in paragraphs:
        size = visible_length(paragraph)
        if current and used + 2 + size > LIMIT:
            yield current
            current, used = "", 0
        current, used = (
            (f"{current}\n\n{paragraph}", used + 2 + size) if current else (paragraph, size)
        )
    if current:
        yield current


def plain(markup: str) -> str:
    """For the terminal: the text a person would read, without tags."""
    return html.unescape(_TAG.sub("", markup))
