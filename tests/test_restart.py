"""The conversation lives in the database: a restart, even kill -9, loses nobody's place."""

from pathlib import Path

from tests.botapi.client import TestPerson
from tests.processes import BotProcess
from tests.test_conversations import texts, walk_to_evidence, walk_to_the_end


async def test_restart_mid_flow_the_person_continues_and_old_buttons_work(running):
    person = running.person(user_id=9001)
    await person.send("/start")
    await person.press("Commencer")
    await person.press("Non, pas maintenant")
    await person.press("Autre chose")
    await running.restart()
    age = await person.press("Moi")  # a button sent before the restart
    assert "tranche d'âge" in texts(age)


async def start_bot_process(telegram, data_dir: Path, **settings: str) -> BotProcess:
    """A `python -m bot` process, once it polls the stand-in."""
    polled = len(telegram.called("getUpdates"))
    process = await BotProcess(telegram, data_dir, **settings).start()
    # About 10 s alone on PostgreSQL (imports, migrations); a loaded CI machine takes longer.
    try:
        await telegram.wait(lambda: len(telegram.called("getUpdates")) > polled, seconds=90)
    except TimeoutError:
        raise AssertionError(f"the bot did not poll:\n{process.log()[-3000:]}") from None
    return process


async def test_killed_with_sigkill_mid_flow_the_person_continues(telegram, data_dir):
    person = TestPerson(telegram, 9002, "fr", settle=0.3)
    process = await start_bot_process(telegram, data_dir)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send("planted-kill9-description")
    await process.kill()

    process = await start_bot_process(telegram, data_dir)
    try:
        await person.send("https://example.org/p/1")
        end = await walk_to_the_end(person)
        assert "Merci" in texts(end)
        await person.send("/notes")
        shown = await person.press("Afficher mes notes")
        assert "planted-kill9-description" in texts(shown), "the note acknowledged before the kill"
    finally:
        code = await process.terminate()
    assert code == 0, "SIGTERM stops the bot cleanly"
    assert "planted-kill9" not in process.log()
    assert "update_handled" in process.log()


async def test_a_press_too_old_to_answer_still_moves_on(running):
    person = running.person(user_id=9003)
    await person.send("/start")
    running.telegram.fail_next(
        "answerCallbackQuery",
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )
    danger = await person.press("Commencer")
    assert "danger immédiat" in texts(danger)
