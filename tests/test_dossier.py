"""The dossier of /export fits the case: a PDF for every path through every flow, with every
character typed on the page (or visibly replaced), dates instead of "today", next steps for who
is writing and what happened, and the person's register even when it fails."""

import io
import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bot.content import load_content
from bot.telegram.pdf import build_pdf, next_steps, printable
from bot.telegram.rendering import plain
from bot.usecases.export import answer_labels
from bot.usecases.people import answered_on
from bot.views.dossier import Dossier, Note
from flows.engine import Press, Typed, advance, begin, matches, variables, view
from i18n.catalog import LANGUAGES

CONTENT = load_content()
MADE_AT = datetime(2026, 12, 2, 22, 40, tzinfo=UTC)
# What people type: accents, other scripts, emoji (some with joiners and skin tones), links.
PIECES = [*"abcdefghijklmnopqrstuvwxyzÀÉèçœßäöüĳ0123456789 .,;:!?'-@#/", *"Привет Γειά"]
PIECES += ["😢", "🙏🏽", "❤️", "👩‍💻", "🤬"]
TYPED = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join).filter(
    str.strip
) | st.sampled_from(["https://x.com/a/status/1?s=20", "le 3/11 vers 21 h"])


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Without white space: the PDF wraps lines where it needs to."""
    return re.sub(r"\s+", "", text)


def say_in(lang: str, answers: dict[str, str], flow_id: str = "incident"):
    script = CONTENT.scripts[flow_id]
    context = variables(script, begin(script, answers))

    def say(text_id: str, **args: object) -> str:
        return plain(CONTENT.catalog.text(lang, text_id, {**context, **args}))

    return say


@st.composite
def paths(draw, flow_id: str):
    """A walk to the end of a flow: at each step a choice shown or, where it asks for text,
    something typed; what the engine saves is collected as notes."""
    script = CONTENT.scripts[flow_id]
    state, saved = begin(script), []
    while not script.step(state.step).final:
        shown = view(script, state)
        options = [Press(state.step, choice) for choice, _ in shown.buttons]
        if shown.step.ask in ("text", "date", "url"):
            options.append(Typed(draw(TYPED)))
        outcome = advance(script, state, draw(st.sampled_from(options)))
        saved += outcome.saved
        state = outcome.state
    return state, saved


@pytest.mark.parametrize("flow_id", ["incident", "followup"])
@settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data())
def test_every_path_gives_a_readable_dossier_with_every_character_typed(flow_id, data):
    state, saved = data.draw(paths(flow_id))
    lang = data.draw(st.sampled_from(LANGUAGES))
    answers = {**state.answers, answered_on("when"): "2026-12-02"}
    notes = tuple(Note(s.field, s.text, MADE_AT) for s in saved)
    if not notes:
        notes = (Note("note", "—", MADE_AT),)  # /export answers "nothing noted yet" without one
    dossier = Dossier(
        notes, answer_labels(CONTENT.scripts["incident"], answers), answers, MADE_AT, 180
    )
    text = pdf_text(build_pdf(dossier, lang, say_in(lang, answers, flow_id)))
    for note in notes:
        assert flat(printable(note.text)) in flat(text), f"{note.text!r} is on the page"
    assert "U+1F64F" in text, "the dossier says how it prints what its font cannot draw"


def test_an_emoji_is_written_as_its_code_and_the_digest_covers_it():
    notes = (Note("describe", "il m'a écrit 😢 puis 🙏🏽", MADE_AT),)
    dossier = Dossier(notes, (), {"country": "fr"}, MADE_AT, 180)
    text = pdf_text(build_pdf(dossier, "fr", say_in("fr", {})))
    assert flat("il m'a écrit 😢 puis [U+1F64F][U+1F3FD]") in flat(text), "drawn, or its code"
    assert flat("code Unicode") in flat(text), (
        "the dossier says how it prints what its font cannot draw"
    )
    other = Dossier((Note("describe", "il m'a écrit 😭 puis 🙏🏽", MADE_AT),), (), {}, MADE_AT, 180)
    assert re.findall(r"[0-9a-f]{64}", text) != re.findall(
        r"[0-9a-f]{64}", pdf_text(build_pdf(other, "fr", say_in("fr", {})))
    ), "two different emoji give two different digests"


def test_relative_days_are_printed_as_the_dates_they_meant():
    script = CONTENT.scripts["incident"]
    answers = {"when": "yesterday", answered_on("when"): "2026-12-02", "checkin": "7"}
    labels = answer_labels(script, answers)
    assert [(a.label, a.days) for a in labels] == [
        ("field-when", (date(2026, 12, 1), date(2026, 12, 1)))
    ], "the check-in plan is not part of what happened"
    week = answer_labels(script, {"when": "this_week", answered_on("when"): "2026-12-02"})
    dossier = Dossier((Note("note", "x", MADE_AT),), week, {}, MADE_AT, 0)
    text = pdf_text(build_pdf(dossier, "de", say_in("de", {})))
    assert flat("Wann: zwischen 26.11.2026 und 02.12.2026") in flat(text)
    assert "Heute" not in text and "Diese Woche" not in text


A_GIRL_OF_14_IN_FRANCE = {"who": "me", "age": "under18", "country": "fr", "kind": "ai_image"}
A_BOY_OF_16_IN_LUXEMBOURG = {"who": "me", "age": "under18", "country": "lu", "kind": "shared_image"}
AN_ADULT_WHO_SAW_A_CHILD = {"kind": "child_image", "writer_age": "adult", "country": "fr"}
A_WOMAN_ABOUT_HER_OWN_IMAGE = {"who": "me", "age": "adult", "country": "fr", "kind": "ai_image"}


@pytest.mark.parametrize(
    ("case", "included", "left_out"),
    [
        (A_GIRL_OF_14_IN_FRANCE, ["dossier-next-3018", "dossier-next-no-copy"], ["constat"]),
        (A_BOY_OF_16_IN_LUXEMBOURG, ["dossier-next-kjt", "dossier-next-lu"], ["constat", "pharos"]),
        (AN_ADULT_WHO_SAW_A_CHILD, ["dossier-next-pharos", "dossier-next-no-copy"], ["constat", "3018"]),
        (A_WOMAN_ABOUT_HER_OWN_IMAGE, ["dossier-next-constat"], ["3018", "no-copy", "kjt"]),
    ],
)  # fmt: skip
def test_next_steps_fit_who_is_writing_and_what_happened(case, included, left_out):
    steps = next_steps(case, matches(CONTENT.scripts["incident"].flow.child_shown_when, case))
    assert all(step in steps for step in included)
    assert not [step for step in steps for word in left_out if word in step]
    assert steps[-1] == "dossier-next-platform"


def test_the_dossier_speaks_to_a_young_person_in_their_register():
    notes = (Note("describe", "ça a commencé sur Snap", MADE_AT),)
    dossier = Dossier(notes, (), A_GIRL_OF_14_IN_FRANCE, MADE_AT, 30)
    text = flat(pdf_text(build_pdf(dossier, "fr", say_in("fr", A_GIRL_OF_14_IN_FRANCE))))
    assert flat("tes coordonnées") in text and flat("Tu peux lui montrer ce dossier") in text
    assert flat("vos coordonnées") not in text and "300€" not in text


async def test_a_failed_export_answers_a_young_person_in_their_register(running, monkeypatch):
    import bot.telegram.pdf as pdf_module

    def broken(*args, **kwargs):
        raise RuntimeError("the PDF library failed")

    monkeypatch.setattr(pdf_module, "build_pdf", broken)
    person = running.person(user_id=7601, language_code="fr")
    await person.send("/start")
    for label in (
        "Commencer",
        "Non, pas maintenant",
        "Une vraie image intime diffusée sans accord",
    ):
        await person.press(label)
    await person.press("Moi")
    await person.press("Moins de 18 ans")
    await person.press("France")
    await person.send("il a mis ma photo sur un groupe")
    reply = await person.send("/export")
    text = "\n".join(m.text for m in reply)
    assert "Tes notes sont en sécurité. Réessaie" in text and "Vos notes" not in text
