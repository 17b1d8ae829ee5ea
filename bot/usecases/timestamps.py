"""Trusted timestamps of the dossier: asked of every authority the operator names when a dossier
is made, kept sealed (one row per authority: the latest record's token), and asked again by the
reminder loop about once an hour while one is pending. The person gets them with their next
dossier: the bot never writes to say so (a message about evidence is a message someone else
may read)."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import structlog

from bot.timestamps import roots_pem
from bot.usecases.notes import opened
from bot.views.dossier import Note, Stamp, Timestamps, digest, record
from storage.entries import Entries
from storage.timestamps import SEALED, TimestampRow
from storage.timestamps import Timestamps as TimestampRows
from storage.vault import Cipher, SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.usecases.context import Person, Scope

log = structlog.get_logger(__name__)
BATCH = 20  # people whose stamps are asked again in one pass


async def for_dossier(scope: Scope, person: Person, notes: tuple[Note, ...]) -> Timestamps:
    """The timestamps of this record: kept ones reused, the others asked for now."""
    authorities = scope.runtime.timestamps
    if authorities is None:
        return Timestamps()
    rows = scope.uow.timestamps
    kept = _opened(person.cipher, await rows.of(person.id))
    the_record, of_digest = record(notes), digest(notes)
    stamps, pending = [], []
    for url in authorities.urls:
        row_id, value = kept.get(url, (uuid4().hex, {}))
        stamp = _stamp(url, value, of_digest)
        if stamp is None:
            stamp = await authorities.stamp(url, the_record)
            await _keep(rows, person.cipher, row_id, person.id, (url, of_digest), stamp)
        if stamp is None:
            pending.append(url)
        else:
            stamps.append(stamp)
    return Timestamps(tuple(stamps), tuple(pending), roots_pem(authorities.roots))


async def ask_again(runtime: Runtime) -> int:
    """One pass of the reminder loop: for each person with a stamp pending, their record as it
    is now is sent again to the authorities that had not answered. Returns how many answered."""
    authorities = runtime.timestamps
    if authorities is None:
        return 0
    answered = 0
    async with runtime.sessions() as session:
        waiting = await TimestampRows(session).waiting(BATCH)
    for person in waiting:
        cipher = runtime.vault.cipher(person.key_hash, person.data_key_wrapped)
        async with runtime.sessions() as session:
            rows = TimestampRows(session)
            notes = tuple(
                opened(cipher, row) for row in await Entries(session).all(person.person_id)
            )
            stored = await rows.of(person.person_id)
            for url, (row_id, _) in _opened(cipher, stored).items():
                if not any(row.id == row_id and row.pending for row in stored):
                    continue
                # No notes left: nothing to stamp, and nothing to ask again.
                stamp = await authorities.stamp(url, record(notes)) if notes else None
                if stamp is not None or not notes:
                    answered += stamp is not None
                    of = (url, digest(notes))
                    await _keep(rows, cipher, row_id, person.person_id, of, stamp, bool(notes))
            await session.commit()
    if waiting:
        log.info("timestamps_asked_again", people=len(waiting), answered=answered)
    return answered


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
    ask_again: bool = True,
) -> None:
    """The row of one authority (`of`: its URL, the record's digest): its token, or pending."""
    url, of_digest = of
    value = {"authority": url, "digest": of_digest, "token": None, "at": None}
    if stamp is not None:
        token = base64.b64encode(stamp.token).decode()
        value |= {"token": token, "at": stamp.stamped_at.isoformat()}
    sealed = cipher.seal_json(value, record=row_id, field=SEALED)
    await rows.put(row_id, person_id, stamp is None and ask_again, sealed)
