"""Long polling confirms an update to Telegram only once it is handled: what is in hand at a
kill comes again; what came again while in hand is not handled twice."""

from __future__ import annotations

import asyncio
from collections import Counter

from aiogram import Bot
from aiogram.types import Update

from bot.telegram.client import create_bot
from bot.telegram.polling import Polling


class HeldDispatcher:
    """Stands for aiogram's dispatcher: each update waits until the test lets it finish."""

    def __init__(self) -> None:
        self.fed: Counter[int] = Counter()
        self.release: dict[int, asyncio.Event] = {}

    def resolve_used_update_types(self) -> list[str]:
        return ["message"]

    async def feed_update(self, bot: Bot, update: Update) -> None:
        self.fed[update.update_id] += 1
        await self.release.setdefault(update.update_id, asyncio.Event()).wait()


async def test_an_update_in_hand_is_not_confirmed_and_is_handled_once(telegram, settings):
    bot = create_bot(settings)
    dispatcher = HeldDispatcher()
    first, second, third = [
        await telegram.push_update({"message": telegram.user_message(7, text=f"m{n}")})
        for n in range(3)
    ]
    polling = Polling(bot, dispatcher)  # type: ignore[arg-type]
    running = asyncio.create_task(polling.run())
    try:
        await telegram.wait(lambda: len(dispatcher.fed) == 3)
        dispatcher.release.setdefault(second, asyncio.Event()).set()
        dispatcher.release.setdefault(third, asyncio.Event()).set()
        polls = len(telegram.called("getUpdates"))
        # Several polls later, each bringing all three again (none is confirmed):
        await telegram.wait(lambda: len(telegram.called("getUpdates")) >= polls + 3)
        assert telegram.confirmed < first, "a kill now would lose the first update"
        assert dispatcher.fed == {first: 1, second: 1, third: 1}
        dispatcher.release.setdefault(first, asyncio.Event()).set()
        await telegram.wait(lambda: telegram.confirmed == third)
        assert dispatcher.fed == {first: 1, second: 1, third: 1}
    finally:
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        await bot.session.close()


async def test_at_a_stop_the_update_in_hand_is_finished_then_confirmed(telegram, settings):
    bot = create_bot(settings)
    dispatcher = HeldDispatcher()
    update = await telegram.push_update({"message": telegram.user_message(7, text="m")})
    running = asyncio.create_task(Polling(bot, dispatcher).run())  # type: ignore[arg-type]
    await telegram.wait(lambda: dispatcher.fed[update] == 1)
    running.cancel()  # SIGTERM: the poll stops; the update in hand may finish
    dispatcher.release.setdefault(update, asyncio.Event()).set()
    await asyncio.gather(running, return_exceptions=True)
    await bot.session.close()
    assert telegram.confirmed == update
    assert dispatcher.fed[update] == 1
