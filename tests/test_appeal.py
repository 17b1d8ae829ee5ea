"""The appeal clock: a notice the platform refused gets the person's rights (DSA art. 20 and 21)
and, if they want it, a neutral check-in before the six months to contest end."""

import io
from datetime import timedelta

from pypdf import PdfReader

from i18n.dates import day
from tests.conftest import days_pass
from tests.test_conversations import texts
from tests.test_reminders import (
    PARIS,
    TOPIC_WORDS,
    reminder_messages,
    reminder_rows,
    to_checkin,
    to_the_removed_question,
)


async def reported_and_still_online(person) -> None:
    await to_the_removed_question(person)
    await person.press("Non")  # not removed


async def test_a_refused_notice_gets_the_article_20_reminder_and_the_article_21_offer(
    soon, data_dir
):
    person = soon.person(user_id=25_001)
    await to_checkin(person)
    await person.press("Dans 1 jour")
    days_pass(soon)
    await soon.telegram.wait(lambda: reminder_messages(person), seconds=15)
    await reported_and_still_online(person)

    rights = await person.press("Elle refuse de le retirer")
    said = texts(rights)
    assert "six mois" in said and "article 20" in said, "the time to ask the platform again"
    assert "Appeals Centre Europe" in said and "article 21" in said and "90 jours" in said
    planned = await person.press("Oui, dans 5 mois")
    assert "Avez-vous eu une réponse" in texts(planned)
    await person.press("Oui")
    end = await person.press("Non")  # no more help: the end, no other check-in to replace it
    assert "Merci d'avoir pris le temps" in texts(end)
    await person.send("/export")
    document = next(m for m in person.messages() if m.kind == "document")
    pdf = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(document.file)).pages).split()
    )
    refused_on = day(soon.clock.now().astimezone(PARIS).date(), "fr")
    assert f"Décision de la plateforme : Elle refuse de le retirer (le {refused_on})" in pdf
    assert f"Signalé : Oui (le {refused_on})" in pdf, "the dates the six months run from"
    [appeal] = [row for row in reminder_rows(data_dir) if row[1] == "planned"]
    until = appeal[2] - soon.clock.now()
    assert timedelta(days=149) < until < timedelta(days=151), "five months, a month to spare"

    days_pass(soon, days=151)
    await soon.telegram.wait(lambda: len(reminder_messages(person)) == 2, seconds=15)
    reminder = reminder_messages(person)[-1]
    assert not [w for w in TOPIC_WORDS if w in reminder.text.lower()], "as neutral as any other"
    await person.press("Oui")
    await person.press("Un peu mieux")
    due = await person.press("Non, pas maintenant")
    assert "délai de six mois pour contester" in texts(due) and "se termine bientôt" in texts(due)
    assert "Appeals Centre Europe" in texts(due)
    reported = await person.press("Continuer")
    assert "Avez-vous pu signaler" in texts(reported)
