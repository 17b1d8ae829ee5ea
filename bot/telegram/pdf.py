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
from urllib.parse import urlsplit

from fontTools.ttLib import TTFont
from fpdf import FPDF

from bot.views.dossier import Answer, Dossier, digest, record
from i18n.dates import day, local_time, utc_time

FONTS = Path(__file__).parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"
RECORD, ROOTS = "dossier-record.json", "timestamp-roots.pem"  # files the PDF carries


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
    _timestamps(pdf, dossier, say, when)
    pdf.add_page()
    pdf.heading(say("dossier-next-title"))
    for text_id in next_steps(dossier.case, dossier.child_shown):
        pdf.paragraph(say(text_id))
    if dossier.notices:
        _notices(pdf, dossier, say)
    if dossier.timestamps.stamps:
        _how_to_check(pdf, dossier, say)
    return bytes(pdf.output())


def _timestamps(
    pdf: _Document,
    dossier: Dossier,
    say: Callable[..., str],
    when: Callable[[datetime], dict[str, str]],
) -> None:
    stamped = dossier.timestamps
    pdf.heading(say("dossier-timestamps-title"))
    if not stamped.stamps and not stamped.pending:
        pdf.paragraph(say("dossier-timestamp-none"))
    for stamp in stamped.stamps:
        authority = urlsplit(stamp.authority).netloc
        pdf.paragraph(say("dossier-timestamp", authority=authority, **when(stamp.stamped_at)))
    for url in stamped.pending:
        pdf.paragraph(say("dossier-timestamp-pending", authority=urlsplit(url).netloc))


def _notices(pdf: _Document, dossier: Dossier, say: Callable[..., str]) -> None:
    pdf.add_page()
    pdf.heading(say("notice-title"))
    pdf.paragraph(say("notice-intro"))
    if dossier.child_shown:
        pdf.paragraph(say("notice-intro-child"))
    for notice in dossier.notices:
        pdf.subheading(say("notice-for", name=notice.platform, link=notice.link))
        pdf.paragraph("\n".join(say(text_id, **args) for text_id, args in notice.lines))
        text_id, args = notice.where
        pdf.paragraph(say(text_id, **args))


def _how_to_check(pdf: _Document, dossier: Dossier, say: Callable[..., str]) -> None:
    """A page for whoever must rely on the dossier (a court, a platform), and the files it
    names, carried inside the PDF: the record as stamped, each token, the roots."""
    made = dossier.made_at
    pdf.embed_file(bytes=record(dossier.notes), basename=RECORD, modification_date=made)
    pdf.embed_file(bytes=dossier.timestamps.roots_pem, basename=ROOTS, modification_date=made)
    pdf.add_page()
    pdf.heading(say("dossier-verify-title"))
    pdf.paragraph(say("dossier-verify-proves"))
    pdf.paragraph(say("dossier-verify-files"))
    for number, stamp in enumerate(dossier.timestamps.stamps, start=1):
        name = f"timestamp-{number}.tsr"
        pdf.embed_file(bytes=stamp.token, basename=name, modification_date=made)
        pdf.mono(f"openssl ts -verify -data {RECORD} -in {name} -CAfile {ROOTS}")
    pdf.paragraph(say("dossier-verify-digest"))
    pdf.mono(f"openssl dgst -sha256 {RECORD}")
    pdf.paragraph(say("dossier-verify-read"))
    pdf.mono("openssl ts -reply -in timestamp-1.tsr -text")


def _answer_value(answer: Answer, lang: str, say: Callable[..., str]) -> str:
    if answer.on is not None:
        return say("dossier-answered-on", value=say(answer.choice), day=day(answer.on, lang))
    if answer.days is None:
        return say(answer.choice)
    latest, earliest = (day(d, lang) for d in answer.days)
    return latest if latest == earliest else say("dossier-days", earliest=earliest, latest=latest)


def next_steps(case: Mapping[str, str], child_shown: bool) -> list[str]:
    """What to do with the dossier, for who is writing and what happened: a young person hears
    of the lines for young people; a bailiff's record (about €300) is suggested only to an
    adult about their own image; where a child is shown, that no copy is kept."""
    young = case.get("writer_age") == "under18" or (
        case.get("who") == "me" and case.get("age") == "under18"
    )
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
