"""The PDF dossier of /export: built in memory, never written to disk.

Imported only when a dossier is asked for: fpdf2 costs a quarter of a second and about 25 MB at
every start, for a file few people export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

from bot.views.dossier import Dossier, digest
from i18n.dates import local_time, utc_time

FONTS = Path(__file__).parent / "fonts"


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
        heading = say("field-" + note.field)
        if note.recorded_at is not None:
            heading += f" · {say('dossier-recorded', **when(note.recorded_at))}"
        pdf.subheading(heading)
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
