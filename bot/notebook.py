"""Notes: saving what a person types (encrypted), showing it back on request, erasing it all."""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.actions import Action
from bot.replies import Button, Reply, Text, Verbatim, menu_reply
from storage.repo import Entries, People, PersonRecord
from storage.vault import Cipher, SealError

AWAITING_NOTE = "note"


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

    async def act(self, action: Action) -> list[Reply]:
        if action.kind == "d":
            return await self._erase() if action.name == "yes" else [Reply((Text("delete-kept"),))]
        if action.name == "note":
            await self.people.set_awaiting(self.person.id, AWAITING_NOTE)
            return [Reply((Text("note-ask"),))]
        if action.name == "notes":
            show = ((Button(Text("notes-show"), actions.menu("show")),),)
            return [Reply((Text("notes-warning"),), show)]
        if action.name == "show":
            return [await self._listing(), menu_reply(with_start=False)]
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

    async def _listing(self) -> Reply:
        records = await self.entries.newest_first(self.person.id)
        if not records:
            return Reply((Text("notes-empty"),))
        parts: list[Text | Verbatim] = [Text("notes-header")]
        for record in records:
            heading = Text(f"field-{record.field}")
            stamp = record.created_at.strftime(" · %Y-%m-%d %H:%M UTC")
            try:
                plain = self.cipher.open(record.sealed, record=record.id, field=record.field)
            except SealError:
                parts.append(Verbatim("", heading=heading, heading_suffix=stamp))
                parts.append(Text("note-unreadable"))
                continue
            parts.append(
                Verbatim(plain, code=record.field == "link", heading=heading, heading_suffix=stamp)
            )
        return Reply(tuple(parts))

    async def _erase(self) -> list[Reply]:
        count = await self.entries.count(self.person.id)
        await self.people.delete(self.person.id)
        await self.session.commit()
        await self.people.erase_traces()
        self.erased = True
        return [Reply((Text("delete-done", {"entries": count}),)), menu_reply(with_start=True)]
