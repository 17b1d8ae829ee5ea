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


async def test_the_summary_holds_the_notes_and_links_only_when_ticked(desk):
    person = desk.person()
    await to_the_referral(person)
    topic = await connected(person, "Oui, avec le résumé et mes notes")
    summary = texts(counsellor(desk).posts(topic))
    assert "Un faux montage de moi circule depuis lundi." in summary
    assert "https://x.com/someone/status/123" in summary
    assert "@someone" in summary
    assert "n'a pas partagé" not in summary
    link_post = next(p for p in counsellor(desk).posts(topic) if "x.com" in p.text)
    assert "<code>https://x.com/someone/status/123</code>" in link_post.html, "never a live link"


@pytest.mark.parametrize(
    ("lang", "command", "share", "consent", "connected_words"),
    [
        ("fr", "/parler", "Oui, avec le résumé", "peut lire vos messages", "va vous répondre"),
        ("en", "/talk", "Yes, with the summary", "can read your messages", "will answer you"),
        ("de", "/sprechen", "Ja, mit der Zusammenfassung", "kann Ihre Nachrichten", "antwortet Ihnen"),
    ],
)
async def test_messages_go_both_ways_in_each_language(
    desk, lang, command, share, consent, connected_words
):
    person = desk.person(user_id=3000 + len(lang) + ord(lang[0]), language_code=lang)
    asked = await person.send(command)
    assert consent in texts(asked)
    before = set(desk.telegram.forums[GROUP].topics)
    assert connected_words in texts(await person.press(share))
    (topic,) = set(desk.telegram.forums[GROUP].topics) - before
    claire = counsellor(desk)
    language_name = {"fr": "Français", "en": "English", "de": "Deutsch"}[lang]
    assert f"Langue : {language_name}" in texts(claire.posts(topic)), "the group reads French"

    typed = {"fr": "J'ai peur", "en": "I am scared", "de": "Ich habe Angst"}[lang]
    await person.send(typed)
    assert claire.posts(topic)[-1].text == typed
    await claire.write(topic, "Merci de votre message, je suis là.")
    assert person.last().text == "💬 Claire · Écoute Abri\nMerci de votre message, je suis là."
    assert {"🆘", "🚪"} <= {label[:1] for label in person.buttons()}, "the ways out stay"


async def test_a_file_is_refused_both_ways(desk):
    person = desk.person()
    topic = await connected(person, "Oui, avec le résumé")
    claire = counsellor(desk)
    refused = await person.send_media("photo")
    assert "Je ne transmets pas non plus les fichiers" in texts(refused)
    assert all(m.kind != "photo" for m in desk.telegram.chats[person.chat_id]), "removed"
    assert "essayé d'envoyer un fichier" in claire.posts(topic)[-1].text
    assert not desk.telegram.called("sendPhoto") and not desk.telegram.called("sendDocument")
    assert not desk.telegram.called("forwardMessage") and not desk.telegram.called("copyMessage")

    seen = len(person.messages())
    await claire.send_photo(topic)
    assert "Les fichiers ne sont pas transmis" in claire.posts(topic)[-1].text
    assert len(person.messages()) == seen, "nothing reaches the person"


async def test_crisis_words_bring_the_lines_at_once_and_alert_the_topic(desk):
    person = desk.person()
    topic = await connected(person, "Oui, avec le résumé")
    words = "je vais me suicider ce soir"
    answer = await person.send(words)
    assert "3114" in texts(answer), "the crisis lines, in the very next reply"
    posts = counsellor(desk).posts(topic)
    assert posts[-2].text == words and "mots de crise" in posts[-1].text


async def test_a_counsellors_edit_follows_and_undo_removes_it_on_the_persons_side(desk):
    person = desk.person()
    topic = await connected(person, "Oui, avec le résumé")
    claire = counsellor(desk)
    written = await claire.write(topic, "Rendez-vous sur pharos.gouv.fr")
    copy = person.last()
    await claire.edit(written, "Vous pouvez signaler sur Pharos.")
    assert copy.text == "💬 Claire · Écoute Abri\nVous pouvez signaler sur Pharos."
    assert copy.buttons, "the ways out stay under the corrected message"
    await claire.write(topic, "/undo", reply_to=written.message_id)
    assert copy not in desk.telegram.chats[person.chat_id]
    assert "retiré de son côté" in claire.posts(topic)[-1].text
    await claire.write(topic, "/undo")
    assert "répondez à ce message avec /undo" in claire.posts(topic)[-1].text
