"""Finding web links in what a person pasted, and writing each one the same way, never fetching.

People paste links in every form: inside a sentence, without "https://", with tracking
parameters, with a look-alike domain. What is kept is one normal form per link, so the same post
pasted twice is one link, and a look-alike host shows as the punycode ("xn--…") it really is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

# Schemes a person may meet that are not web pages: refused with an explanation, never kept.
REFUSED_SCHEMES = (
    "javascript",
    "vbscript",
    "data",
    "file",
    "tg",
    "ftp",
    "mailto",
    "intent",
    "sms",
    "tel",
    "blob",
    "about",
    "chrome",
    "content",
)
# A link with a scheme, up to the next space; or a bare host name ("instagram.com/…"), not
# part of an e-mail address or of a longer word.
_CANDIDATE = re.compile(
    rf"(?P<scheme>\b(?:https?|{'|'.join(REFUSED_SCHEMES)}):\S+)"
    r"|(?<![@\w./:-])(?P<bare>(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,24}\.?(?::\d{1,5})?(?:[/?#]\S*)?)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"»›…"
_CLOSING = {")": "(", "]": "[", "}": "{", ">": "<"}
MAX_LINK_LENGTH = 2048
# Query parameters that only say who shared a link and how: dropped, the post stays the same.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|igsh"
    r"|mibextid|mc_cid|mc_eid|_hsenc|_hsmi|ref_src|ref_url|si|share_app_id|is_from_webapp"
    r"|sender_device|_r|_t)$",
    re.IGNORECASE,
)
# X adds "?s=20&t=…" to every shared post (elsewhere "t" can be a video's start time); Reddit's
# share button adds "share_id" (and "rdt"), which name who shared it.
_SITE_TRACKING = {
    "x.com": {"s", "t"},
    "twitter.com": {"s", "t"},
    "reddit.com": {"share_id", "rdt"},
    "old.reddit.com": {"share_id", "rdt"},
}
_DEFAULT_PORTS = {"http": 80, "https": 443}
# "photo.jpg" in a sentence is a file name, not a site, when written without "https://".
_FILE_ENDINGS = frozenset(
    [
        "jpg",
        "jpeg",
        "png",
        "gif",
        "webp",
        "heic",
        "mp4",
        "mov",
        "avi",
        "mkv",
        "pdf",
        "txt",
        "doc",
        "docx",
        "zip",
        "rar",
        "apk",
        "exe",
    ]
)


@dataclass(frozen=True)
class FoundLinks:
    links: tuple[str, ...]  # normal forms, in the order given, each once
    refused: tuple[str, ...]  # what was refused: a scheme ("javascript") or "too-long"


def extract_links(text: str) -> FoundLinks:
    links: list[str] = []
    refused: list[str] = []
    for match in _CANDIDATE.finditer(text):
        candidate = _address(match)
        if candidate is None:
            continue
        scheme = candidate.split(":", 1)[0].lower()
        if scheme not in _DEFAULT_PORTS:
            refused.append(scheme)
            continue
        if len(candidate) > MAX_LINK_LENGTH:
            refused.append("too-long")
            continue
        link = normalise(candidate)
        if link is not None and link not in links:
            links.append(link)
    return FoundLinks(tuple(links), tuple(refused))


def without_tracking(text: str) -> str:
    """Typed text (an account, a story) with each web link written in its normal form, so the
    sharing trackers it carried are not kept; every other word stays as typed."""

    def cleaned(match: re.Match[str]) -> str:
        whole, address = match.group(0), _address(match)
        written = _trim(whole)
        if (
            address is None
            or address.split(":", 1)[0].lower() not in _DEFAULT_PORTS
            or (match.group("bare") and "?" not in written)  # nothing to remove: as typed
            or len(address) > MAX_LINK_LENGTH
        ):
            return whole
        return (normalise(address) or written) + whole[len(written) :]

    return _CANDIDATE.sub(cleaned, text)


def normalise(url: str) -> str | None:
    """One way of writing a web link; None when it is not one (no host, a broken name…)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = _ascii_host(parts.hostname or "")
    if scheme not in _DEFAULT_PORTS or host is None:
        return None
    # user:password@ is dropped: "https://bank.com@evil.example" then shows its real host.
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    # Kept as written (no re-encoding), only the sharing parameters are left out.
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and not _is_tracking(pair.split("=", 1)[0], host)
    )
    return urlunsplit((scheme, netloc, parts.path, query, parts.fragment))


def host_of(link: str) -> str:
    return urlsplit(link).hostname or ""


def _is_tracking(key: str, host: str) -> bool:
    site = host.removeprefix("www.").removeprefix("mobile.")
    return bool(_TRACKING.match(key)) or key in _SITE_TRACKING.get(site, ())


def _address(match: re.Match[str]) -> str | None:
    """What a candidate names, with its scheme ("https://" added to a bare site); None for a
    file name written in a sentence."""
    candidate = _trim(match.group(0))
    if not match.group("bare"):
        return candidate
    return None if _looks_like_file(candidate) else "https://" + candidate


def _ascii_host(host: str) -> str | None:
    host = host.rstrip(".").lower()
    if "." not in host or len(host) > 253:
        return None
    try:
        encoded = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = encoded.split(".")
    if not all(re.fullmatch(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", label) for label in labels):
        return None
    if labels[-1].isdigit() and not re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", encoded):
        return None
    return encoded


def _looks_like_file(bare: str) -> bool:
    host = re.split(r"[/?#:]", bare, maxsplit=1)[0].rstrip(".")
    return host.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS


def _trim(candidate: str) -> str:
    """Drop punctuation that ends the sentence rather than the link, keeping balanced brackets."""
    while candidate:
        last = candidate[-1]
        if last in _TRAILING or (
            last in _CLOSING and candidate.count(_CLOSING[last]) < candidate.count(last)
        ):
            candidate = candidate[:-1]
        else:
            break
    return candidate
