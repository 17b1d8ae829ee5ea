"""Trusted timestamps of the dossier: asked of every authority the operator names when a dossier
is made, kept sealed (one row per authority: the latest record's token), and asked again by the
reminder loop about once an hour while one is pending. The person gets them with their next
dossier: the bot never writes to say so (a message about evidence is a message someone else
may read)."""

from __future__ import annotations

import asyncio
import base64
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import structlog

from bot.usecases.notes import opened
from bot.views.dossier import Note, Stamp, Timestamps, digest, record
from storage.entries import Entries
from storage.timestamps import SEALED, TimestampRow, Waiting
from storage.timestamps import Timestamps as TimestampRows
from storage.vault import Cipher, SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.timestamps import Authorities
    from bot.usecases.context import Person, Scope

log = structlog.get_logger(__name__)
BATCH = 20  # people whose stamps are asked again in one pass


async def for_dossier(scope: Scope, person: Person, notes: tuple[Note, ...]) -> Timestamps:
    """The timestamps of this record: kept ones reused, the others asked for now, all at once
    and before anything is written (no write waits on an authority)."""
    authorities = scope.runtime.timestamps
    if authorities is None:
        return Timestamps()
    kept = _opened(person.cipher, await scope.uow.timestamps.of(person.id))
    the_record, of_digest = record(notes), digest(notes)
    found = {url: _stamp(url, kept.get(url, ("", {}))[1], of_digest) for url in authorities.urls}
    asked = [url for url, stamp in found.items() if stamp is None]
    # At once: two authorities down cost one timeout, not two.
    answers = await asyncio.gather(*(authorities.stamp(url, the_record) for url in asked))
    found.update(zip(asked, answers, strict=True))
    for url in asked:
        row_id = kept[url][0] if url in kept else uuid4().hex
        of = (url, of_digest)
        await _keep(scope.uow.timestamps, person.cipher, row_id, person.id, of, found[url])
    stamps = tuple(stamp for stamp in found.values() if stamp is not None)
    pending = tuple(url for url, stamp in found.items() if stamp is None)
    return Timestamps(stamps, pending, authorities.roots_pem)


async def ask_again(runtime: Runtime) -> int:
    """One pass of the reminder loop: for each person with a stamp pending, their record as it
    is now is sent again to the authorities that had not answered. Returns how many answered."""
    authorities = runtime.timestamps
    if authorities is None:
        return 0
    answered, after = 0, 0
    while True:
        async with runtime.sessions() as session:
            waiting = await TimestampRows(session).waiting(after, BATCH)
        for person in waiting:
            answered += await _ask_again_for(runtime, authorities, person)
        if len(waiting) < BATCH:
            break
        after = waiting[-1].person_id
    if answered:
        log.info("timestamps_asked_again", answered=answered)
    return answered


async def _ask_again_for(runtime: Runtime, authorities: Authorities, person: Waiting) -> int:
    cipher = runtime.vault.cipher(person.key_hash, person.data_key_wrapped)
    async with runtime.sessions() as session:
        notes = tuple(opened(cipher, row) for row in await Entries(session).all(person.person_id))
        stored = await TimestampRows(session).of(person.person_id)
    pending = {row.id for row in stored if row.pending}
    rows = {
        url: row_id for url, (row_id, _) in _opened(cipher, stored).items() if row_id in pending
    }
    # An authority no longer named, or no notes left: nothing to ask, now or later.
    askable = {url for url in rows if notes and url in authorities.urls}
    found = {url: await authorities.stamp(url, record(notes)) for url in askable}
    async with runtime.sessions() as session:
        for url, row_id in rows.items():
            if url in askable and found[url] is None:
                continue  # still pending: the next pass asks again
            of = (url, digest(notes))
            stamp = found.get(url)
            await _keep(TimestampRows(session), cipher, row_id, person.person_id, of, stamp, False)
        await session.commit()
    return sum(stamp is not None for stamp in found.values())


def _opened(cipher: Cipher, rows: list[TimestampRow]) -> dict[str, tuple[str, dict[str, Any]]]:
    """The rows by authority; one that does not open is as good as none (asked again)."""
    kept = {}
    for row in rows:
        try:
            value = cipher.open_json(row.sealed, record=row.id, field=SEALED)
        except SealError:
            continue
        kept[value["authority"]] = (row.id, value)
    return kept


def _stamp(url: str, value: dict[str, Any], of_digest: str) -> Stamp | None:
    """The kept token, if it is of this record."""
    if value.get("digest") != of_digest or not value.get("token"):
        return None
    return Stamp(url, base64.b64decode(value["token"]), datetime.fromisoformat(value["at"]))


async def _keep(
    rows: TimestampRows,
    cipher: Cipher,
    row_id: str,
    person_id: int,
    of: tuple[str, str],
    stamp: Stamp | None,
    ask_later: bool = True,
) -> None:
    """The row of one authority (`of`: its URL, the record's digest): its token, or pending."""
    url, of_digest = of
    value = {"authority": url, "digest": of_digest, "token": None, "at": None}
    if stamp is not None:
        token = base64.b64encode(stamp.token).decode()
        value |= {"token": token, "at": stamp.stamped_at.isoformat()}
    sealed = cipher.seal_json(value, record=row_id, field=SEALED)
    await rows.put(row_id, person_id, stamp is None and ask_later, sealed)
