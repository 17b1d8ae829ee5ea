"""The PDF dossier of /export: built in memory, never written to disk.

Imported only when a dossier is asked for: fpdf2 costs a quarter of a second and about 25 MB at
every start, for a file few people export.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF

from bot.views.dossier import Answer, Dossier, digest
from i18n.dates import day, local_time, utc_time

FONTS = Path(__file__).parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"


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
    pdf.paragraph(say("dossier-characters"))
    pdf.paragraph(say("dossier-retention", days=dossier.keep_days))
    pdf.paragraph(say("dossier-made", **when(dossier.made_at)))
    if dossier.answers:
        pdf.heading(say("dossier-case"))
        for answer in dossier.answers:
            value = _answer_value(answer, lang, say)
            pdf.paragraph(say("dossier-answer", label=say(answer.label), value=value))
    pdf.heading(say("dossier-timeline"))
    for note in dossier.notes:
        heading = say("field-" + note.field)
        if note.recorded_at is not None:
            heading += f" · {say('dossier-recorded', **when(note.recorded_at))}"
        pdf.subheading(heading)
        pdf.paragraph(printable(note.text) if note.text is not None else say("note-unreadable"))
    pdf.heading(say("dossier-digest-title"))
    pdf.paragraph(say("dossier-digest"))
    pdf.mono(digest(dossier.notes))
    pdf.add_page()
    pdf.heading(say("dossier-next-title"))
    for text_id in next_steps(dossier.case):
        pdf.paragraph(say(text_id))
    return bytes(pdf.output())


def _answer_value(answer: Answer, lang: str, say: Callable[..., str]) -> str:
    if answer.days is None:
        return say(answer.choice)
    latest, earliest = (day(d, lang) for d in answer.days)
    return latest if latest == earliest else say("dossier-days", earliest=earliest, latest=latest)


def next_steps(case: Mapping[str, str]) -> list[str]:
    """What to do with the dossier, for who is writing and what happened: a young person hears
    of the lines for young people; a bailiff's record (about €300) is suggested only to an
    adult about their own image; where a child is shown, that no copy is kept."""
    young = case.get("writer_age") == "under18" or (
        case.get("who") == "me" and case.get("age") == "under18"
    )
    child_shown = case.get("age") == "under18" or case.get("who") == "child"
    child_shown = child_shown or case.get("kind") == "child_image"
    own_adult_case = case.get("who") == "me" and case.get("age") == "adult"
    if case.get("country") == "lu":
        steps = ["dossier-next-lu", *(["dossier-next-kjt"] if young else [])]
    else:
        steps = ["dossier-next-pharos", "dossier-next-plainte"]
        steps += ["dossier-next-3018"] if young else []
        steps += ["dossier-next-constat"] if own_adult_case else []
    steps += ["dossier-next-no-copy"] if child_shown else []
    return [*steps, "dossier-next-platform"]


def printable(text: str) -> str:
    """The text with each character the dossier's font cannot draw (an emoji…) written as its
    code, "[U+1F64F]", so nothing typed vanishes from the page; the digest covers the text as
    typed. Invisible marks that only shape what is beside them (variation selectors, joiners)
    are left out."""
    drawable = _drawable()
    shown = []
    for char in text:
        if ord(char) in drawable or char in "\n\t":
            shown.append(char)
        elif unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F:
            continue
        else:
            shown.append(f"[U+{ord(char):04X}]")
    return "".join(shown)


@cache
def _drawable() -> frozenset[int]:
    return frozenset(TTFont(REGULAR)["cmap"].getBestCmap())


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("DejaVu", "", REGULAR)
        self.add_font("DejaVu", "B", BOLD)
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
