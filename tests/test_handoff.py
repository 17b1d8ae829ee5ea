"""Talking to a person: an association's counsellors answer in their Telegram group with topics,
through the real dispatcher and the stand-in Bot API (which refuses what Telegram refuses)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date

from bot.clock import Clock
from bot.opening_hours import OpeningHours
from bot.settings import SettingsError
from tests.botapi.client import TestCounsellor, TestPerson
from tests.conftest import RunningBot, bot_settings
from tests.servers import execute
from tests.test_conversations import texts
from tests.test_reminders import eventually

GROUP = -1001234567890
ASSOCIATION = "Écoute Abri"
COUNSELLOR_ID = 777  # signs "Claire" (COUNSELLORS_NAMES); the other counsellor does not
ALWAYS_OPEN = {"counsellors_hours": "mon-sun 00:00-24:00", "counsellors_holidays": ""}


def babel_day(day) -> str:
    return format_date(day, "medium", locale="fr")


def desk_settings(telegram, data_dir, **overrides):
    chosen = {
        "counsellors_chat_id": GROUP,
        "association_name": ASSOCIATION,
        "counsellors_names": f"{COUNSELLOR_ID}=Claire",
        **ALWAYS_OPEN,
    }
    return bot_settings(telegram, data_dir, **{**chosen, **overrides})


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
        (
            "de",
            "/sprechen",
            "Ja, mit der Zusammenfassung",
            "kann Ihre Nachrichten",
            "antwortet Ihnen",
        ),
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


async def test_nobody_answering_in_time_pings_once_even_across_a_restart(desk):
    person = desk.person()
    topic = await connected(person, "Oui, avec le résumé")
    await person.send("Vous êtes là ?")
    await desk.restart()  # the wait lives in the database, not in memory
    desk.clock.offset += timedelta(minutes=11)
    desk.runtime.reminders.wake()
    claire = counsellor(desk)
    await eventually(
        lambda: "Personne n'a répondu depuis 10 minutes" in claire.posts(topic)[-1].text
    )
    await eventually(lambda: "plus long que d'habitude" in person.last().text)
    assert "3114" in person.last().text, "the lines to call meanwhile"
    desk.clock.offset += timedelta(minutes=30)
    desk.runtime.reminders.wake()
    await desk.runtime.reminders.loop.idle()
    pings = [p for p in claire.posts(topic) if "Personne n'a répondu" in p.text]
    assert len(pings) == 1, "the group is pinged once"

    await person.send("Toujours là")  # after the restart, relaying goes on
    assert claire.posts(topic)[-1].text == "Toujours là"
    await claire.write(topic, "Pardon pour l'attente.")
    assert person.last().text.endswith("Pardon pour l'attente.")


@pytest.mark.parametrize("how", ["exit", "delete"])
async def test_exit_or_delete_during_a_conversation_closes_the_topic(desk, data_dir, how):
    person = desk.person()
    await to_the_referral(person)
    topic = await connected(person, "Oui, avec le résumé et mes notes")
    await person.send("Mon message au conseiller")
    claire = counsellor(desk)
    await claire.write(topic, "Je vous lis.")
    if how == "exit":
        await person.press("🚪 Sortie rapide")
    else:
        await person.send("/delete")
        await person.press("Oui, tout effacer")
    topic_texts = texts(desk.telegram.topic_messages(GROUP, topic))
    assert "La conversation est terminée par la personne" in topic_texts, "neutral words"
    assert "Mon message au conseiller" not in topic_texts, "their messages leave the topic"
    assert "faux montage" not in topic_texts, "their notes too"
    assert desk.telegram.forums[GROUP].topics[topic].closed
    assert "Je vous lis." not in texts(desk.telegram.chats[person.chat_id]), "gone from the chat"
    assert execute(data_dir, "SELECT count(*) FROM relays") == [(0,)], "the relay store erased"
    handoffs = execute(data_dir, "SELECT count(*) FROM handoffs")
    assert handoffs == ([(1,)] if how == "exit" else [(0,)])
    posts = len(claire.posts(topic))
    await claire.write(topic, "Vous êtes toujours là ?")
    assert "Vous êtes toujours là" not in texts(desk.telegram.chats[person.chat_id])
    if how == "exit":  # the person may come back: the topic stays theirs, closed
        assert "Cette conversation est fermée" in claire.posts(topic)[-1].text
    else:  # erased: the topic is nobody's any more, and the bot says nothing in it
        assert len(claire.posts(topic)) == posts


async def test_the_topic_never_holds_the_persons_telegram_identity(desk):
    person = desk.person(user_id=987654321)
    person.first_name, person.username = "Zoé-Canary", "zoe_canary_77"
    await to_the_referral(person)
    topic = await connected(person, "Oui, avec le résumé et mes notes")
    await person.send("Bonjour")
    await counsellor(desk).write(topic, "/lines")
    await counsellor(desk).write(topic, "/close")
    to_group = [c for c in desk.telegram.calls if str(c.params.get("chat_id")) == str(GROUP)]
    assert to_group and any(c.method == "createForumTopic" for c in to_group)
    seen = " ".join(str(c.params) for c in to_group)
    seen += " ".join(t.name for t in desk.telegram.forums[GROUP].topics.values())
    for identity in ("987654321", "Zoé-Canary", "zoe_canary_77"):
        assert identity not in seen


async def test_outside_the_hours_the_lines_and_a_check_in_at_opening(
    telegram, data_dir, log_output
):
    telegram.add_forum(GROUP)
    today = datetime.now(ZoneInfo("Europe/Paris")).date()
    settings = desk_settings(
        telegram, data_dir, counsellors_hours="mon-sun 09:00-18:00",
        counsellors_holidays=today.isoformat(),
    )  # fmt: skip
    bot = RunningBot(settings, telegram, Clock(), quiet_hours=False)
    await bot.start()
    try:
        person = bot.person()
        closed = await person.send("/talk")
        assert "Personne de Écoute Abri n'est là en ce moment" in texts(closed)
        tomorrow = babel_day(today + timedelta(days=1))
        assert f"Quelqu'un sera là le {tomorrow}" in texts(closed)
        assert "3114" in texts(closed) and "112" in texts(closed)
        assert not telegram.forums[GROUP].topics, "no topic outside the hours"
        planned = await person.press("🔔 Un message quand quelqu'un est là")
        assert f"un message viendra le {tomorrow} 08:00 (UTC)" in texts(planned), "9:00 in Paris"
    finally:
        await bot.stop()


async def test_where_no_association_answers_talk_gives_the_lines(running):
    person = running.person()
    answer = await person.send("/talk")
    assert "Je ne peux pas vous mettre en lien avec une personne" in texts(answer)
    assert "3114" in texts(answer)
    assert "💬 Parler à quelqu'un" not in person.buttons()
    assert "/parler" not in texts(await person.send("/help"))


def test_counsellors_settings_are_checked_at_start(telegram, data_dir):
    with pytest.raises(SettingsError, match="ASSOCIATION_NAME is required"):
        bot_settings(telegram, data_dir, counsellors_chat_id=GROUP)
    with pytest.raises(SettingsError, match="COUNSELLORS_HOURS: 'mon 9h-18h'"):
        desk_settings(telegram, data_dir, counsellors_hours="mon 9h-18h")
    with pytest.raises(SettingsError, match="COUNSELLORS_CHAT_ID: must be the id of a supergroup"):
        desk_settings(telegram, data_dir, counsellors_chat_id=12345)
    with pytest.raises(SettingsError, match="COUNSELLORS_HOLIDAYS: 'XX'"):
        desk_settings(telegram, data_dir, counsellors_holidays="XX")


def test_opening_hours_follow_the_week_the_zone_and_the_holidays():
    hours = OpeningHours.parse(
        "mon-fri 09:00-12:00,14:00-18:00; sat 10:00-13:00", "Europe/Paris", "FR"
    )
    paris = ZoneInfo("Europe/Paris")
    assert hours.is_open(datetime(2026, 12, 3, 10, 0, tzinfo=paris))  # a Thursday
    assert not hours.is_open(datetime(2026, 12, 3, 13, 0, tzinfo=paris))
    assert hours.next_opening(datetime(2026, 12, 3, 13, 0, tzinfo=paris)) == datetime(
        2026, 12, 3, 14, 0, tzinfo=paris
    )
    assert not hours.is_open(datetime(2026, 12, 25, 10, 0, tzinfo=paris)), "Christmas"
    assert hours.next_opening(datetime(2026, 12, 24, 19, 0, tzinfo=paris)) == datetime(
        2026, 12, 26, 10, 0, tzinfo=paris
    )
    assert hours.is_open(datetime(2026, 12, 3, 9, 30, tzinfo=UTC)), "10:30 in Paris"
