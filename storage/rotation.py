"""Master key rotation: re-wrap every data key under a new master key, notes untouched.

Each batch commits on its own and rows record which master key wraps them, so a rotation
stopped half-way (crash, kill, power cut) is finished by running it again with the same keys.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.errors import MasterKeyError
from storage.keys import PSEUDONYM
from storage.models import Person, VaultSecret
from storage.vault import DATA_KEY, MasterKey, SealError

BATCH = 200


async def rotate_master_key(
    sessions: async_sessionmaker[AsyncSession],
    old: MasterKey,
    new: MasterKey,
    batch: int = BATCH,
    after_batch: Callable[[int], None] | None = None,
) -> int:
    """Re-wrap what `old` wraps under `new`; returns how many data keys were re-wrapped."""
    if old.id == new.id:
        raise MasterKeyError("the new master key is the current one")
    done = 0
    while True:
        async with sessions() as session:
            rows = (
                await session.execute(
                    select(Person.id, Person.key_hash, Person.data_key_wrapped)
                    .where(Person.master_id == old.id)
                    .limit(batch)
                )
            ).all()
            if not rows:
                break
            for person_id, owner, wrapped in rows:
                context = DATA_KEY + owner
                try:
                    data_key = old.unwrap(wrapped, context)
                except SealError:
                    raise MasterKeyError("a data key does not open with the current key") from None
                await session.execute(
                    update(Person)
                    .where(Person.id == person_id)
                    .values(data_key_wrapped=new.wrap(data_key, context), master_id=new.id)
                )
            await session.commit()
        done += len(rows)
        if after_batch is not None:
            after_batch(done)
    async with sessions() as session:
        secret = await session.get(VaultSecret, PSEUDONYM)
        if secret is not None and secret.master_id == old.id:
            pseudonym_key = old.unwrap(secret.wrapped, PSEUDONYM.encode())
            secret.wrapped = new.wrap(pseudonym_key, PSEUDONYM.encode())
            secret.master_id = new.id
            await session.commit()
    return done
