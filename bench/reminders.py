"""1,000 due reminders dispatched against the stand-in Bot API with Telegram's rate limits on.

Reports messages per second, 429s received, and lost or doubled reminders (must be 0).
Run: make bench   (or: .venv/bin/python -m bench.reminders --count 1000)
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.logs import setup_logging
from bot.reminders.sender import start_reminders
from bot.runtime import build_runtime
from bot.settings import Settings, load_settings
from bot.telegram.client import create_bot
from bot.usecases.context import Scope, Visitor
from storage.unit import UnitOfWork
from tests.botapi.server import FakeTelegram

TOKEN = "123456:BENCH-abcdefghijklmnopqrstuvwxyz0123"


async def plant(runtime, count: int) -> None:
    """`count` people, each with one reminder due now, made as the bot makes them."""
    for number in range(count):
        chat_id = 10_000_000 + number
        async with UnitOfWork(runtime.sessions) as uow:
            scope = Scope(uow, runtime, Visitor(chat_id, chat_id, "fr"))
            person = await scope.person()
            await uow.reminders.add(person.id, datetime.now(UTC))
            await scope.done([])


async def run(count: int) -> dict[str, float]:
    telegram = FakeTelegram(rate_limits=True)
    await telegram.start()
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            Settings,
            bot_token=TOKEN,
            telegram_api_url=telegram.url,
            data_dir=Path(folder),
            _env_file=None,
        )
        runtime = await build_runtime(settings)
        bot = create_bot(settings)
        await plant(runtime, count)
        started = time.monotonic()
        await start_reminders(runtime, bot)

        def sent() -> list:
            return [c for c in telegram.called("sendMessage") if not c.forced]

        await telegram.wait(lambda: len(sent()) >= count, seconds=count / 5 + 60)
        await asyncio.sleep(1)  # anything doubled would show up now
        elapsed = time.monotonic() - started
        window = sent()[-1].at - sent()[0].at
        per_chat = collections.Counter(int(c.params["chat_id"]) for c in sent())
        result = {
            "reminders": count,
            "seconds_from_start": round(elapsed, 1),
            "messages_per_second": round((len(sent()) - 1) / window, 1),
            "429s": sum(1 for c in telegram.called("sendMessage") if c.forced),
            "lost": count - len(per_chat),
            "doubled": sum(n - 1 for n in per_chat.values() if n > 1),
        }
        await runtime.close()
        await bot.session.close()
    await telegram.stop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    setup_logging("WARNING")
    result = asyncio.run(run(parser.parse_args().count))
    for name, value in result.items():
        print(f"{name:>20}: {value}")


if __name__ == "__main__":
    main()
