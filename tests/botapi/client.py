"""A test person: sends messages and presses buttons through the stand-in server, like a human."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any

from tests.botapi.messages import Sent, chat_json, message_json
from tests.botapi.server import FakeTelegram

_query_ids = itertools.count(1)


class TestPerson:
    __test__ = False  # not a pytest class

    def __init__(
        self,
        telegram: FakeTelegram,
        user_id: int,
        language_code: str | None = "fr",
        settle: float | None = None,
    ) -> None:
        self.telegram = telegram
        self.user_id = user_id
        self.chat_id = user_id
        self.language_code = language_code
        self.first_name, self.username = "Test", None  # what Telegram shows of them
        # None: the bot runs in-process one update at a time, so a confirmed update is a
        # handled one. A number: a separate bot process; wait for replies, then this quiet time.
        self.settle = settle
        self.patience = 10.0  # seconds to wait for the bot's answer
        # Ends the wait for the answer to an update early (a TimeoutError) when it says so: a
        # test that knows the bot it killed is back lets the person send again at once.
        self.stop_waiting: Callable[[int], bool] = lambda _update_id: False

    @property
    def user(self) -> dict[str, Any]:
        user = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def messages(self) -> list[Sent]:
        return [m for m in self.telegram.chats.get(self.chat_id, []) if m.from_bot]

    def last(self) -> Sent:
        return self.messages()[-1]

    def buttons(self) -> list[str]:
        keyboard = next((m for m in reversed(self.messages()) if m.buttons), None)
        return [b["text"] for row in keyboard.buttons for b in row] if keyboard else []

    def message(self, text: str) -> dict[str, Any]:
        """A text message from this person, as an update carries it (not yet delivered)."""
        return self.telegram.user_message(self.chat_id, text=text, **{"from": self.user})

    async def send(self, text: str) -> list[Sent]:
        return await self._deliver({"message": self.message(text)})

    async def send_media(self, kind: str, refusals_expected: bool = False) -> list[Sent]:
        content: dict[str, Any] = {
            "photo": {"photo": [{"file_id": "f1", "file_unique_id": "u1", "width": 9, "height": 9}]},
            "sticker": {
                "sticker": {
                    "file_id": "s1", "file_unique_id": "su1", "type": "regular",
                    "width": 9, "height": 9, "is_animated": False, "is_video": False,
                }
            },
            "document": {"document": {"file_id": "d1", "file_unique_id": "du1"}},
            "voice": {"voice": {"file_id": "v1", "file_unique_id": "vu1", "duration": 1}},
        }[kind]  # fmt: skip
        message = self.telegram.user_message(self.chat_id, **content, **{"from": self.user})
        return await self._deliver({"message": message}, refusals_expected)

    async def press(self, label: str) -> list[Sent]:
        for sent in reversed(self.messages()):
            for row in sent.buttons:
                for button in row:
                    if button["text"] == label and "callback_data" in button:
                        return await self.press_data(button["callback_data"], sent)
        raise AssertionError(f"no button {label!r}; the last buttons are {self.buttons()}")

    async def press_nth(self, index: int) -> list[Sent]:
        """Press the index-th button of the newest keyboard, whatever its words (web links,
        which open in the browser, are not counted)."""
        keyboard = next(m for m in reversed(self.messages()) if m.buttons)
        buttons = [b for row in keyboard.buttons for b in row if "callback_data" in b]
        return await self.press_data(buttons[index]["callback_data"], keyboard)

    async def press_data(self, data: str, on: Sent | None = None) -> list[Sent]:
        on = on or self.last()
        query = {
            "id": str(next(_query_ids)),
            "from": self.user,
            "message": message_json(on),
            "chat_instance": "ci",
            "data": data,
        }
        return await self._deliver({"callback_query": query})

    async def _deliver(self, update: dict[str, Any], refusals_expected: bool = False) -> list[Sent]:
        known = {m.message_id for m in self.messages()}
        calls = len(self.telegram.calls)
        update_id = await self.telegram.push_update(update)
        if self.settle is None:
            await self.telegram.wait(lambda: self.telegram.confirmed >= update_id, self.patience)
        else:
            given_up = self.stop_waiting
            await self.telegram.wait(
                lambda: self._replied(known) or given_up(update_id), self.patience
            )
            if not self._replied(known):
                raise TimeoutError("the bot did not answer")
            while True:  # replies may come in several messages: wait for quiet in this chat
                seen = len(self.messages())
                await asyncio.sleep(self.settle)
                if len(self.messages()) == seen:
                    break
        errors = [c for c in self.telegram.calls[calls:] if c.error]
        assert refusals_expected or not errors, (
            f"the stand-in Bot API refused: {[(c.method, c.error) for c in errors]}"
        )
        return [m for m in self.messages() if m.message_id not in known]

    def _replied(self, known: set[int]) -> bool:
        return any(m.message_id not in known for m in self.messages())


class TestCounsellor:
    """Someone of the association, writing in the counsellors' group (a supergroup with
    topics) through the stand-in server."""

    __test__ = False

    def __init__(
        self, telegram: FakeTelegram, group_id: int, user_id: int, first_name: str = "Claire"
    ) -> None:
        self.telegram = telegram
        self.group_id = group_id
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name}

    def topics(self) -> dict[int, Any]:
        return self.telegram.forums[self.group_id].topics

    def posts(self, topic_id: int) -> list[Sent]:
        """What the bot posted in a topic, oldest first."""
        return [m for m in self.telegram.topic_messages(self.group_id, topic_id) if m.from_bot]

    async def write(self, topic_id: int, text: str, reply_to: int | None = None) -> Sent:
        content: dict[str, Any] = {"text": text, "from": self.user}
        if reply_to is not None:
            replied = next(
                m for m in self.telegram.chats[self.group_id] if m.message_id == reply_to
            )
            content["reply_to_message"] = message_json(replied)
        message = self.telegram.user_message(self.group_id, topic_id, **content)
        await self._deliver({"message": message})
        return self._find(message["message_id"])

    async def send_photo(self, topic_id: int) -> None:
        photo = [{"file_id": "c1", "file_unique_id": "cu1", "width": 9, "height": 9}]
        message = self.telegram.user_message(
            self.group_id, topic_id, photo=photo, **{"from": self.user}
        )
        await self._deliver({"message": message})

    async def edit(self, written: Sent, text: str) -> None:
        written.text = text
        message = {
            "message_id": written.message_id,
            "date": int(written.date),
            "edit_date": int(written.date) + 1,
            "chat": chat_json(self.group_id),
            "message_thread_id": written.thread_id,
            "is_topic_message": True,
            "from": self.user,
            "text": text,
        }  # fmt: skip
        await self._deliver({"edited_message": message})

    def _find(self, message_id: int) -> Sent:
        return next(m for m in self.telegram.chats[self.group_id] if m.message_id == message_id)

    async def _deliver(self, update: dict[str, Any]) -> None:
        calls = len(self.telegram.calls)
        update_id = await self.telegram.push_update(update)
        await self.telegram.wait(lambda: self.telegram.confirmed >= update_id)
        errors = [c for c in self.telegram.calls[calls:] if c.error]
        assert not errors, f"the stand-in Bot API refused: {[(c.method, c.error) for c in errors]}"
