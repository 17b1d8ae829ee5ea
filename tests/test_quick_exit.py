"""The quick exit: everything the bot can still delete goes, the notes stay, one word remains."""

import time
from datetime import timedelta

from bot.clock import Clock
from i18n.catalog import load_catalog
from tests.conftest import RunningBot
from tests.test_conversations import texts, walk_to_evidence
from tests.test_referrals import say

CATALOG = load_catalog()


async def test_exit_deletes_every_message_of_the_chat_and_keeps_the_notes(running):
    person = running.person(user_id=30_001)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send("Le compte a publié un faux montage.")
    chat = running.telegram.chats[person.chat_id]
    assert len(chat) > 8

    word = await person.send("/exit")
    assert [m.text for m in running.telegram.chats[person.chat_id]] == ["OK"]
    assert [m.text for m in word] == ["OK"], "one neutral word, nothing else"

    notes = await person.send("/notes")
    await person.press(notes[-1].buttons[0][0]["text"])
    assert "Le compte a publié un faux montage." in texts(person.messages()[-2:])


async def test_the_quick_exit_button_is_on_every_step_and_works_mid_flow(running):
    person = running.person(user_id=30_002, language_code="en")
    label = say("en", "btn-exit")
    step = await person.send("/start")
    while not step[-1].text.startswith("Step 7"):
        assert label in person.buttons(), f"no quick exit on: {step[-1].text[:40]}"
        step = await person.press_nth(0)
    await person.press(label)
    assert [m.text for m in running.telegram.chats[person.chat_id]] == ["OK"]
    again = await person.send("hello")
    assert "Step" not in texts(again), "the conversation ended: nothing resumes on screen"


async def test_a_long_chat_is_deleted_in_batches_of_at_most_100(running):
    person = running.person(user_id=30_003)
    await person.send("/start")
    for _ in range(60):  # 120 messages: the person's and the bot's answers
        await person.send("/help")
    await person.send("/exit")
    batches = [c.params["message_ids"] for c in running.telegram.called("deleteMessages")]
    assert len(batches) == 2 and all(len(b) <= 100 for b in batches)
    assert [m.text for m in running.telegram.chats[person.chat_id]] == ["OK"]


async def test_messages_older_than_48_hours_are_not_asked_for(settings, telegram):
    clock = Clock()
    bot = RunningBot(settings, telegram, clock=clock)
    await bot.start()
    try:
        person = bot.person(user_id=30_004)
        await person.send("/start")
        old = {m.message_id for m in telegram.chats[person.chat_id]}
        for message in telegram.chats[person.chat_id]:
            message.date = time.time() - 49 * 3600  # Telegram would refuse to delete them
        clock.offset = timedelta(hours=49)
        await person.send("/help")
        await person.send("/exit")
        asked = {i for c in telegram.called("deleteMessages") for i in c.params["message_ids"]}
        assert asked and not asked & old
        left = [m.message_id for m in telegram.chats[person.chat_id]]
        assert set(left) - old == {left[-1]}, "all but the old ones and the word are gone"
    finally:
        await bot.stop()


async def test_the_help_says_honestly_what_the_quick_exit_does(running):
    person = running.person(user_id=30_005, language_code="en")
    help_text = texts(await person.send("/help"))
    assert "/exit" in help_text
    assert "not from spyware" in help_text
    assert "Delete" in help_text and "swipe" in help_text, "how to delete the chat itself"
    assert "/exit" in texts(await person.send("/start")), "said before, at the start too"
