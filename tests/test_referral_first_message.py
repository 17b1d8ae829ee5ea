"""A referral's first message fits a phone: under 700 characters for every case the directory's
rules can meet, in every language, at any hour (the hours change "open now" / "closed")."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.content import load_content
from bot.telegram.rendering import plain, render, visible_length
from bot.views.screens import step_reply
from flows.directory import DailyHours, every_case
from flows.engine import State, variables, view
from i18n.catalog import LANGUAGES

CONTENT = load_content()
LIMIT = 700
HOURS = (3, 12, 22)  # at night, at noon, late evening (UTC): open and closed doors both show


def first_message_lengths(lang: str) -> list[tuple[int, dict[str, str], str]]:
    """(visible length, case, text) of the first referral message, for every case and hour."""
    measured = []
    scripts = CONTENT.scripts
    cases, _ = every_case(CONTENT.directory, [s.flow for s in scripts.values()])
    for case in cases:
        for flow_id, script in scripts.items():
            steps = [s for s in script.flow.steps if s.services == "referral"]
            for step in steps:
                state = State(flow_id, script.version, step.id, ("earlier",), case)
                for hour in HOURS:
                    now = datetime(2026, 12, 2, hour, 30, tzinfo=UTC)
                    shown = view(script, state)
                    reply = step_reply(shown, CONTENT.directory, case, (), (None, None), now)
                    messages = render([reply], CONTENT.catalog, lang, variables(script, state))
                    text = "\n".join(m.html for m in messages)
                    measured.append((visible_length(text), case, text))
    return measured


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_first_referral_message_is_over_700_characters(lang):
    measured = first_message_lengths(lang)
    assert len(measured) > 100, "every case of the rules, in every flow with a referral"
    longest, case, text = max(measured, key=lambda m: m[0])
    print(f"\n{lang}: longest first referral message {longest} characters, for {case}")
    assert longest <= LIMIT, f"{longest} characters for {case}:\n{text}"


def first_message(lang: str, answers: dict[str, str], local_now: datetime) -> str:
    script = CONTENT.scripts["incident"]
    state = State("incident", script.version, "referral", ("earlier",), answers)
    reply = step_reply(view(script, state), CONTENT.directory, answers, (), (None, None), local_now)
    messages = render([reply], CONTENT.catalog, lang, variables(script, state))
    return "\n".join(plain(m.html) for m in messages)


A_GIRL_IN_FRANCE = {
    "danger": "no",
    "kind": "ai_image",
    "who": "me",
    "age": "under18",
    "country": "fr",
}


@pytest.mark.parametrize(
    ("local", "says"),
    [
        ("23:30", "📞 3018 · fermé maintenant, ouvre à 09:00"),
        ("08:59", "📞 3018 · fermé maintenant, ouvre à 09:00"),
        ("09:00", "📞 3018 · ouvert maintenant, jusqu'à 23:00"),
        ("22:59", "📞 3018 · ouvert maintenant, jusqu'à 23:00"),
    ],
)
def test_the_first_doors_say_which_are_open_at_the_persons_hour(local, says):
    hour, minute = map(int, local.split(":"))
    now = datetime(2026, 12, 2, hour, minute, tzinfo=ZoneInfo("Europe/Paris"))
    text = first_message("fr", A_GIRL_IN_FRANCE, now)
    assert says in text
    assert "📞 119 · 24 h/24" in text, "open every hour, and said so"
    doors = [line for line in text.splitlines() if line.startswith(("3018 :", "119 ", "Pharos :"))]
    assert len(doors) == 3, f"one line per door, three doors: {text}"


def test_hours_past_midnight_count_as_open():
    hours = DailyHours(daily=("20:00", "02:00"))
    assert hours.open_at(time(23, 0)) and hours.open_at(time(1, 59))
    assert not hours.open_at(time(2, 0)) and not hours.open_at(time(12, 0))
