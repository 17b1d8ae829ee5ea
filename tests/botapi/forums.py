"""The stand-in's supergroups with topics (forums), as the counsellors' group uses them: topics
created, renamed, closed, reopened and deleted by a bot that is an administrator allowed to
manage them, messages sent into a topic, and what Telegram refuses on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.botapi.spec import Refused

TOPIC_NAME_LIMIT = 128


@dataclass
class Topic:
    name: str
    closed: bool = False


@dataclass
class Forum:
    can_manage_topics: bool = True  # the bot's administrator right
    topics: dict[int, Topic] = field(default_factory=dict)


class Forums:
    """Mixed into FakeTelegram, whose chats, ids and message records it uses."""

    forums: dict[int, Forum]

    def add_forum(self, chat_id: int, can_manage_topics: bool = True) -> Forum:
        """A supergroup with topics where the bot is an administrator."""
        self.forums[chat_id] = Forum(can_manage_topics)
        self.chats.setdefault(chat_id, [])
        return self.forums[chat_id]

    def topic_messages(self, chat_id: int, topic_id: int) -> list[Any]:
        return [m for m in self.chats.get(chat_id, []) if m.thread_id == topic_id]

    def _forum(self, params: dict[str, Any], manage: bool = True) -> Forum:
        forum = self.forums.get(int(params["chat_id"]))
        if forum is None:
            raise Refused("Bad Request: the chat is not a forum")
        if manage and not forum.can_manage_topics:
            raise Refused("Bad Request: not enough rights to manage topics")
        return forum

    def _topic(self, params: dict[str, Any]) -> Topic:
        topic = self._forum(params).topics.get(int(params["message_thread_id"]))
        if topic is None:
            raise Refused("Bad Request: TOPIC_ID_INVALID")
        return topic

    def check_thread(self, chat_id: int, thread_id: int | None) -> None:
        """sendMessage into a topic: it must exist; a closed one takes only administrators'
        messages (the bot is one, with the right to manage topics)."""
        if thread_id is None:
            return
        forum = self.forums.get(chat_id)
        topic = forum.topics.get(thread_id) if forum else None
        if topic is None:
            raise Refused("Bad Request: message thread not found")
        if topic.closed and not forum.can_manage_topics:
            raise Refused("Bad Request: TOPIC_CLOSED")

    async def _m_createforumtopic(self, params: dict[str, Any]) -> Any:
        forum = self._forum(params)
        name = params["name"]
        if not 1 <= len(name) <= TOPIC_NAME_LIMIT:
            raise Refused(
                "Bad Request: TOPIC_TITLE_EMPTY" if not name else "Bad Request: TOPIC_TITLE_INVALID"
            )
        # The topic's id is that of the service message that opens it, as in Telegram.
        topic_id = next(self._ids)
        forum.topics[topic_id] = Topic(name)
        return {"message_thread_id": topic_id, "name": name, "icon_color": 7322096}

    async def _m_editforumtopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        name = params.get("name", topic.name)
        if not 1 <= len(name) <= TOPIC_NAME_LIMIT:
            raise Refused("Bad Request: TOPIC_TITLE_INVALID")
        if name == topic.name:
            raise Refused("Bad Request: TOPIC_NOT_MODIFIED")
        topic.name = name
        return True

    async def _m_closeforumtopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        if topic.closed:
            raise Refused("Bad Request: TOPIC_NOT_MODIFIED")
        topic.closed = True
        return True

    async def _m_reopenforumtopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        if not topic.closed:
            raise Refused("Bad Request: TOPIC_NOT_MODIFIED")
        topic.closed = False
        return True

    async def _m_deleteforumtopic(self, params: dict[str, Any]) -> Any:
        self._topic(params)
        chat_id, topic_id = int(params["chat_id"]), int(params["message_thread_id"])
        del self.forums[chat_id].topics[topic_id]
        self.chats[chat_id] = [m for m in self.chats[chat_id] if m.thread_id != topic_id]
        return True
