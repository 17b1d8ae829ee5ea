"""Finding web links in what a person pasted, without ever fetching them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# A link with a scheme people meet (web or not), or a bare host name with an optional path.
_SCHEMES = "https?|ftp|file|javascript|vbscript|data|tg|mailto|intent|sms|tel"
_CANDIDATE = re.compile(
    rf"(?P<scheme>\b(?:{_SCHEMES}):\S+)|(?<![@\w./-])(?P<bare>(?:[\w-]+\.)+[a-zA-Z]{{2,24}}(?:/\S*)?)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}>»\"'"
MAX_LINK_LENGTH = 2048


@dataclass(frozen=True)
class FoundLinks:
    links: tuple[str, ...]
    refused: tuple[str, ...]  # non-web schemes such as javascript: or data:


def extract_links(text: str) -> FoundLinks:
    links: list[str] = []
    refused: list[str] = []
    for match in _CANDIDATE.finditer(text):
        candidate = match.group(0).rstrip(_TRAILING)
        if match.group("bare"):
            candidate = "https://" + candidate
        parts = urlsplit(candidate)
        if parts.scheme.lower() not in ("http", "https"):
            refused.append(parts.scheme.lower())
        elif _is_web_host(parts.netloc, candidate) and candidate not in links:
            links.append(candidate)
    return FoundLinks(tuple(links), tuple(refused))


def _is_web_host(netloc: str, candidate: str) -> bool:
    return "." in netloc and len(candidate) <= MAX_LINK_LENGTH
