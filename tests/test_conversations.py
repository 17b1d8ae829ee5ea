"""Whole conversations through the real dispatcher and the stand-in Bot API, over HTTP."""

from tests.botapi.client import TestPerson


def texts(messages) -> str:
    return "\n".join(m.text for m in messages)


async def walk_to_evidence(
    person: TestPerson, who: str | None, age: str, country: str, kind: str,
    writer_age: str | None = None,
):  # fmt: skip
    """Answer the questions up to the story, with the labels a person would press: what
    happened first, then about whom. `who` None: a child's image seen online, where `age` is
    the writer's own; `writer_age` for someone writing about another person."""
    french = person.language_code == "fr"
    await person.send("/start")
    await person.press("Commencer" if french else "Begin")
    await person.press("Non, pas maintenant" if french else "No, not right now")
    await person.press(kind)
    if who is not None and who not in person.buttons():  # blackmail: the first aid came first
        await person.press("Continuer" if french else "Continue")
    if who is not None:
        await person.press(who)
    await person.press(age)
    if writer_age is not None:
        await person.press(writer_age)
    return await person.press(country)


async def walk_to_the_end(person: TestPerson) -> list:
    """From the links just given, the rest of the flow with the fewest answers; the last reply."""
    for label in ("C'est tout", "Hier", "Passer", "Continuer", "Continuer"):
        await person.press(label)
    return await person.press("Non merci")


async def test_french_adult_in_france_reaches_the_end(running):
    person = running.person(language_code="fr")
    welcome = await person.send("/start")
    assert "chiffré sur notre serveur" in texts(welcome)
    assert "/delete" in texts(welcome)
    assert "ni la police ni un service d'urgence" in texts(welcome)
    assert "Étape 1 sur" in texts(welcome)

    await person.press("Commencer")
    await person.press("Non, pas maintenant")
    await person.press("Une image sexuelle fabriquée ou retouchée (IA)")
    await person.press("Moi")
    await person.press("18 ans ou plus")
    country = await person.press("France")
    assert "Racontez" in texts(country), "an adult is spoken to with 'vous'"
    await person.send("Un faux montage de moi circule depuis lundi.")
    saved = await person.send("https://x.com/someone/status/123 et instagram.com/fake_acc")
    assert "2 liens enregistrés" in texts(saved)
    assert "https://x.com" not in texts(saved), "links are never echoed back unasked"
    await person.press("C'est tout")
    await person.press("Hier")
    advice = await person.send("@someone")
    assert "capture d'écran qui montre l'adresse et la date" in texts(advice)
    referral = await person.press("Continuer")
    assert "Pharos" in texts(referral)
    assert "119" not in texts(referral) and "3018" not in texts(referral)
    assert "Stopline" not in texts(referral)
    checkin = await person.press("Continuer")
    assert "prenne de vos nouvelles" in texts(checkin)
    end = await person.press("Non merci")
    assert "Merci" in texts(end)
    assert {"✍️ Ajouter une note", "📒 Mes notes", "🆘 Aide tout de suite"} <= set(person.buttons())
    assert "🗑 Effacer mes données" in person.buttons()


async def test_english_minor_blackmailed_gets_first_aid_at_once_then_youth_lines(running):
    person = running.person(user_id=2002, language_code="en-GB")
    await person.send("/start")
    await person.press("Begin")
    await person.press("No, not right now")
    first_aid = await person.press("Threats or blackmail to share images")
    assert "Don't pay" in texts(first_aid), "the first aid, within one input of saying it"
    assert "what they ask for (amount, how to pay)" in texts(first_aid), "what to note (FACTS.md)"
    assert "in the wrong. Not you." in texts(first_aid)
    await person.press("Continue")
    await person.press("Me")
    await person.press("Under 18")
    await person.press("France")
    await person.press("Skip")
    await person.press("I don't have a link")
    account = await person.press("Today")
    assert "Who is threatening you" in texts(account), "not 'which account posted it'"
    advice = await person.press("Skip")
    assert "no screenshot, no download" in texts(advice)
    assert "You did nothing wrong" in texts(advice)
    referral = await person.press("Continue")
    assert (
        "3018" in texts(referral) and "119" in texts(referral) and "Plainte" not in texts(referral)
    )
    assert "You can file a complaint, with an adult you trust" in texts(referral)
    more = await person.press("➕ More places, and how to report")
    assert "Take It Down" in texts(more) and "17Cyber" in texts(more)
    await person.press("Continue")
    end = await person.press("No thanks")
    assert "Thank you" in texts(end)


async def test_a_man_sextorted_in_luxembourg_writing_german_gets_first_aid_then_sie(running):
    person = running.person(user_id=2003, language_code="de")
    await person.send("/start")
    await person.press("Anfangen")
    await person.press("Nein, gerade nicht")
    first_aid = await person.press("Drohungen oder Erpressung mit Bildern")
    assert "Nicht zahlen, keine weiteren Bilder schicken" in texts(first_aid), "at once"
    await person.press("Weiter")
    await person.press("Ich")
    await person.press("18 oder älter")
    await person.press("Luxemburg")
    await person.press("Überspringen")
    await person.press("Ich habe keinen Link")
    account = await person.press("Heute")
    assert "Wer bedroht Sie?" in texts(account)
    await person.press("Überspringen")
    referral = await person.press("Weiter")
    assert "BEE SECURE Helpline" in texts(referral) and "📞 8002 1234" in texts(referral)
    assert "📞 113" in texts(referral) and "rund um die Uhr" in texts(referral)
    assert "Kanner-Jugendtelefon" not in texts(referral) and "Stopline" not in texts(referral)
    assert len(texts(referral)) < 700


async def test_luxembourg_adult_is_not_sent_to_stopline(running):
    person = running.person(user_id=3003)
    await walk_to_evidence(
        person, "Moi", "18 ans ou plus", "Luxembourg", "Une vraie image intime diffusée sans accord"
    )
    await person.press("Passer")
    await person.press("Je n'ai pas de lien")
    await person.press("Je ne sais pas")
    await person.press("Passer")
    referral = await person.press("Continuer")
    assert "BEE SECURE Helpline" in texts(referral) and "8002 1234" in texts(referral)
    assert "Stopline" not in texts(referral), "Stopline takes no personal cases"
    assert "Pharos" not in texts(referral)


async def test_child_image_seen_in_luxembourg_goes_to_stopline(running):
    person = running.person(user_id=3004)
    await walk_to_evidence(
        person, None, "Moins de 18 ans", "Luxembourg", "Une image sexuelle d'enfant vue en ligne"
    )
    await person.press("Passer")
    await person.send("https://example.com/post/1")
    await person.press("C'est tout")
    await person.press("Aujourd'hui")
    advice = await person.press("Passer")
    assert "pas de capture d'écran" in texts(advice)
    assert "la supprimer" in texts(advice), "a screenshot already taken is deleted"
    referral = await person.press("Continuer")
    assert "Stopline" in texts(referral) and "Kanner-Jugendtelefon" in texts(referral)
    assert "Take It Down" not in texts(referral), "for the person shown, never a witness"


async def test_danger_shows_emergency_numbers_at_once_then_continues(running):
    person = running.person(user_id=4004)
    await person.send("/start")
    await person.press("Commencer")
    emergency = await person.press("Oui, danger maintenant")
    shown = texts(emergency)
    for number in ("17", "112", "114", "113"):
        assert f"<b>{number}</b>" in emergency[0].html
    assert "France" in shown and "Luxembourg" in shown
    kind = await person.press("Continuer")
    assert "Que s'est-il passé" in texts(kind)


async def test_every_step_has_a_way_back_and_a_way_out(running):
    person = running.person(user_id=5005)
    await person.send("/start")
    assert "✕ Arrêter" in person.buttons() and "🆘 Urgence" in person.buttons()
    await person.press("Commencer")
    assert "← Retour" in person.buttons()
    await person.press("Non, pas maintenant")
    back = await person.press("← Retour")
    assert "danger immédiat" in texts(back)
    sos = await person.press("🆘 Urgence")
    assert "17" in texts(sos) and "Reprendre" in person.buttons()
    resumed = await person.press("Reprendre")
    assert "danger immédiat" in texts(resumed)
    stopped = await person.press("✕ Arrêter")
    assert "/start" in texts(stopped)


async def test_typing_at_a_choice_keeps_the_message_and_asks_again(running):
    person = running.person(user_id=6006)
    await person.send("/start")
    await person.press("Commencer")
    reply = await person.send("je ne sais pas quoi répondre")
    assert "J'ai gardé ce message dans vos notes" in texts(reply)
    assert "danger immédiat" in texts(reply), "the question again"
    await person.send("/notes")
    shown = await person.press("Afficher mes notes")
    assert "je ne sais pas quoi répondre" in texts(shown)


async def test_a_non_web_link_is_refused_kindly(running):
    person = running.person(user_id=6007)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.press("Passer")
    refused = await person.send("javascript:alert(1)")
    assert "Je ne garde pas les liens « javascript: »" in texts(refused)
    assert "https://" in texts(refused), "it says what a web address looks like"
    nothing = await person.send("je ne sais plus")
    assert "pas trouvé de lien" in texts(nothing)


async def test_old_or_forged_buttons_get_a_kind_answer(running):
    person = running.person(user_id=7007)
    await person.send("/start")
    welcome = person.last()
    await person.press("Commencer")
    again = await person.press_data("p:welcome:begin", on=welcome)
    assert "Reprenons là où nous en étions" in texts(again)
    assert "danger immédiat" in texts(again)
    forged = await person.press_data("p:nonexistent:hack")
    assert "Reprenons" in texts(forged)
    garbage = await person.press_data("zzz")
    assert "Reprenons" in texts(garbage)


async def test_unknown_command_shows_help_and_is_not_taken_as_an_answer(running):
    person = running.person(user_id=7008)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    helped = await person.send("/whatever")
    assert "/urgence" in texts(helped)
    await person.send("mon récit")
    await person.press("Je n'ai pas de lien")  # the description step was answered by the text
