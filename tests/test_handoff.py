"""Talking to a person: an association's counsellors answer in their Telegram group with topics,
through the real dispatcher and the stand-in Bot API (which refuses what Telegram refuses)."""

from __future__ import annotations

import pytest

from bot.clock import Clock
from tests.botapi.client import TestCounsellor, TestPerson
from tests.conftest import RunningBot, bot_settings
from tests.test_conversations import texts

GROUP = -1001234567890
ASSOCIATION = "Écoute Abri"
COUNSELLOR_ID = 777  # signs "Claire" (COUNSELLORS_NAMES); the other counsellor does not
ALWAYS_OPEN = {"counsellors_hours": "mon-sun 00:00-24:00", "counsellors_holidays": ""}


def desk_settings(telegram, data_dir, **overrides):
    return bot_settings(
        telegram,
        data_dir,
        counsellors_chat_id=GROUP,
        association_name=ASSOCIATION,
        counsellors_names=f"{COUNSELLOR_ID}=Claire",
        **{**ALWAYS_OPEN, **overrides},
    )


@pytest.fixture
async def desk(telegram, data_dir, log_output):
    """A bot whose counsellors answer, at any hour; its clock the test may move."""
    telegram.add_forum(GROUP)
    bot = RunningBot(desk_settings(telegram, data_dir), telegram, Clock(), quiet_hours=False)
    await bot.start()
    yield bot
    await bot.stop()


def counsellor(bot: RunningBot, user_id: int = COUNSELLOR_ID) -> TestCounsellor:
    return TestCounsellor(bot.telegram, GROUP, user_id)


async def to_the_referral(person: TestPerson) -> list:
    """An adult in France, an AI-made image of them, a link saved: the referral."""
    await person.send("/start")
    await person.press("Commencer")
    await person.press("Non, pas maintenant")
    await person.press("Une image sexuelle fabriquée ou retouchée (IA)")
    await person.press("Moi")
    await person.press("18 ans ou plus")
    await person.press("France")
    await person.send("Un faux montage de moi circule depuis lundi.")
    await person.send("https://x.com/someone/status/123")
    await person.press("C'est tout")
    await person.press("Hier")
    await person.send("@someone")
    return await person.press("Continuer")


async def connected(person: TestPerson, share: str, talk: str = "💬 Parler à quelqu'un") -> int:
    """Asks to talk, agrees to share; returns the topic the bot opened."""
    asked = await person.press(talk) if talk in person.buttons() else await person.send("/talk")
    assert "Jamais votre nom" in texts(asked) or "Never your name" in texts(asked) or asked
    before = set(person.telegram.forums[GROUP].topics)
    await person.press(share)
    (topic,) = set(person.telegram.forums[GROUP].topics) - before
    return topic


async def test_a_conversation_with_a_counsellor_from_the_referral_to_the_close(desk):
    person = desk.person()
    referral = await to_the_referral(person)
    assert "💬 Parler à quelqu'un" in person.buttons(), "offered at the referral"
    assert "Pharos" in texts(referral)

    asked = await person.press("💬 Parler à quelqu'un")
    assert "Une personne de Écoute Abri peut lire vos messages" in texts(asked)
    assert "Jamais votre nom, votre pseudo ni votre compte Telegram" in texts(asked)
    before = set(desk.telegram.forums[GROUP].topics)
    answer = await person.press("Oui, avec le résumé")
    assert "va vous répondre ici" in texts(answer)
    (topic,) = set(desk.telegram.forums[GROUP].topics) - before
    name = desk.telegram.forums[GROUP].topics[topic].name
    assert name.startswith("Personne ") and name.removeprefix("Personne ").isdigit()

    claire = counsellor(desk)
    summary = texts(claire.posts(topic))
    assert f"{name} demande à parler" in summary
    assert "Langue : Français" in summary
    assert "Pays : France" in summary
    assert "Âge de la personne sur les images : 18 ans ou plus" in summary
    assert "Situation : Une image sexuelle fabriquée ou retouchée (IA)" in summary
    assert "Pharos" in summary, "the services already shown"
    assert "Elle n'a pas partagé ses notes." in summary
    assert "faux montage" not in summary and "x.com" not in summary, "no notes unasked"

    await person.send("Bonjour, je ne sais pas quoi faire.")
    assert claire.posts(topic)[-1].text == "Bonjour, je ne sais pas quoi faire."
    assert person.messages()[-1].text != "Bonjour, je ne sais pas quoi faire.", "no echo"

    seen = len(person.messages())
    await claire.write(topic, "Bonjour, vous avez bien fait d'écrire. <b>Je suis là.</b>")
    (reply,) = person.messages()[seen:]
    assert reply.text.startswith("💬 Claire · Écoute Abri")
    assert "<b>Je suis là.</b>" in reply.text, "a counsellor's text is escaped, never markup"

    other = counsellor(desk, user_id=778)
    await other.write(topic, "Je prends le relais.")
    assert person.last().text.startswith("💬 Écoute Abri\n"), "signed with the association"

    await claire.write(topic, "/note elle semble calme")
    assert "elle semble calme" not in texts(person.messages()), "a note is never relayed"

    seen = len(person.messages())
    await claire.write(topic, "/lines")
    sent = texts(person.messages()[seen:])
    assert "Voici où vous pouvez vous adresser" in sent and "Pharos" in sent
    assert "envoyés" in claire.posts(topic)[-1].text

    seen = len(person.messages())
    await claire.write(topic, "/close")
    ended = texts(person.messages()[seen:])
    assert "Écoute Abri a fermé la conversation" in ended
    assert "ce n'est pas votre faute" in ended
    assert "Dans 3 jours" in person.buttons(), "the check-in offer"
    assert desk.telegram.forums[GROUP].topics[topic].closed

    after = await person.send("Encore une chose")
    assert "Encore une chose" not in texts(claire.posts(topic)), "closed: nothing more relayed"
    assert after, "the person is answered by the bot again"
    planned = await person.press("Dans 3 jours")
    assert "un message viendra" in texts(planned)
