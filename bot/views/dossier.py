"""What the dossier of /export holds; `bot/telegram/pdf.py` lays it out as a PDF."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Note:
    """A note as the person reads it back: in the listing and in the dossier."""

    field: str
    text: str | None  # None: the ciphertext could not be opened
    recorded_at: datetime | None  # None too


@dataclass(frozen=True)
class Dossier:
    """What goes in the PDF: ids and the person's own notes, rendered where texts are known."""

    notes: tuple[Note, ...]  # oldest first: a timeline
    answers: tuple[tuple[str, str], ...]  # (field label id, choice text id)
    country: str | None
    made_at: datetime


def digest(notes: tuple[Note, ...]) -> str:
    """SHA-256 of the record in a canonical form: the same notes always give the same digest."""
    record = [
        {
            "field": n.field,
            "text": n.text,
            "recorded_at": n.recorded_at.isoformat() if n.recorded_at else None,
        }
        for n in notes
    ]
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
