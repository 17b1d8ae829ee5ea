"""Notes: what a person types, kept sealed with its label and time; shown back only when they
ask, a page at a time; a message set aside until they say whether to keep it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from uuid import uuid4

from bot.usecases.context import Person, Scope
from bot.views.actions import Menu, Page
from bot.views.dossier import Note
from bot.views.replies import Button, Outgoing, Reply, Text, Verbatim
from bot.views.screens import held_question, menu_reply, notes_warning
from storage.entries import SEALED, EntryRow
from storage.vault import Cipher, SealError

AWAITING_NOTE = "note"
PAGE_SIZE = 5  # notes per page; a page longer than one message is split, never cut


async def add(scope: Scope, person: Person, field: str, text: str) -> None:
    """One entry: its label (`field`), the text and the time, sealed together."""
    entry_id = uuid4().hex
    value = {"field": field, "text": text, "at": scope.clock.now().isoformat()}
    sealed = person.cipher.seal_json(value, record=entry_id, field=SEALED)
    position = person.state.next_position
    person.state = replace(person.state, next_position=position + 1)
    await scope.uow.entries.add(entry_id, person.id, position, sealed)


def opened(cipher: Cipher, row: EntryRow) -> Note:
    """An entry as the person reads it back; one that cannot be opened says so."""
    try:
        value = cipher.open_json(row.sealed, record=row.id, field=SEALED)
        return Note(value["field"], value["text"], datetime.fromisoformat(value["at"]))
    except (SealError, KeyError, TypeError, ValueError):
        return Note("note", None, None)


async def all_notes(scope: Scope, person: Person) -> list[Note]:
    """Every note, oldest first: a timeline (the dossier)."""
    return [opened(person.cipher, row) for row in await scope.uow.entries.all(person.id)]


async def ask_for_note(scope: Scope) -> Outgoing:
    person = await scope.person()
    person.state = replace(person.state, awaiting=AWAITING_NOTE)
    return await scope.done([Reply((Text("note-ask"),))])


async def note_typed(scope: Scope, person: Person, text: str) -> Outgoing:
    """The person was asked for a note: this message is it."""
    await add(scope, person, AWAITING_NOTE, text)
    person.state = replace(person.state, awaiting=None)
    return await scope.done([Reply((Text("note-saved"),)), menu_reply(with_start=False)])


async def hold(scope: Scope, person: Person, text: str) -> Outgoing:
    """Text typed outside any question: set aside, sealed, until the person decides."""
    person.state = replace(person.state, held=text)
    return await scope.done([held_question()])


def hold_quietly(person: Person, text: str) -> None:
    person.state = replace(person.state, held=text)


async def settle_held(scope: Scope, person: Person, keep: bool) -> list[Reply]:
    """The person's answer about the message set aside: kept as a note, or let go."""
    held = person.state.held
    person.state = replace(person.state, held=None)
    if held is None or not keep:
        return []
    await add(scope, person, AWAITING_NOTE, held)
    return [Reply((Text("note-saved"),))]


async def warning(scope: Scope) -> Outgoing:
    await scope.person()
    return await scope.done([notes_warning()])


async def page(scope: Scope, number: int) -> Outgoing:
    person = await scope.person()
    total = await scope.uow.entries.count(person.id)
    if not total:
        return await scope.done([Reply((Text("notes-empty"),)), menu_reply(with_start=False)])
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    number = min(max(number, 1), pages)
    rows = await scope.uow.entries.page(person.id, (number - 1) * PAGE_SIZE, PAGE_SIZE)
    parts: list[Text | Verbatim] = [Text("notes-header", {"page": number, "pages": pages})]
    for note in (opened(person.cipher, row) for row in rows):
        heading = Text(f"field-{note.field}")
        if note.text is None:
            parts += [Verbatim("", heading=heading), Text("note-unreadable")]
        else:
            code = note.field == "link"  # shown as code: never a tappable link
            parts += [Verbatim(note.text, code=code, heading=heading, recorded_at=note.recorded_at)]
    turn = []
    if number > 1:
        turn.append(Button(Text("notes-newer"), Page(number - 1)))
    if number < pages:
        turn.append(Button(Text("notes-older"), Page(number + 1)))
    export = (
        (Button(Text("notes-export"), Menu("export")),),
        (Button(Text("notes-notices"), Menu("notices")),),
    )
    rows_out = (tuple(turn), *export) if turn else export
    return await scope.done([Reply(tuple(parts), rows_out), menu_reply(with_start=False)])
