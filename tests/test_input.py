"""Files, stickers and hostile text: clear answers, nothing downloaded, nothing broken."""

import pytest

from tests.test_conversations import texts, walk_to_evidence

RTL_ZERO_WIDTH = "\u202eevil\u202c mot\u200bcaché \u2066isolé\u2069 \u200d"


async def test_a_photo_is_deleted_and_never_downloaded(running):
    person = running.person(user_id=8001)
    await person.send("/start")
    reply = await person.send_media("photo")
    photo_id = next(c for c in running.telegram.called("deleteMessage")).params["message_id"]
    assert photo_id not in [m.message_id for m in running.telegram.chats[person.chat_id]]
    assert "je ne garde jamais d'image" in texts(reply)
    assert not running.telegram.called("getFile")


@pytest.mark.parametrize("kind", ["document", "voice"])
async def test_every_kind_of_file_is_removed(running, kind):
    person = running.person(user_id=8002)
    await person.send_media(kind)
    assert running.telegram.called("deleteMessage")
    assert not running.telegram.called("getFile")


async def test_when_a_child_is_shown_the_warning_says_keeping_it_is_an_offence(running):
    person = running.person(user_id=8003)
    await walk_to_evidence(person, "Mon enfant", "Moins de 18 ans", "France", "Autre chose")
    reply = await person.send_media("photo")
    assert "garder ou envoyer l'image est en soi interdit" in texts(reply)


async def test_a_file_that_cannot_be_removed_asks_the_person_to_remove_it(running):
    person = running.person(user_id=8004)
    running.telegram.fail_next("deleteMessage", 400, "Bad Request: message can't be deleted")
    reply = await person.send_media("photo", refusals_expected=True)
    assert "supprimer vous-même" in texts(reply)


async def test_a_sticker_gets_a_gentle_word(running):
    person = running.person(user_id=8005)
    reply = await person.send_media("sticker")
    assert "que du texte et des boutons" in texts(reply)
    assert not running.telegram.called("deleteMessage")


@pytest.mark.parametrize(
    "typed",
    [
        "<b>gras</b> & <script>alert('x')</script> &amp; &lt; <unclosed",
        "x" * 4000,
        "x" * 4096,  # Telegram's limit, in UTF-16 units
        "x" * 4095 + "😀",  # 4,097 units: one character past it
        "😀" * 2049,
        RTL_ZERO_WIDTH,
        "nul\x00byte",
    ],
    ids=["html", "4000-chars", "4096-units", "4097-units", "2049-emoji", "rtl-zero-width", "nul"],
)
async def test_hostile_text_is_kept_and_shown_back_exactly(running, typed, log_output):
    person = running.person(user_id=8100 + len(typed))
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send(typed)
    await person.send("/notes")
    shown = await person.press("Afficher mes notes")
    assert all(len(m.text.encode("utf-16-le")) // 2 <= 4096 for m in shown)
    # A note longer than one message continues in the next one, cut between characters.
    assert typed in "".join(m.text for m in shown)
    assert "update_failed" not in log_output.getvalue()


async def test_a_10_kb_link_is_refused_and_a_look_alike_shows_its_real_name(running):
    person = running.person(user_id=8201)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.press("Passer")
    huge = await person.send("https://exemple.fr/p?" + "a=1&" * 2500)
    assert "trop long pour être gardé" in texts(huge)
    look_alike = await person.send("https://аpple.com/login")  # a Cyrillic "а"
    assert "Lien enregistré" in texts(look_alike)
    await person.send("/notes")
    shown = texts(await person.press("Afficher mes notes"))
    assert "xn--pple-43d.com/login" in shown, "the look-alike shows as what it really is"
    assert "аpple.com" not in shown


async def test_several_refused_links_get_one_explanation_per_kind(running):
    person = running.person(user_id=8202)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.press("Passer")
    pasted = "javascript:alert(1) javascript:void(0) data:text/html,x https://exemple.fr/p?"
    reply = texts(await person.send(pasted + "a=1&" * 2500))
    assert reply.count("Je ne garde pas les liens") == 1 and "« javascript:, data: »" in reply
    assert reply.count("trop long pour être gardé") == 1


@pytest.mark.parametrize(
    "data",
    [
        "g:99999",  # a notes page that does not exist
        "g:-1",
        "d:everyone",  # a deletion nobody offered
        "l:xx",  # a language the bot does not speak
        "m:admin",
        "n:../../etc",
        "r:yes:00000000-0000-0000-0000-000000000000",  # a check-in that is not theirs
        "p:welcome:begin:extra",
        "p::",
        "x" * 300,  # longer than Telegram's 64 bytes
        "\u202e\x00",
        "",
    ],
)
async def test_forged_button_data_gets_a_kind_answer(running, data, log_output):
    person = running.person(user_id=8202)
    await person.send("/start")
    await person.press("Commencer")
    reply = await person.press_data(data)
    assert reply, "the person is answered"
    assert "Un problème est survenu" not in texts(reply), "a forgery is no failure of ours"
    assert "update_failed" not in log_output.getvalue()


async def test_an_impossible_date_is_asked_again_with_an_example(running):
    person = running.person(user_id=8310)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.press("Passer")
    await person.press("Je n'ai pas de lien")
    refused = await person.send("le 31/02/2026")
    assert "n'existe pas dans le calendrier" in texts(refused) and "03/11/2026" in texts(refused)
    assert "Aujourd'hui" in person.buttons(), "still at the date question"
    taken = await person.send("le 28/02/2026 vers 21 h")
    assert "Quel compte" in texts(taken)
    await person.send("/notes")
    shown = texts(await person.press("Afficher mes notes"))
    assert "28/02/2026" in shown and "31/02/2026" not in shown
