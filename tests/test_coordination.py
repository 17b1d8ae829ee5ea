"""One person's updates one at a time, and nothing kept in memory per person once handled."""

from __future__ import annotations

import asyncio

from aiogram.fsm.storage.base import StorageKey

from bot.telegram.coordination import NothingStored, PersonLocks


def key(person: int) -> StorageKey:
    return StorageKey(bot_id=1, chat_id=person, user_id=person)


async def test_one_persons_updates_wait_for_each_other_and_others_do_not() -> None:
    locks = PersonLocks()
    order: list[str] = []
    first_inside = asyncio.Event()
    release_first = asyncio.Event()

    async def first() -> None:
        async with locks.lock(key(1)):
            order.append("first in")
            first_inside.set()
            await release_first.wait()
            order.append("first out")

    async def same_person() -> None:
        await first_inside.wait()
        async with locks.lock(key(1)):
            order.append("same person in")

    async def someone_else() -> None:
        await first_inside.wait()
        async with locks.lock(key(2)):
            order.append("someone else in")
        release_first.set()

    await asyncio.gather(first(), same_person(), someone_else())
    assert order == ["first in", "someone else in", "first out", "same person in"]


async def test_no_lock_is_kept_after_the_update_even_when_it_fails() -> None:
    locks = PersonLocks()
    for person in range(1000):
        async with locks.lock(key(person)):
            pass
    try:
        async with locks.lock(key(5)):
            raise RuntimeError("the handler failed")
    except RuntimeError:
        pass
    assert locks._locks == {}


async def test_aiogram_finds_no_state_and_none_is_kept() -> None:
    storage = NothingStored()
    assert await storage.get_state(key(1)) is None
    assert await storage.get_data(key(1)) == {}
