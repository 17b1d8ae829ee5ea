"""What the dossier of /export holds; `bot/telegram/pdf.py` lays it out as a PDF."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Note:
    """A note as the person reads it back: in the listing and in the dossier."""

    field: str
    text: str | None  # None: the ciphertext could not be opened
    recorded_at: datetime | None  # None too


@dataclass(frozen=True)
class Answer:
    """A question answered with a button: its label, and the choice's text (a text id), or the
    days it means (ISO dates, latest first) where the choice was "today", "yesterday"…"""

    label: str
    choice: str
    days: tuple[date, date] | None = None
    on: date | None = None  # the day it was answered, for a step that keeps it (`dated`)


@dataclass(frozen=True)
class Stamp:
    """A time-stamp authority's verified token (its DER answer) for the dossier's record, and
    the time it vouches for."""

    authority: str
    token: bytes
    stamped_at: datetime


@dataclass(frozen=True)
class Timestamps:
    """The dossier's trusted timestamps: those received, the authorities still to answer, and
    the roots their tokens chain to (for `openssl ts -verify`)."""

    stamps: tuple[Stamp, ...] = ()
    pending: tuple[str, ...] = ()
    roots_pem: bytes = b""


Said = tuple[str, Mapping[str, str]]  # a text id and its arguments


@dataclass(frozen=True)
class Notice:
    """A notice to a platform about one link (bot/views/notices.py makes them)."""

    link: str
    platform: str  # its name, or the site's address where the directory does not know it
    lines: tuple[Said, ...]  # the notice, in order, as the platform reads it
    where: Said  # where to send it: the platform's form, or its Report button


@dataclass(frozen=True)
class Dossier:
    """What goes in the PDF: ids and the person's own notes, rendered where texts are known;
    the case (who is writing, about whom, where) chooses the next steps it suggests."""

    notes: tuple[Note, ...]  # oldest first: a timeline
    answers: tuple[Answer, ...]
    case: Mapping[str, str]  # the conversation's answers: ids only, never typed text
    made_at: datetime
    keep_days: int  # how long Abri keeps the notes without news; 0: until they are deleted
    timestamps: Timestamps = Timestamps()
    notices: tuple[Notice, ...] = ()
    child_shown: bool = False  # by the flow's `child_shown_when`: no copy, anonymous notices

    @property
    def country(self) -> str | None:
        return self.case.get("country")


def record(notes: tuple[Note, ...]) -> bytes:
    """The record in a canonical form (the same notes always give the same bytes): what the
    digest and the trusted timestamps are of, and what the PDF carries for anyone to check."""
    entries = [
        {
            "field": n.field,
            "text": n.text,
            "recorded_at": n.recorded_at.isoformat() if n.recorded_at else None,
        }
        for n in notes
    ]
    canonical = json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return canonical.encode()


def digest(notes: tuple[Note, ...]) -> str:
    """SHA-256 of the record."""
    return hashlib.sha256(record(notes)).hexdigest()
