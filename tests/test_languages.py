"""French, English and German, the right register, the person's choice, localised menus."""

import re

import pytest

from bot.telegram.commands_menu import publish_commands
from tests.test_conversations import texts

UNRESOLVED = re.compile(r"\{\s*\$|\{\s*\"|\uFFFD|\{\?\}")


async def walk_whole_flow(person) -> list:
    """Every step by position: begin, not in danger, AI image, me, under 18, France, …"""
    seen = []
    seen += await person.send("/start")
    for index in (0, 1, 0, 0, 0, 0):  # begin, no danger, AI-made image, me, under 18, France
        seen += await person.press_nth(index)
    seen += await person.send("description")
    seen += await person.send("https://example.com/a")
    seen += await person.press_nth(0)  # that's all
    seen += await person.press_nth(1)  # yesterday
    seen += await person.send("@account")
    seen += await person.press_nth(0)  # advice → referral
    seen += await person.press_nth(1)  # referral (after "more places") → check-in
    seen += await person.press_nth(3)  # no thanks → end
    return seen


@pytest.mark.parametrize(
    ("code", "thanks"),
    [("fr", "Merci"), ("en", "Thank you"), ("de", "Danke")],
)
async def test_the_whole_flow_in_each_language_reaches_its_end(running, code, thanks):
    person = running.person(user_id=hash(code) % 10_000 + 20_000, language_code=code)
    seen = await walk_whole_flow(person)
    assert thanks in seen[-1].text
    for message in seen:
        assert not UNRESOLVED.search(message.text), message.text
        for row in message.buttons:
            assert all(not UNRESOLVED.search(b["text"]) for b in row)


@pytest.mark.parametrize(
    ("code", "age", "informal", "formal"),
    [
        ("fr", 0, "Dans quel pays vis-tu ?", "Dans quel pays vivez-vous ?"),
        ("de", 0, "In welchem Land lebst du?", "In welchem Land leben Sie?"),
    ],
)
async def test_the_register_switches_after_the_age_question(running, code, age, informal, formal):
    young = running.person(user_id=21_001 + len(code), language_code=code)
    adult = running.person(user_id=21_101 + len(code), language_code=code)
    for person, choice in ((young, 0), (adult, 1)):
        await person.send("/start")
        await person.press_nth(0)
        await person.press_nth(1)
        kind = await person.press_nth(0)  # what happened comes first, in neutral words
        assert "vous" not in texts(kind) and " Sie " not in texts(kind)
        before = await person.press_nth(0)  # "me": the age question, still neutral
        assert " tu " not in texts(before) and "vous" not in texts(before)
        assert " du " not in texts(before) and " Sie " not in texts(before)
        country = await person.press_nth(choice)
        assert (informal if person is young else formal) in texts(country)


async def test_an_unknown_language_gets_english_then_french_in_france(running):
    person = running.person(user_id=22_001, language_code="es")
    welcome = await person.send("/start")
    assert "Welcome" in texts(welcome)
    for label in ("Begin", "No, not right now", "Something else", "Me", "18 or over"):
        await person.press(label)
    story = await person.press("France")
    assert "Racontez ce qui s'est passé" in texts(story)


async def test_language_chosen_with_slash_language_is_remembered(running):
    person = running.person(user_id=22_002, language_code="fr")
    await person.send("/start")
    asked = await person.send("/language")
    assert "Welche Sprache?" in texts(asked)
    chosen = await person.press("Deutsch")
    assert "auf Deutsch weiter" in texts(chosen) and "Willkommen" in texts(chosen)
    await running.restart()
    danger = await person.press("Anfangen")
    assert "akute Gefahr" in texts(danger)


async def test_notes_show_dates_in_the_language_and_time_zone(running):
    person = running.person(user_id=22_003, language_code="fr")
    await person.send("/start")
    for index in (0, 1, 4, 0, 1, 0):  # begin, no danger, something else, me, adult, France
        await person.press_nth(index)
    await person.send("un récit daté")
    await person.send("/notes")
    shown = texts(await person.press("Afficher mes notes"))
    assert "(Europe/Paris)" in shown
    assert re.search(r"\d{1,2} [a-zéû]+\.? \d{4} \d{2}:\d{2} ", shown), shown
    assert not re.search(r"\d:\d\d:\d\d", shown), "to the minute, no seconds"


async def test_command_menus_are_published_in_each_language(running):
    await publish_commands(running.bot, running.runtime.catalog)
    menus = running.telegram.commands
    assert set(menus) == {"fr", "en", "de", ""}
    french = {c["command"]: c["description"] for c in menus["fr"]}
    assert french["urgence"] == "Aide immédiate"
    assert "emergency" in {c["command"] for c in menus["en"]}
    assert "emergency" in {c["command"] for c in menus[""]}
    assert {c["command"] for c in menus["de"]} >= {"start", "notes", "export", "delete", "language"}
