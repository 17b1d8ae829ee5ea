"""The PDF dossier of /export: built in memory, never written to disk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

from i18n.dates import local_time, utc_time

FONTS = Path(__file__).parent / "fonts"


@dataclass(frozen=True)
class Note:
    """A note as the person reads it back: in the listing and in the dossier."""

    field: str
    text: str | None  # None: the ciphertext could not be opened
    recorded_at: datetime


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
        {"field": n.field, "text": n.text, "recorded_at": n.recorded_at.isoformat()} for n in notes
    ]
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def build_pdf(dossier: Dossier, lang: str, say: Callable[..., str]) -> bytes:
    """`say(text_id, **args)` gives the plain text of a message in the person's language."""

    def when(moment: datetime) -> dict[str, str]:
        return {
            "utc": utc_time(moment, lang),
            "local": local_time(moment, lang, dossier.country),
        }

    pdf = _Document()
    pdf.set_title(say("dossier-title"))
    pdf.add_page()
    pdf.heading(say("dossier-title"), size=16)
    pdf.paragraph(say("dossier-intro"))
    pdf.paragraph(say("dossier-made", **when(dossier.made_at)))
    if dossier.answers:
        pdf.heading(say("dossier-case"))
        for label, value in dossier.answers:
            pdf.paragraph(say("dossier-answer", label=say(label), value=say(value)))
    pdf.heading(say("dossier-timeline"))
    for note in dossier.notes:
        pdf.subheading(
            f"{say('field-' + note.field)} · {say('dossier-recorded', **when(note.recorded_at))}"
        )
        pdf.paragraph(note.text if note.text is not None else say("note-unreadable"))
    pdf.heading(say("dossier-digest-title"))
    pdf.paragraph(say("dossier-digest"))
    pdf.mono(digest(dossier.notes))
    pdf.add_page()
    pdf.heading(say("dossier-next-title"))
    for text_id in _next_steps(dossier.country):
        pdf.paragraph(say(text_id))
    return bytes(pdf.output())


def _next_steps(country: str | None) -> list[str]:
    if country == "lu":
        return ["dossier-next-lu", "dossier-next-platform"]
    return [
        "dossier-next-pharos",
        "dossier-next-plainte",
        "dossier-next-constat",
        "dossier-next-platform",
    ]


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("DejaVu", "", FONTS / "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def heading(self, text: str, size: int = 13) -> None:
        self.set_font("DejaVu", "B", size)
        self.ln(3)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")

    def subheading(self, text: str) -> None:
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    def paragraph(self, text: str) -> None:
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def mono(self, text: str) -> None:
        self.set_font("DejaVu", "B", 9)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
