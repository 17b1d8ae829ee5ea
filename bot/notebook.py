"""Notes: saving what a person types (encrypted), showing it back on request, erasing it all."""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.actions import Action
from bot.dossier import Note
from bot.replies import Button, Reply, Text, Verbatim, menu_reply
from storage.repo import Entries, People, PersonRecord
from storage.vault import Cipher, SealError

AWAITING_NOTE = "note"
PAGE_SIZE = 5  # notes per page; a page longer than one message is split, never cut
HELD = ("pending", "note")  # record and field binding the held text's ciphertext


class Notebook:
    def __init__(
        self, session: AsyncSession, cipher: Cipher, people: People, person: PersonRecord
    ) -> None:
        self.session = session
        self.cipher = cipher
        self.people = people
        self.person = person
        self.entries = Entries(session)
        self.erased = False

    async def add(self, field: str, text: str) -> None:
        entry_id = uuid4().hex
        sealed = self.cipher.seal(text, record=entry_id, field=field)
        await self.entries.add(entry_id, self.person.id, field, sealed)

    async def notes(self) -> list[Note]:
        """Every note, newest first; one that cannot be opened is kept as unreadable."""
        notes = []
        for record in await self.entries.newest_first(self.person.id):
            try:
                text = self.cipher.open(record.sealed, record=record.id, field=record.field)
            except SealError:
                text = None
            notes.append(Note(record.field, text, record.created_at))
        return notes

    async def act(self, action: Action) -> list[Reply]:
        if action.kind == "d":
            return await self._erase() if action.name == "yes" else [Reply((Text("delete-kept"),))]
        if action.kind == "g":
            return [*await self._page(int(action.name)), menu_reply(with_start=False)]
        if action.name == "note":
            await self.people.set_awaiting(self.person.id, AWAITING_NOTE)
            return [Reply((Text("note-ask"),))]
        if action.name == "notes":
            show = ((Button(Text("notes-show"), actions.page(1)),),)
            return [Reply((Text("notes-warning"),), show)]
        if action.name == "delete":
            buttons = (
                (Button(Text("delete-yes"), actions.confirm("yes")),),
                (Button(Text("delete-no"), actions.confirm("no")),),
            )
            return [Reply((Text("delete-confirm"),), buttons)]
        return [menu_reply(with_start=False)]

    async def typed(self, text: str) -> list[Reply]:
        """The person was asked for a note: this message is it."""
        await self.add(AWAITING_NOTE, text)
        await self.people.set_awaiting(self.person.id, None)
        return [Reply((Text("note-saved"),)), menu_reply(with_start=False)]

    async def hold(self, text: str) -> list[Reply]:
        """Text typed outside any question: keep it sealed until the person decides."""
        await self.hold_quietly(text)
        buttons = (
            (Button(Text("held-keep"), actions.menu("keep")),),
            (Button(Text("held-drop"), actions.menu("drop")),),
        )
        return [Reply((Text("held-ask"),), buttons)]

    async def hold_quietly(self, text: str) -> None:
        """Sealed and set aside until the person says whether to keep it as a note."""
        record, field = HELD
        await self.people.hold(self.person.id, self.cipher.seal(text, record=record, field=field))

    async def settle_held(self, keep: bool) -> list[Reply]:
        """The person's answer about the message set aside: kept as a note, or let go."""
        sealed = self.person.pending_sealed
        await self.people.hold(self.person.id, None)
        if sealed is None or not keep:
            return []
        record, field = HELD
        await self.add(AWAITING_NOTE, self.cipher.open(sealed, record=record, field=field))
        return [Reply((Text("note-saved"),))]

    async def _page(self, number: int) -> list[Reply]:
        notes = await self.notes()
        if not notes:
            return [Reply((Text("notes-empty"),))]
        pages = (len(notes) + PAGE_SIZE - 1) // PAGE_SIZE
        number = min(max(number, 1), pages)
        parts: list[Text | Verbatim] = [Text("notes-header", {"page": number, "pages": pages})]
        for note in notes[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]:
            heading, at = Text(f"field-{note.field}"), note.recorded_at
            if note.text is None:
                parts += [Verbatim("", heading=heading, recorded_at=at), Text("note-unreadable")]
            else:
                code = note.field == "link"  # shown as code: never a tappable link
                parts += [Verbatim(note.text, code=code, heading=heading, recorded_at=at)]
        turn = []
        if number > 1:
            turn.append(Button(Text("notes-newer"), actions.page(number - 1)))
        if number < pages:
            turn.append(Button(Text("notes-older"), actions.page(number + 1)))
        export = (Button(Text("notes-export"), actions.menu("export")),)
        return [Reply(tuple(parts), (tuple(turn), export) if turn else (export,))]

    async def _erase(self) -> list[Reply]:
        count = await self.entries.count(self.person.id)
        await self.people.delete(self.person.id)
        await self.session.commit()
        await self.people.erase_traces()
        self.erased = True
        return [Reply((Text("delete-done", {"entries": count}),)), menu_reply(with_start=True)]
