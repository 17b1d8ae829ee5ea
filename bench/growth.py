"""Does the cost per step stay flat as people come and data piles up?

Measured with the same harness as bench.steps (a real `python -m bot` against the stand-in Bot
API, CPU read from /proc), closed loop:
- the walk with 1, 10, 100 and 1,000 people at once;
- 200 people walking while 10,000 others are stored, with 100,000 notes and 10,000 planned
  reminders (planted through the use cases, as the bot stores them); the start is timed with
  those reminders planned;
- 10,000 distinct people writing once: memory before and after (nothing should stay per person).

Run: make bench   (or: .venv/bin/python -m bench.growth [--database postgresql])
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.databases import KINDS, fresh_database
from bench.steps import TOKEN, WALK, measure, print_table
from bot.logs import setup_logging
from bot.runtime import build_runtime
from bot.settings import Settings, load_settings
from bot.usecases import notes
from bot.usecases.context import Scope, Visitor
from storage.unit import UnitOfWork

ABRI = [sys.executable, "-m", "bot"]
NOTES_EACH = 10


async def plant(data_dir: Path, database: str | None, people: int) -> None:
    """`people` stored, each with NOTES_EACH notes and a reminder a week away."""
    settings = load_settings(
        Settings,
        bot_token=TOKEN,
        telegram_api_url="http://127.0.0.1:9",  # never called
        data_dir=data_dir,
        database_url=database,
        _env_file=None,
    )
    runtime = await build_runtime(settings)
    try:
        week = datetime.now(UTC) + timedelta(days=7)
        for number in range(people):
            chat_id = 20_000_000 + number
            async with UnitOfWork(runtime.sessions) as uow:
                scope = Scope(uow, runtime, Visitor(chat_id, chat_id, "fr"))
                person = await scope.person()
                for note in range(NOTES_EACH):
                    await notes.add(scope, person, "note", f"planted note {note} of {number}")
                await uow.reminders.add(person.id, week)
                await scope.done([])
    finally:
        await runtime.close()


async def run(kind: str, stored: int) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for people in (1, 10, 100, 1000):
            with fresh_database(kind) as database:
                data_dir = Path(folder) / f"walk-{people}"
                measured = await measure(ABRI, WALK, people, data_dir, database=database)
                result[f"{people} at once"] = measured.row()
        with fresh_database(kind) as database:
            data_dir = Path(folder) / "stored"
            await plant(data_dir, database, stored)
            measured = await measure(ABRI, WALK, 200, data_dir, database=database)
            result[f"200, {stored:,} stored"] = measured.row()
        with fresh_database(kind) as database:
            data_dir = Path(folder) / "distinct"
            once = [("send", "/start")]
            measured = await measure(ABRI, once, stored, data_dir, database=database)
            result[f"{stored:,} write once"] = measured.row()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=KINDS, default="sqlite")
    parser.add_argument("--stored", type=int, default=10_000, help="people stored beforehand")
    setup_logging("WARNING")
    arguments = parser.parse_args()
    print(f"{arguments.database}, growth")
    print_table(asyncio.run(run(arguments.database, arguments.stored)))


if __name__ == "__main__":
    main()
