"""Whole conversations through the real dispatcher and the stand-in Bot API, over HTTP."""

from tests.botapi.client import TestPerson


def texts(messages) -> str:
    return "\n".join(m.text for m in messages)


async def walk_to_evidence(person: TestPerson, who: str, age: str, country: str, kind: str):
    """Answer the questions up to the evidence advice, with the labels a person would press."""
    await person.send("/start")
    await person.press("Commencer" if person.language_code == "fr" else "Begin")
    await person.press(
        "Non, pas maintenant" if person.language_code == "fr" else "No, not right now"
    )
    await person.press(who)
    await person.press(age)
    await person.press(country)
    return await person.press(kind)


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
    await person.press("Moi")
    await person.press("18 ans ou plus")
    country = await person.press("France")
    assert "Choisissez" in texts(country), "an adult is spoken to with 'vous'"
    await person.press("Une image sexuelle fabriquée ou retouchée (IA)")
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


async def test_english_minor_gets_child_advice_and_youth_lines(running):
    person = running.person(user_id=2002, language_code="en-GB")
    await walk_to_evidence(
        person, "Me", "Under 18", "France", "Threats or blackmail to share images"
    )
    await person.press("Skip")
    await person.press("I don't have a link")
    await person.press("Today")
    advice = await person.press("Skip")
    assert "no screenshot, no download" in texts(advice)
    assert "Don't pay" in texts(advice), "sextortion adds its own advice"
    assert "what they ask for (amount, how to pay)" in texts(advice), "what to note (FACTS.md)"
    referral = await person.press("Continue")
    assert "3018" in texts(referral) and "119" in texts(referral) and "Pharos" in texts(referral)
    await person.press("Continue")
    end = await person.press("No thanks")
    assert "Thank you" in texts(end)


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
        person, "Une autre personne", "Moins de 18 ans", "Luxembourg",
        "Une image sexuelle d'enfant vue en ligne",
    )  # fmt: skip
    await person.press("Passer")
    await person.send("https://example.com/post/1")
    await person.press("C'est tout")
    await person.press("Aujourd'hui")
    advice = await person.press("Passer")
    assert "pas de capture d'écran" in texts(advice)
    referral = await person.press("Continuer")
    assert "Stopline" in texts(referral) and "Kanner-Jugendtelefon" in texts(referral)


async def test_danger_shows_emergency_numbers_at_once_then_continues(running):
    person = running.person(user_id=4004)
    await person.send("/start")
    await person.press("Commencer")
    emergency = await person.press("Oui, danger maintenant")
    shown = texts(emergency)
    for number in ("17", "112", "114", "113"):
        assert f"<b>{number}</b>" in emergency[0].html
    assert "France" in shown and "Luxembourg" in shown
    who = await person.press("Continuer")
    assert "Qui est concerné" in texts(who)


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
