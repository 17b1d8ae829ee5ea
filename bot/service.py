"""Use cases: what happens when a person starts, presses, types or asks for help.

One instance per update, on that update's database session; each public method commits once.
No Telegram code here: the same use cases serve the bot and the terminal chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.dossier import Dossier, DossierNote
from bot.notebook import Notebook
from bot.replies import Button, Reply, Text, menu_reply
from flows.engine import (
    Back,
    Outcome,
    Press,
    State,
    Typed,
    advance,
    begin,
    matches,
    variables,
    view,
)
from flows.script import Script
from i18n.catalog import LANGUAGES, pick_language
from storage.repo import ConversationRecord, Conversations, People, PersonRecord
from storage.vault import Vault


@dataclass(frozen=True)
class Visitor:
    """Who wrote, as Telegram (or the terminal) tells it."""

    user_id: int
    chat_id: int
    language_code: str | None


@dataclass(frozen=True)
class Outgoing:
    language: str
    replies: list[Reply]
    context: Mapping[str, object]  # variables every text may use (answers, register)


class Abri:
    def __init__(self, session: AsyncSession, vault: Vault, script: Script, visitor: Visitor):
        self.session = session
        self.vault = vault
        self.script = script
        self.visitor = visitor
        self.people = People(session)
        self.conversations = Conversations(session)

    # ---- entry points -------------------------------------------------------------------

    async def start(self) -> Outgoing:
        person = await self._person()
        await self.people.set_awaiting(person.id, None)
        state = begin(self.script)
        await self._save(person, state)
        return await self._done(person, state, [self._step(state)])

    async def act(self, data: str) -> Outgoing:
        person = await self._person()
        state, changed = await self._state(person)
        action = actions.parse(data)
        if person.awaiting and action != actions.Action("m", "note"):
            # Any other button cancels "add a note": a later message is not filed unasked.
            await self.people.set_awaiting(person.id, None)
        if changed:
            return await self._flow_changed(person)
        if action is None:
            return await self._done(person, state, [self._resume(state, "notice-stale")])
        if action.kind == "p" and state is not None:
            return await self._advance(person, state, Press(action.step, action.name))
        if action.kind == "n":
            return await self._navigate(person, state, action.name)
        if action.kind == "m" and action.name == "start":
            return await self.start()
        if action.kind == "m" and action.name == "help":
            return await self._done(person, state, self._emergency(state))
        if action.kind == "l" and action.name in LANGUAGES:
            await self.people.set_language(person.id, action.name, chosen=True)
            person = replace(person, language=action.name, language_chosen=True)
            return await self._done(
                person, state, [Reply((Text("language-set"),)), self._resume(state, None)]
            )
        if action.kind == "m" and action.name == "export":
            return await self.export()
        if action.kind in ("m", "d", "g"):
            notebook = self._notebook(person)
            replies = await notebook.act(action)
            if notebook.erased:
                state = None
            return await self._done(person, state, replies)
        return await self._done(person, state, [self._resume(state, "notice-stale")])

    async def typed(self, text: str) -> Outgoing:
        person = await self._person()
        state, changed = await self._state(person)
        if person.awaiting:
            notebook = self._notebook(person)
            return await self._done(person, state, await notebook.typed(text))
        if changed:
            return await self._flow_changed(person)
        if state is None or self.script.step(state.step).final:
            # Outside any question: offer to keep it as a note rather than losing it.
            return await self._done(person, state, await self._notebook(person).hold(text))
        return await self._advance(person, state, Typed(text))

    async def emergency(self) -> Outgoing:
        person = await self._person()
        state, _ = await self._state(person)
        return await self._done(person, state, self._emergency(state))

    async def export(self) -> Outgoing:
        person = await self._person()
        state, _ = await self._state(person)
        notes = await self._notebook(person).notes()
        if not notes:
            return await self._done(person, state, [Reply((Text("notes-empty"),))])
        answers = state.answers if state else {}
        dossier = Dossier(
            notes=tuple(DossierNote(n.field, n.text, n.recorded_at) for n in reversed(notes)),
            answers=self._answer_labels(answers),
            country=answers.get("country"),
            made_at=datetime.now(UTC),
        )
        return await self._done(person, state, [Reply((Text("export-ready"),), dossier=dossier)])

    def _answer_labels(self, answers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
        """(label id, choice text id) for each question answered with a button."""
        labels = []
        for step in self.script.flow.steps:
            chosen = {c.id: c.text for c in step.choices}.get(answers.get(step.answer_key, ""))
            if chosen and step.ask != "none":
                labels.append((f"field-{step.answer_key}", chosen))
        return tuple(labels)

    async def notes(self) -> Outgoing:
        return await self.act(actions.menu("notes"))

    async def delete(self) -> Outgoing:
        return await self.act(actions.menu("delete"))

    async def media(self, removed: bool) -> Outgoing:
        """A file arrived; the adapter has already tried to remove it from the chat."""
        person = await self._person()
        state, _ = await self._state(person)
        answers = state.answers if state else {}
        child = matches(self.script.flow.child_shown_when, answers) if answers else False
        parts = [Text("media-deleted-child" if child else "media-deleted")]
        if not removed:
            parts.append(Text("media-not-deleted"))
        return await self._done(person, state, [Reply(tuple(parts))])

    async def language_menu(self) -> Outgoing:
        person = await self._person()
        state, _ = await self._state(person)
        buttons = tuple(
            (Button(Text(f"language-name-{code}"), actions.language(code)),) for code in LANGUAGES
        )
        return await self._done(person, state, [Reply((Text("language-ask"),), buttons)])

    async def language(self) -> str:
        """The language to answer in, without creating anyone."""
        person = await self.people.find(self.vault.person_key(self.visitor.user_id))
        return person.language if person else pick_language(self.visitor.language_code)

    # ---- flow ---------------------------------------------------------------------------

    async def _advance(self, person: PersonRecord, state: State, given: Press | Typed | Back):
        outcome: Outcome = advance(self.script, state, given)
        notebook = self._notebook(person)
        for saved in outcome.saved:
            await notebook.add(saved.field, saved.text)
        await self._save(person, outcome.state)
        notice = "notice-stale" if outcome.stale else outcome.notice
        step = self._step(outcome.state, notice, outcome.notice_args)
        return await self._done(person, outcome.state, [step])

    async def _flow_changed(self, person: PersonRecord) -> Outgoing:
        replies = [Reply((Text("notice-flow-changed"),)), menu_reply(with_start=True)]
        return await self._done(person, None, replies)

    async def _navigate(self, person: PersonRecord, state: State | None, name: str) -> Outgoing:
        if name == "back" and state is not None:
            return await self._advance(person, state, Back())
        if name == "stop":
            await self.conversations.clear(person.id)
            return await self._done(
                person, None, [Reply((Text("stopped"),)), menu_reply(with_start=True)]
            )
        if name == "sos":
            return await self._done(person, state, self._emergency(state))
        return await self._done(person, state, [self._resume(state, None)])

    def _step(
        self, state: State, notice: str | None = None, notice_args: Mapping[str, int] | None = None
    ) -> Reply:
        shown = view(self.script, state)
        parts: list[Text] = [Text("progress", {"current": shown.current, "total": shown.total})]
        if notice:
            parts.append(Text(notice, dict(notice_args or {})))
        parts += [Text(text_id) for text_id in shown.texts]
        rows = [
            (Button(Text(label), actions.pick(shown.step.id, choice)),)
            for choice, label in shown.buttons
        ]
        if shown.step.final:
            rows += menu_reply(with_start=False).buttons
        else:
            navigation = [Button(Text("btn-sos"), actions.nav("sos"))]
            if shown.can_go_back:
                navigation.insert(0, Button(Text("btn-back"), actions.nav("back")))
            navigation.append(Button(Text("btn-stop"), actions.nav("stop")))
            rows.append(tuple(navigation))
        return Reply(tuple(parts), tuple(rows))

    def _resume(self, state: State | None, notice: str | None) -> Reply:
        if state is None or self.script.step(state.step).final:
            menu = menu_reply(with_start=state is None)
            return replace(menu, parts=((Text(notice),) if notice else ()) + menu.parts)
        return self._step(state, notice)

    def _emergency(self, state: State | None) -> list[Reply]:
        country = state.answers.get("country") if state else None
        numbers = {"fr": Text("emergency-numbers-fr"), "lu": Text("emergency-numbers-lu")}
        first = Reply((numbers.get(country or "", Text("emergency-numbers-all")),))
        if state is None or self.script.step(state.step).final:
            return [first, menu_reply(with_start=state is None)]
        resume = Reply(
            (Text("emergency-back"),), ((Button(Text("btn-resume"), actions.nav("resume")),),)
        )
        return [first, resume]

    # ---- persistence --------------------------------------------------------------------

    async def _person(self) -> PersonRecord:
        key = self.vault.person_key(self.visitor.user_id)
        person = await self.people.find(key)
        if person is None:
            cipher, wrapped = self.vault.new_data_key(key)
            chat = cipher.seal(str(self.visitor.chat_id), record="person", field="chat_id")
            language = pick_language(self.visitor.language_code)
            person = await self.people.add(key, wrapped, self.vault.master.id, chat, language)
        return person

    def _notebook(self, person: PersonRecord) -> Notebook:
        cipher = self.vault.cipher(person.key_hash, person.data_key_wrapped)
        return Notebook(self.session, cipher, self.people, person)

    async def _state(self, person: PersonRecord) -> tuple[State | None, bool]:
        """The stored conversation; `changed` when its step vanished from a newer flow."""
        record = await self.conversations.get(person.id)
        if record is None:
            return None, False
        if record.flow_version != self.script.version and record.step_id not in self.script.steps:
            await self.conversations.clear(person.id)
            return None, True
        state = State(
            record.flow_id, self.script.version, record.step_id, record.history, record.answers
        )
        return state, False

    async def _save(self, person: PersonRecord, state: State) -> None:
        record = ConversationRecord(
            state.flow_id, state.version, state.step, state.history, dict(state.answers)
        )
        await self.conversations.save(person.id, record)

    async def _done(
        self, person: PersonRecord, state: State | None, replies: list[Reply]
    ) -> Outgoing:
        language = person.language
        if not person.language_chosen:
            country = state.answers.get("country") if state else None
            language = pick_language(self.visitor.language_code, country)
            if language != person.language:  # remembered for messages sent unasked
                await self.people.set_language(person.id, language, chosen=False)
        await self.session.commit()
        structlog.contextvars.bind_contextvars(step=state.step if state else None)
        context = variables(self.script, state) if state else {"register": "neutral"}
        return Outgoing(language, replies, context)
