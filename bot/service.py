"""Use cases: what happens when a person starts, presses, types or asks for help.

One instance per update, on that update's database session; each public method commits once.
No Telegram code here: the same use cases serve the bot and the terminal chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.checkins import SNOOZE_DAYS, CheckIns
from bot.dossier import Dossier
from bot.notebook import Notebook
from bot.referrals import (
    PLATFORMS,
    chat_buttons,
    emergency_lines,
    referral_parts,
    service_lines,
    writer_age,
)
from bot.replies import Button, Lines, Reply, Text, menu_reply, with_ways_out
from flows.directory import Platform
from flows.engine import (
    DONE,
    GO,
    SKIP,
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
from flows.script import FlowError, Script, script_from_source
from i18n.catalog import LANGUAGES, pick_language
from i18n.dates import CHOOSABLE_ZONES, local_time, zone_for
from storage import stats
from storage.reminders import ReminderRecord
from storage.repo import (
    ChatMessages,
    ConversationRecord,
    Conversations,
    FlowVersions,
    People,
    PersonRecord,
)

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = structlog.get_logger(__name__)
START_FLOW, FOLLOW_UP_FLOW = "incident", "followup"
CHAT_ID = {"record": "person", "field": "chat_id"}  # binds the sealed chat id (see reminders)
DELETABLE_FOR = timedelta(hours=48)  # Telegram lets a bot delete a message for 48 hours
# A conversation idle this long has expired: it moves to the current version of its flow.
VERSION_KEPT_FOR = timedelta(days=30)


@dataclass(frozen=True)
class Visitor:
    """Who wrote, as Telegram (or the terminal) tells it."""

    user_id: int
    chat_id: int
    language_code: str | None
    message_id: int | None = None  # the message they sent, if this update is one


@dataclass(frozen=True)
class Outgoing:
    language: str
    replies: list[Reply]
    context: Mapping[str, object]  # variables every text may use (answers, register)
    erase: tuple[int, ...] = ()  # message ids to delete from the chat first (quick exit)


class Abri:
    def __init__(self, session: AsyncSession, runtime: Runtime, visitor: Visitor) -> None:
        self.session = session
        self.runtime = runtime
        self.vault = runtime.vault
        # The content this update started with: a reload meanwhile does not change it mid-way.
        self.content = runtime.content
        self.scripts = self.content.scripts
        self.directory = self.content.directory
        self.clock = runtime.clock
        self.visitor = visitor
        self.people = People(session)
        self.conversations = Conversations(session)
        self.messages = ChatMessages(session)
        self.checkins = CheckIns(session, runtime.reminders, runtime.clock, runtime.quiet_hours)
        # Anonymous statistics of this update, written with its commit (see _done).
        self.events: list[stats.Event] = []
        self._person_id: int | None = None  # known once found or created: spares remember() a query
        self._new = False  # the person was created by this update: a first message

    # ---- entry points -------------------------------------------------------------------

    async def start(self, flow: str = START_FLOW) -> Outgoing:
        person = await self._person()
        await self.people.set_awaiting(person.id, None)
        state = self._begin(flow)
        await self._save(person, state)
        return await self._done(person, state, [self._step(state)])

    def _begin(self, flow: str, known: Mapping[str, str] | None = None) -> State:
        state = begin(self.scripts[flow], known)
        self.events.append(_on(stats.STARTED, state, state.step))
        return self._reach(state)

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
        if action.kind == "r":
            return await self._check_in(person, state, action)
        if action == actions.Action("d", "yes"):
            await self.checkins.stop(person.id)  # /delete cancels every reminder too
        if action.kind == "m" and action.name in ("keep", "drop"):
            replies = await self._notebook(person).settle_held(keep=action.name == "keep")
            return await self._done(person, state, [*replies, self._resume(state, None)])
        if action.kind in ("m", "d", "g"):
            notebook = self._notebook(person)
            replies = await notebook.act(action)
            if notebook.erased:
                state, self._person_id = None, None
                self.events.append(stats.Event(stats.DELETED))
            return await self._done(person, state, replies)
        return await self._done(person, state, [self._resume(state, "notice-stale")])

    async def typed(self, text: str) -> Outgoing:
        person = await self._person()
        state, changed = await self._state(person)
        if self.content.crisis_words.heard(text):  # before anything else, wherever they are
            return await self._crisis(person, state, text)
        if state is None and self._new:
            return await self._first_words(person, text)
        if person.awaiting:
            notebook = self._notebook(person)
            return await self._done(person, state, await notebook.typed(text))
        if changed:
            return await self._flow_changed(person)
        if state is None or self._final(state):
            # Outside any question: offer to keep it as a note rather than losing it.
            return await self._done(person, state, await self._notebook(person).hold(text))
        return await self._advance(person, state, Typed(text))

    async def _crisis(self, person: PersonRecord, state: State | None, text: str) -> Outgoing:
        """Crisis words: the crisis lines at once, the flow waiting where it was. The message
        is held sealed, and kept as a note only if the person says so."""
        if person.awaiting:  # what comes next is not filed as a note unasked
            await self.people.set_awaiting(person.id, None)
        await self._notebook(person).hold_quietly(text)
        self.events.append(stats.Event(stats.CRISIS))  # how often, never what was written
        answers = state.answers if state else {}
        services = self.directory.crisis(_country(state), writer_age(answers))
        rows = [
            (Button(Text("btn-crisis-safe"), actions.nav("resume")),),
            (Button(Text("btn-crisis-keep"), actions.menu("keep")),),
            *chat_buttons(services),
        ]
        parts = (Text("crisis-title"), service_lines(services), Text("crisis-words"))
        return await self._done(person, state, [Reply(parts, tuple(rows))])

    async def _first_words(self, person: PersonRecord, text: str) -> Outgoing:
        """Someone's very first message, before any button: the beginning of their story,
        kept like the story step, and the conversation begins."""
        state = self._begin(START_FLOW)
        outcome = advance(self._script(state), state, Typed(text))  # the welcome keeps it
        for saved in outcome.saved:
            await self._notebook(person).add(saved.field, saved.text)
        await self._save(person, state)
        return await self._done(person, state, [self._step(state, *_notices(outcome, ()))])

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
        self.events.append(stats.Event(stats.EXPORT))
        answers = state.answers if state else {}
        dossier = Dossier(
            notes=tuple(reversed(notes)),
            answers=self._answer_labels(answers),
            country=answers.get("country"),
            made_at=datetime.now(UTC),
        )
        return await self._done(person, state, [Reply((Text("export-ready"),), dossier=dossier)])

    def _answer_labels(self, answers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
        """(label id, choice text id) for each question answered with a button."""
        labels = []
        for step in self.scripts[START_FLOW].flow.steps:
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
        child = matches(self._script(state).flow.child_shown_when, answers) if answers else False
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

    async def reminders(self) -> Outgoing:
        person = await self._person()
        state, _ = await self._state(person)
        return await self._done(person, state, await self._reminder_list(person, state))

    async def quick_exit(self) -> Outgoing:
        """Everything the bot can still delete from the chat goes; the notes stay; one word."""
        person = await self._person()
        erase = await self.messages.since(person.id, self.clock.now() - DELETABLE_FOR)
        if self.visitor.message_id is not None:
            erase.append(self.visitor.message_id)
        await self.messages.forget(person.id)
        await self.conversations.clear(person.id)
        await self.people.set_awaiting(person.id, None)
        await self.people.hold(person.id, None)  # text held unasked would be asked about again
        log.info("quick_exit", messages=len(erase))
        self.events.append(stats.Event(stats.QUICK_EXIT))
        outgoing = await self._done(person, None, [Reply((Text("exit-word"),))], ways_out=False)
        return replace(outgoing, erase=tuple(erase))

    async def remember(self, sent: list[int]) -> None:
        """After a reply went out: its ids and the person's message, for a later quick exit."""
        ids = [*sent, *([self.visitor.message_id] if self.visitor.message_id else [])]
        person_id = self._person_id
        if person_id is None:
            person = await self.people.find(self.vault.person_key(self.visitor.user_id))
            person_id = person.id if person else None
        if person_id is None or not ids:
            return  # nobody stored (/help before /start, or just erased): nothing to link to
        moment = self.clock.now()
        await self.messages.remember(person_id, ids, moment, keep_since=moment - DELETABLE_FOR)
        await self.session.commit()

    async def say(self, text_id: str) -> Outgoing:
        """One fixed text in the person's language, without creating anyone or storing anything."""
        replies = with_ways_out([Reply((Text(text_id),))])
        return Outgoing(await self.language(), replies, {"register": "neutral"})

    async def language(self) -> str:
        """The language to answer in, without creating anyone."""
        person = await self.people.find(self.vault.person_key(self.visitor.user_id))
        return person.language if person else pick_language(self.visitor.language_code)

    # ---- flow ---------------------------------------------------------------------------

    async def _advance(
        self, person: PersonRecord, state: State, given: Press | Typed | Back
    ) -> Outgoing:
        script = self._script(state)
        outcome: Outcome = advance(script, state, given)
        notebook = self._notebook(person)
        for saved in outcome.saved:
            await notebook.add(saved.field, saved.text)
        links = [saved.text for saved in outcome.saved if saved.field == "link"]
        platforms = self.directory.platforms(links)
        outcome = replace(outcome, state=_with_platforms(outcome.state, platforms))
        if outcome.state.step != state.step and not isinstance(given, Back):
            outcome = replace(
                outcome, state=self._reach(self._answered(state, outcome.state, given))
            )
        await self._save(person, outcome.state)
        asked = script.step(state.step)
        replies = []
        days = outcome.state.answers.get(asked.answer_key, "")
        if asked.remind and outcome.state.step != state.step and days.isdigit():
            reminder = await self.checkins.replace(person.id, int(days), self._zone(person, state))
            replies.append(self._planned(reminder, person, state))
        replies.append(self._step(outcome.state, *_notices(outcome, platforms)))
        return await self._done(person, outcome.state, replies)

    async def _check_in(
        self, person: PersonRecord, state: State | None, action: actions.Action
    ) -> Outgoing:
        """Buttons of a reminder (yes / later / stop, naming it) and of /reminders (set / stop)."""
        zone = self._zone(person, state)
        if action.name == "zone":
            return await self._done(person, state, [_zone_choices()])
        if action.name == "tz" and action.step in CHOOSABLE_ZONES:
            await self.people.set_time_zone(person.id, action.step)
            person = replace(person, time_zone=action.step)
            return await self._done(person, state, await self._reminder_list(person, state))
        if action.name == "set" and action.step in ("1", "3", "7"):
            reminder = await self.checkins.replace(person.id, int(action.step), zone)
            planned = self._planned(reminder, person, state)
            return await self._done(person, state, [planned, self._resume(state, None)])
        if action.name == "stop" and action.step == "all":
            await self.checkins.stop(person.id)
            return await self._done(person, state, [Reply((Text("reminders-stopped"),))])
        if not await self.checkins.owned(action.step, person.id):
            return await self._done(person, state, [self._resume(state, "notice-stale")])
        if action.name in ("yes", "later", "stop"):  # never a forged name into the statistics
            self.events.append(stats.Event(stats.REMINDER_ANSWER, detail=action.name))
        if action.name == "yes":
            followup = self.scripts[FOLLOW_UP_FLOW]
            known = state.answers if state else {}
            keep = {key: known[key] for key in followup.flow.carry if key in known}
            new_state = begin(followup, keep)
            self.events.append(_on(stats.STARTED, new_state, new_state.step))
            new_state = self._reach(new_state)
            await self._save(person, new_state)
            return await self._done(person, new_state, [self._step(new_state)])
        if action.name == "later":
            reminder = await self.checkins.replace(person.id, SNOOZE_DAYS, zone)
            return await self._done(person, state, [self._planned(reminder, person, state)])
        if action.name == "stop":
            await self.checkins.stop(person.id)
            return await self._done(person, state, [Reply((Text("reminders-stopped"),))])
        return await self._done(person, state, [self._resume(state, "notice-stale")])

    async def _reminder_list(self, person: PersonRecord, state: State | None) -> list[Reply]:
        planned = await self.checkins.planned(person.id)
        parts: list[Text] = [Text("reminders-list" if planned else "reminders-none")]
        parts += [Text("reminders-item", {"when": self._when(r, person, state)}) for r in planned]
        rows = [
            (Button(Text(f"checkin-{days}"), actions.check_in("set", str(days))),)
            for days in (1, 3, 7)
        ]
        zone = self._zone(person, state).key
        rows.append(
            (Button(Text("reminders-zone", {"zone": zone}), actions.check_in("zone", "-")),)
        )
        if planned:
            rows.append((Button(Text("reminders-stop-all"), actions.check_in("stop", "all")),))
        return [Reply(tuple(parts), tuple(rows))]

    def _zone(self, person: PersonRecord, state: State | None) -> ZoneInfo:
        """The zone chosen in /reminders, else the country's, else UTC."""
        if person.time_zone:
            return ZoneInfo(person.time_zone)
        return zone_for(_country(state))

    def _planned(
        self, reminder: ReminderRecord, person: PersonRecord, state: State | None
    ) -> Reply:
        return Reply((Text("reminders-planned", {"when": self._when(reminder, person, state)}),))

    def _when(self, reminder: ReminderRecord, person: PersonRecord, state: State | None) -> str:
        """When a reminder will come, in the person's language and time zone."""
        language = self._language_for(person, state)
        return local_time(reminder.due_at, language, None, self._zone(person, state))

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
        if name == "exit":
            return await self.quick_exit()
        return await self._done(person, state, [self._resume(state, None)])

    def _step(self, state: State, *notices: Text) -> Reply:
        """The current step, after any notices (what was saved, "use the buttons"…)."""
        shown = view(self._script(state), state)
        parts: list[Text | Lines] = [
            Text("progress", {"current": shown.current, "total": shown.total}),
            *notices,
            *(Text(text_id) for text_id in shown.texts),
        ]
        rows: list[tuple[Button, ...]] = []
        if shown.step.services == "emergency":
            lines = emergency_lines(self.directory, _country(state), writer_age(state.answers))
            parts.append(lines)
        elif shown.step.services == "referral":
            services, links = referral_parts(self.directory, state.answers)
            parts += services
            rows += links
        rows += [
            (Button(Text(label), actions.pick(shown.step.id, choice)),)
            for choice, label in shown.buttons
        ]
        if shown.step.final:
            rows += menu_reply(with_start=False).buttons
        else:
            moving = [Button(Text("btn-stop"), actions.nav("stop"))]
            if shown.can_go_back:
                moving.insert(0, Button(Text("btn-back"), actions.nav("back")))
            rows.append(tuple(moving))
            rows.append(
                (
                    Button(Text("btn-sos"), actions.nav("sos")),
                    Button(Text("btn-exit"), actions.nav("exit")),
                )
            )
        return Reply(tuple(parts), tuple(rows))

    def _resume(self, state: State | None, notice: str | None) -> Reply:
        if state is None or self._final(state):
            menu = menu_reply(with_start=state is None)
            return replace(menu, parts=((Text(notice),) if notice else ()) + menu.parts)
        return self._step(state, *((Text(notice),) if notice else ()))

    def _emergency(self, state: State | None) -> list[Reply]:
        """The emergency numbers, asked for with /urgence or 🆘 (and so counted)."""
        self.events.append(_on(stats.EMERGENCY, state, detail="asked"))
        answers = state.answers if state else {}
        lines = emergency_lines(self.directory, _country(state), writer_age(answers))
        first = Reply((Text("emergency-title"), lines))
        if state is None or self._final(state):
            return [first, menu_reply(with_start=state is None)]
        resume = Reply(
            (Text("emergency-back"),), ((Button(Text("btn-resume"), actions.nav("resume")),),)
        )
        return [first, resume]

    # ---- statistics ---------------------------------------------------------------------

    def _reach(self, state: State) -> State:
        """Counts the step reached, and what it shows, once per conversation."""
        if state.step in _marks(state, REACHED_MARK):
            return state
        step = self._script(state).step(state.step)
        self.events.append(_on(stats.REACHED, state, state.step))
        if step.services == "emergency":
            self.events.append(_on(stats.EMERGENCY, state, state.step, "step"))
        elif step.services == "referral":
            self.events += [
                _on(stats.REFERRAL, state, state.step, service.id)
                for service in self.directory.refer(state.answers).services
            ]
        return _marked(state, REACHED_MARK, state.step)

    def _answered(self, before: State, after: State, given: Press | Typed) -> State:
        """Counts the answer that moved the person on from a step, the first time only."""
        if before.step in _marks(before, ANSWERED_MARK):
            return after
        choice = "typed"  # what was typed stays in the notes, sealed; never here
        if isinstance(given, Press):
            choice = {SKIP: "skipped", DONE: "given", GO: ""}.get(given.choice, given.choice)
        self.events.append(_on(stats.ANSWERED, before, before.step, choice))
        return _marked(after, ANSWERED_MARK, before.step)

    # ---- persistence --------------------------------------------------------------------

    async def _person(self) -> PersonRecord:
        key = self.vault.person_key(self.visitor.user_id)
        person = await self.people.find(key)
        if person is None:
            cipher, wrapped = self.vault.new_data_key(key)
            chat = cipher.seal(str(self.visitor.chat_id), **CHAT_ID)
            language = pick_language(self.visitor.language_code)
            person = await self.people.add(key, wrapped, self.vault.master.id, chat, language)
            self._new = True
        self._person_id = person.id
        return person

    def _notebook(self, person: PersonRecord) -> Notebook:
        cipher = self.vault.cipher(person.key_hash, person.data_key_wrapped)
        return Notebook(self.session, cipher, self.people, person)

    def _language_for(self, person: PersonRecord, state: State | None) -> str:
        """The language chosen with /language, else Telegram's, else by country."""
        if person.language_chosen:
            return person.language
        return pick_language(self.visitor.language_code, _country(state))

    def _script(self, state: State | None) -> Script:
        if state is None:
            return self.scripts[START_FLOW]
        return self.runtime.script(state.flow_id, state.version)

    def _final(self, state: State) -> bool:
        return self._script(state).step(state.step).final

    async def _state(self, person: PersonRecord) -> tuple[State | None, bool]:
        """The stored conversation, on the flow version it began with; `changed` when its flow
        or step vanished (a newer version, once the old one cannot serve it any more)."""
        record = await self.conversations.get(person.id)
        if record is None:
            return None, False
        script = await self._version(record)
        if script is None or record.step_id not in script.steps:
            await self.conversations.clear(person.id)
            return None, True
        state = State(
            record.flow_id, script.version, record.step_id, record.history, record.answers
        )
        return state, False

    async def _version(self, record: ConversationRecord) -> Script | None:
        """The version a conversation began with, while it lasts; else the current one."""
        current = self.scripts.get(record.flow_id)
        if current is not None and current.version == record.flow_version:
            return current
        idle = record.updated_at is None or self.clock.now() - record.updated_at > VERSION_KEPT_FOR
        if idle:
            return current
        key = (record.flow_id, record.flow_version)
        if key not in self.runtime.versions:
            source = await FlowVersions(self.session).source(*key)
            try:  # checked against today's texts: an old version may name a removed one
                old = script_from_source(source, self.content.catalog.missing) if source else None
            except FlowError:
                log.warning(
                    "flow_version_unusable", flow=record.flow_id, version=record.flow_version
                )
                return current
            if old is None:
                return current
            self.runtime.versions[key] = old
        return self.runtime.versions[key]

    async def _save(self, person: PersonRecord, state: State) -> None:
        record = ConversationRecord(
            state.flow_id, state.version, state.step, state.history, dict(state.answers)
        )
        await self.conversations.save(person.id, record)

    async def _done(
        self,
        person: PersonRecord,
        state: State | None,
        replies: list[Reply],
        ways_out: bool = True,
    ) -> Outgoing:
        """Commits the update (statistics included) and says what to answer. Every screen
        gets 🆘 and 🚪 unless `ways_out` is off (the quick exit's lone "OK")."""
        language = self._language_for(person, state)
        if language != person.language:  # remembered for messages sent unasked (reminders)
            await self.people.set_language(person.id, language, chosen=False)
        country = _country(state) or ""
        await stats.Stats(self.session).add(
            self.clock.now().date(),
            (replace(e, language=language, country=country) for e in self.events),
        )
        await self.session.commit()
        self.checkins.after_commit()
        structlog.contextvars.bind_contextvars(step=state.step if state else None)
        context = variables(self._script(state), state) if state else {"register": "neutral"}
        return Outgoing(language, with_ways_out(replies) if ways_out else replies, context)


# Answer keys marking the steps already counted in a conversation (ids only), so that going
# back and forth counts a person once in the funnel.
REACHED_MARK, ANSWERED_MARK = "_reached", "_answered"


def _marks(state: State, mark: str) -> list[str]:
    return state.answers.get(mark, "").split(",")


def _marked(state: State, mark: str, step_id: str) -> State:
    steps = ",".join(filter(None, [*_marks(state, mark), step_id]))
    return replace(state, answers={**state.answers, mark: steps})


def _on(event: str, state: State | None, step: str = "", detail: str = "") -> stats.Event:
    """An event in the conversation `state` is in (language and country are added last)."""
    if state is None:
        return stats.Event(event, step_id=step, detail=detail)
    return stats.Event(event, state.flow_id, state.version, step, detail)


def _country(state: State | None) -> str | None:
    return state.answers.get("country") if state else None


def _with_platforms(state: State, platforms: tuple[Platform, ...]) -> State:
    """Remembers (ids only) the platforms of the links given: the referral says how to report
    on each of them."""
    if not platforms:
        return state
    known = [p for p in state.answers.get(PLATFORMS, "").split(",") if p]
    ids = ",".join(dict.fromkeys([*known, *(p.id for p in platforms)]))
    return replace(state, answers={**state.answers, PLATFORMS: ids})


def _notices(outcome: Outcome, platforms: tuple[Platform, ...]) -> list[Text]:
    """What the person is told before the step: what was saved, refused, or seen."""
    notices = []
    if outcome.stale:
        notices.append(Text("notice-stale"))
    elif outcome.notice:
        notices.append(Text(outcome.notice, dict(outcome.notice_args)))
    for refused in dict.fromkeys(outcome.refused):
        if refused == "too-long":
            notices.append(Text("notice-link-too-long"))
        else:
            notices.append(Text("notice-link-refused", {"scheme": refused}))
    if platforms:
        notices.append(Text("notice-platforms", {"names": ", ".join(p.name for p in platforms)}))
    return notices


def _zone_choices() -> Reply:
    rows = tuple(
        (Button(Text("reminders-zone-name", {"zone": zone}), actions.check_in("tz", zone)),)
        for zone in CHOOSABLE_ZONES
    )
    return Reply((Text("reminders-zone-ask"),), rows)
