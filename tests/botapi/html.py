"""Telegram's HTML parse mode, strictly: what it accepts, and the text it shows."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from tests.botapi.spec import Refused

ALLOWED = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TOKEN = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>(?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>"
    r"|&(?P<entity>#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);"
    r"|(?P<bare>[<>&])"
)
_HREF = re.compile(r"href=(?:\"([^\"]*)\"|'([^']*)'|(\S+))")


@dataclass(frozen=True)
class Parsed:
    text: str
    links: tuple[str, ...]  # hrefs of <a> tags


def parse_html(markup: str) -> Parsed:
    text: list[str] = []
    stack: list[str] = []
    links: list[str] = []
    position = 0
    for match in _TOKEN.finditer(markup):
        text.append(markup[position : match.start()])
        position = match.end()
        offset = len(markup[: match.start()].encode())
        if match.group("bare"):
            raise Refused(
                f"Bad Request: can't parse entities: unexpected {match.group('bare')!r} "
                f"at byte offset {offset}"
            )
        if match.group("entity"):
            text.append(_entity(match.group("entity"), offset))
            continue
        tag = match.group("tag").lower()
        if tag not in ALLOWED:
            raise Refused(f'Bad Request: can\'t parse entities: unsupported start tag "{tag}"')
        if match.group("close"):
            if not stack or stack[-1] != tag:
                raise Refused(f'Bad Request: can\'t parse entities: unmatched end tag "{tag}"')
            stack.pop()
        else:
            stack.append(tag)
            href = _HREF.search(match.group("attrs") or "")
            if tag == "a" and href:
                links.append(html.unescape(next(g for g in href.groups() if g is not None)))
    text.append(markup[position:])
    if stack:
        raise Refused(f'Bad Request: can\'t parse entities: unclosed start tag "{stack[-1]}"')
    return Parsed("".join(text), tuple(links))


def _entity(name: str, offset: int) -> str:
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    if name in NAMED:
        return NAMED[name]
    raise Refused(f"Bad Request: can't parse entities: unsupported entity &{name}; at {offset}")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
