"""One update's scope: the transaction it writes in, the content and the clock it reads, who
wrote. Every use case is a function of a Scope; `done` commits once and says what to answer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import structlog

from bot.usecases.people import Conversation, PersonState
from bot.views.actions import Action, Menu
from bot.views.replies import Outgoing, Reply, offering_talk, with_ways_out
from flows.engine import variables
from flows.script import Script
from i18n.catalog import pick_language
from storage import stats
from storage.people import CHAT_ID, STATE
from storage.unit import UnitOfWork
from storage.vault import Cipher, SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.usecases.handoff import Desk

log = structlog.get_logger(__name__)
START_FLOW, FOLLOW_UP_FLOW = "incident", "followup"


@dataclass(frozen=True)
class Visitor:
    """Who wrote, as Telegram (or the terminal) tells it, and what the platform allows."""

    user_id: int
    chat_id: int
    language_code: str | None
    message_id: int | None = None  # the message they sent, if this update is one
    deletable_for: timedelta = timedelta(0)  # how long the bot may delete chat messages
    pressed: Action | None = None  # the button pressed, if this update is a press


@dataclass
class Person:
    """The person this update is about, their data key opened, their state as it now is."""

    id: int
    key_hash: bytes
    cipher: Cipher
    state: PersonState
    loaded: PersonState | None  # as it was read; None: created by this update
    active_on: date | None = None  # the day they last wrote, as stored

    @property
    def new(self) -> bool:
        return self.loaded is None

    @property
    def conversation(self) -> Conversation | None:
        return self.state.conversation


class Scope:
    def __init__(
        self, uow: UnitOfWork, runtime: Runtime, visitor: Visitor, desk: Desk | None = None
    ) -> None:
        self.uow = uow
        self.runtime = runtime
        self.visitor = visitor
        self.desk = desk  # the counsellors' group, where an association answers (handoff.py)
        # Read once: a reload meanwhile does not change what this update sees.
        self.content = runtime.content
        self.directory = self.content.directory
        self.clock = runtime.clock
        self.events: list[stats.Event] = []  # anonymous, written with the commit
        self._person: Person | None = None

    @property
    def loaded_person(self) -> Person | None:
        """The person as far as this update read them (the error reply's register)."""
        return self._person

    @property
    def person_id(self) -> int | None:
        """Whoever this update loaded or created (the adapter records sent messages under it)."""
        return self._person.id if self._person else None

    def count(self, event: str, step: str = "", detail: str = "") -> None:
        """An event of the person's conversation (language and country are added at commit)."""
        conversation = self._person.conversation if self._person else None
        if conversation is None:
            self.events.append(stats.Event(event, step_id=step, detail=detail))
        else:
            flow, version = conversation.flow_id, conversation.version
            self.events.append(stats.Event(event, flow, version, step, detail))

    async def person(self) -> Person:
        """The person who wrote, created (with a data key of their own) on first contact."""
        if self._person is None:
            self._person = await self._find() or await self._create()
        return self._person

    async def known(self) -> Person | None:
        """The person if the bot knows them, without creating anyone."""
        if self._person is None:
            self._person = await self._find()
        return self._person

    async def _find(self) -> Person | None:
        vault = self.runtime.vault
        key = vault.person_key(self.visitor.user_id)
        row = await self.uow.people.find(key)
        if row is None:
            return None
        cipher = vault.cipher(row.key_hash, row.data_key_wrapped)
        try:
            loaded = PersonState.from_json(cipher.open_json(row.state_sealed, **STATE))
        except (SealError, KeyError, TypeError):
            log.warning("person_state_unreadable")  # their notes stay; their place is lost
            loaded = PersonState(pick_language(self.visitor.language_code))
        state = loaded
        pressed = self.visitor.pressed
        if pressed is not None and pressed != Menu("note") and state.awaiting:
            state = replace(state, awaiting=None)  # another button: what follows is no note
        return Person(row.id, row.key_hash, cipher, state, loaded, row.active_on)

    async def _create(self) -> Person:
        vault = self.runtime.vault
        key = vault.person_key(self.visitor.user_id)
        cipher, wrapped = vault.new_data_key(key)
        state = PersonState(pick_language(self.visitor.language_code))
        today = self.clock.now().date()
        person_id = await self.uow.people.add(
            key,
            wrapped,
            vault.master.id,
            cipher.seal(str(self.visitor.chat_id), **CHAT_ID),
            cipher.seal_json(state.to_json(), **STATE),
            state.expires_on(today),
            today,
        )
        return Person(person_id, key, cipher, state, None, today)

    def forget_person(self) -> None:
        """The person was erased by this update: nothing of theirs is written at commit."""
        self._person = None

    def script(self, conversation: Conversation | None) -> Script:
        """The flow a conversation runs on, at the version it began with (conversation.py
        makes sure that version is loaded)."""
        if conversation is None:
            return self.content.scripts[START_FLOW]
        kept = self.runtime.versions.get((conversation.flow_id, conversation.version))
        return kept or self.content.scripts[conversation.flow_id]

    def language(self, state: PersonState) -> str:
        """The language chosen with /language, else Telegram's, else by country."""
        if state.language_chosen:
            return state.language
        country = state.conversation.answers.get("country") if state.conversation else None
        return pick_language(self.visitor.language_code, country)

    async def done(self, replies: list[Reply], ways_out: bool = True) -> Outgoing:
        """Commits this update (the person's state, the statistics) and says what to answer.
        Every screen gets 🆘 and 🚪 unless `ways_out` is off (the quick exit's lone "OK")."""
        person = self._person
        conversation = person.conversation if person else None
        language = (
            self.language(person.state) if person else pick_language(self.visitor.language_code)
        )
        today = self.clock.now().date()
        if person is not None:
            if language != person.state.language:  # remembered for check-ins, sent unasked
                person.state = replace(person.state, language=language)
            # Saved when it changed, and once a day at least: the time without news counts
            # from the last day they wrote (retention).
            if person.state != person.loaded or person.active_on != today:
                sealed = person.cipher.seal_json(person.state.to_json(), **STATE)
                await self.uow.people.save(person.id, sealed, person.state.expires_on(today), today)
        country = (conversation.answers.get("country") if conversation else None) or ""
        await self.uow.stats.add(
            today, (replace(e, language=language, country=country) for e in self.events)
        )
        await self.uow.commit()
        context: Mapping[str, object] = {"register": "neutral"}
        if conversation is not None:
            context = variables(self.script(conversation), conversation.state)
        if self.desk is not None:
            replies = offering_talk(replies)
        return Outgoing(language, with_ways_out(replies) if ways_out else replies, context)
