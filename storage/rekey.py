"""After a leak of the master key: every person gets a new data key and everything of theirs is
sealed again under it, and the pseudonym key is replaced (each keyed hash computed again).

Re-wrapping (storage/rotation.py) is not enough then: whoever has the old master key and an old
copy of the database can unwrap the data keys, which a re-wrap leaves unchanged, and so read
what is written after it. Here nothing the old keys open is used after the run.

Resumable: the new pseudonym key is stored first, under the new master key; each batch of
people is re-sealed and moved to the new master key in one transaction; a rerun continues with
the people still under the old one. Until the last batch the bot refuses to start (some keys
are under one master key, some under the other: see storage/keys.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.entries import SEALED
from storage.errors import MasterKeyError
from storage.keys import PSEUDONYM
from storage.models import Entry, Person, Timestamp, VaultSecret
from storage.people import CHAT_ID, OPENING, STATE
from storage.rotation import BATCH
from storage.timestamps import SEALED as TIMESTAMP
from storage.vault import DATA_KEY, KEY_BYTES, Cipher, MasterKey, SealError, Vault

NEXT_PSEUDONYM = "pseudonym-next"  # the replacement, while the rekey is under way


async def rekey(
    sessions: async_sessionmaker[AsyncSession],
    old: MasterKey,
    new: MasterKey,
    batch: int = BATCH,
    after_batch: Callable[[int], None] | None = None,
) -> int:
    """New data keys and a new pseudonym key, under `new`; returns how many people moved."""
    if old.id == new.id:
        raise MasterKeyError("the new master key is the current one")
    vault = Vault(new, await _next_pseudonym_key(sessions, new))
    done = 0
    while True:
        async with sessions() as session:
            rows = (
                await session.execute(
                    select(*OPENING).where(Person.master_id == old.id).limit(batch)
                )
            ).all()
            if not rows:
                break
            for person_id, owner, wrapped, chat_sealed, state_sealed in rows:
                sealed = (chat_sealed, state_sealed)
                await _reseal(session, old, vault, person_id, owner, wrapped, sealed)
            await session.commit()
        done += len(rows)
        if after_batch is not None:
            after_batch(done)
    await _adopt_next_pseudonym_key(sessions, new)
    return done


async def _reseal(
    session: AsyncSession,
    old: MasterKey,
    vault: Vault,
    person_id: int,
    owner: bytes,
    wrapped: bytes,
    sealed: tuple[bytes, bytes],
) -> None:
    """One person, under a new data key and their new keyed hash; their notes and their
    dossier's timestamps sealed again."""
    chat_sealed, state_sealed = sealed
    try:
        opened = Cipher(old.unwrap(wrapped, DATA_KEY + owner), owner)
        chat_id = opened.open(chat_sealed, **CHAT_ID)
        state = opened.open(state_sealed, **STATE)
    except SealError:
        raise MasterKeyError("a person's data does not open with the current key") from None
    # A private chat's id is the person's Telegram user id: their keyed hash is computed again.
    new_owner = vault.person_key(int(chat_id))
    cipher, new_wrapped = vault.new_data_key(new_owner)
    for table, field in ((Entry, SEALED), (Timestamp, TIMESTAMP)):
        rows = await session.execute(
            select(table.id, table.sealed).where(table.person_id == person_id)
        )
        for row_id, sealed_value in rows.all():
            try:
                text = opened.open(sealed_value, record=row_id, field=field)
            except SealError:
                continue  # unreadable already (shown as such): left as it is, opens for no one
            resealed = cipher.seal(text, record=row_id, field=field)
            await session.execute(update(table).where(table.id == row_id).values(sealed=resealed))
    await session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(
            key_hash=new_owner,
            data_key_wrapped=new_wrapped,
            master_id=vault.master.id,
            chat_id_sealed=cipher.seal(chat_id, **CHAT_ID),
            state_sealed=cipher.seal(state, **STATE),
        )
    )


async def _next_pseudonym_key(sessions: async_sessionmaker[AsyncSession], new: MasterKey) -> bytes:
    """The replacement pseudonym key: made and stored once, found again by a rerun."""
    async with sessions() as session:
        row = await session.get(VaultSecret, NEXT_PSEUDONYM)
        if row is not None:
            return new.unwrap(row.wrapped, NEXT_PSEUDONYM.encode())
        key = os.urandom(KEY_BYTES)
        wrapped = new.wrap(key, NEXT_PSEUDONYM.encode())
        session.add(VaultSecret(name=NEXT_PSEUDONYM, wrapped=wrapped, master_id=new.id))
        await session.commit()
        return key


async def _adopt_next_pseudonym_key(
    sessions: async_sessionmaker[AsyncSession], new: MasterKey
) -> None:
    async with sessions() as session:
        following = await session.get(VaultSecret, NEXT_PSEUDONYM)
        current = await session.get(VaultSecret, PSEUDONYM)
        if following is None or current is None:
            return  # adopted by an earlier run that stopped just after
        key = new.unwrap(following.wrapped, NEXT_PSEUDONYM.encode())
        current.wrapped = new.wrap(key, PSEUDONYM.encode())
        current.master_id = new.id
        await session.delete(following)
        await session.commit()
