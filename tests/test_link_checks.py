"""Did it come down? At a check-in, each saved link is asked about in turn (the person checks,
the bot never opens a link); a link said gone is not asked about again; counted by platform."""

from datetime import date

from storage.stats import LINK_CHECKED, LINK_GONE, Stats
from tests.conftest import days_pass
from tests.test_conversations import texts
from tests.test_reminders import reminder_messages, to_checkin, to_the_removed_question

X = "https://x.com/someone/status/1790000000000000001"
INSTAGRAM = "https://www.instagram.com/p/Cx-Planted_91/"


async def test_each_saved_link_is_asked_about_and_a_gone_one_is_not_asked_again(soon):
    person = soon.person(user_id=26_001)
    await to_checkin(person, links=f"{X} {INSTAGRAM}")
    await person.press("Dans 1 jour")
    days_pass(soon, days=3)
    await soon.telegram.wait(lambda: reminder_messages(person), seconds=15)

    [first] = await to_the_removed_question(person)
    assert "Lien sur X (Twitter), à vérifier" in first.text and "retiré ?" in first.text
    assert f"<code>{X}</code>" in first.html, "shown as code: never a tappable link"
    [second] = await person.press("Oui")  # the X post is gone
    assert "Lien sur Instagram" in second.text and f"<code>{INSTAGRAM}</code>" in second.html
    twice = next(b for row in first.buttons for b in row if b["text"] == "Oui")
    [stale] = await person.press_data(twice["callback_data"], first)  # the X post's button again
    assert "Lien sur Instagram" in stale.text, "an earlier link's button does not answer this one"
    asked = texts(await person.press("Non"))  # the Instagram post is still online
    assert "Qu'a répondu la plateforme" in asked, "one link still online: still online"

    async with soon.runtime.sessions() as session:
        counted = await Stats(session).between(date(2000, 1, 1), date(2100, 1, 1))
    links = sorted(
        (c.event.event, c.event.detail, c.event.step_id, c.count)
        for c in counted
        if c.event.event in (LINK_CHECKED, LINK_GONE)
    )
    assert links == [
        (LINK_CHECKED, "instagram", "", 1),
        (LINK_CHECKED, "x", "", 1),
        (LINK_GONE, "x", "0-7", 1),
    ], "each link once, by platform; gone three days after it was saved"

    await person.press("Pas de réponse")
    await person.press("J'attends")
    await person.press("Non")
    await person.press("Dans 1 jour")
    days_pass(soon, days=1)
    await soon.telegram.wait(lambda: len(reminder_messages(person)) == 2, seconds=15)
    again = texts(await to_the_removed_question(person))
    assert INSTAGRAM in again and X not in again, "the link said gone is not asked again"
    moved_on = texts(await person.press("Oui"))
    assert "Avez-vous eu une réponse" in moved_on, "all gone now: no platform decision to ask"
