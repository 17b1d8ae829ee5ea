"""What a person types never reaches the database files in clear, nor the logs."""

from datetime import date

from storage.stats import Stats
from tests.servers import stored_bytes
from tests.test_conversations import walk_to_evidence

PLANTED = {
    "description": "PLANTED-DESC-7f3a9c quelque chose de précis",
    "link": "https://planted-link-4b2c.example/post/991",
    "account": "@planted_account_91xq",
    "when": "le planted-date-5512 au soir",
    "note": "planted-note-zz81 une note privée",
}
USER_ID = 987654321987


def assert_absent(haystack: bytes, needles: list[str], where: str) -> None:
    for needle in needles:
        assert needle.encode() not in haystack, f"{needle!r} found in {where}"


async def test_typed_text_never_stored_or_logged_in_clear(running, data_dir, log_output):
    person = running.person(user_id=USER_ID)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send(PLANTED["description"])
    await person.send("voir " + PLANTED["link"])
    await person.press("C'est tout")
    await person.send(PLANTED["when"])
    await person.send(PLANTED["account"])
    await person.press("Continuer")
    await person.press("Continuer")
    await person.press("Non merci")
    await person.press("✍️ Ajouter une note")
    await person.send(PLANTED["note"])

    # The notes are really kept: the person can read every one of them back.
    await person.press("📒 Mes notes")
    shown = await person.press("Afficher mes notes")
    listing = "\n".join(m.text for m in shown)
    for value in PLANTED.values():
        assert value in listing
    await person.send("/export")  # a dossier made at DEBUG: its font library says nothing
    assert any(m.kind == "document" for m in person.messages())

    secrets = [*PLANTED.values(), "planted-link-4b2c", str(USER_ID)]
    async with running.runtime.sessions() as session:
        counted = await Stats(session).between(date(2000, 1, 1), date(2100, 1, 1))
    assert any(c.event.step_id == "describe" for c in counted), "the steps were counted"
    assert_absent(repr(counted).encode(), [*secrets, "planted"], "the statistics")
    assert_absent(stored_bytes(data_dir), secrets, "what is stored, while running")
    await running.stop()
    assert_absent(stored_bytes(data_dir), secrets, "what is stored, after stop")
    assert_absent(log_output.getvalue().encode(), secrets, "the logs")
    assert "update_id" in log_output.getvalue(), "the logs did capture the bot's activity"
    assert "fontTools" not in log_output.getvalue() and "subset" not in log_output.getvalue()


async def test_delete_erases_everything_and_says_so(running, data_dir):
    person = running.person(user_id=USER_ID + 1)
    await person.send("/start")
    await person.press("✕ Arrêter")
    await person.press("✍️ Ajouter une note")
    await person.send(PLANTED["note"])
    await person.send("/delete")
    kept = await person.press("Non, garder")
    assert "rien n'a été effacé" in kept[0].text
    await person.send("/delete")
    done = await person.press("Oui, tout effacer")
    assert "C'est effacé : 1 notes et liens" in done[0].text
    await person.send("/notes")
    listing = await person.press("Afficher mes notes")
    assert "Aucune note" in listing[0].text
    await running.stop()
    assert_absent(stored_bytes(data_dir), [PLANTED["note"], str(USER_ID + 1)], "what is stored")
