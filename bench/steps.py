"""Conversation steps with 200 simulated people, against a bare aiogram echo bot as the floor.

Both bots run as real processes (`python -m bot`, `python -m bench.echo_bot`) polling the
stand-in Bot API in this process; their CPU is read from /proc, so the stand-in's own work and
the simulated people's are not counted. Reports steps per second, latency from update to the
first reply (p50, p99), CPU per step, idle memory (RSS) and time from start to first getUpdates.
Abri is measured twice: people pressing as fast as replies come (a closed loop, the worst case),
then people pausing between steps as real ones do (uniformly 0 to twice --pause seconds).

Run: make bench   (or: .venv/bin/python -m bench.steps --people 200 [--database postgresql])
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.databases import KINDS, fresh_database
from bot.logs import setup_logging
from tests.botapi.server import FakeTelegram

TOKEN = "123456:BENCH-abcdefghijklmnopqrstuvwxyz0123"
ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")
# One person's way through the first questions, as a French-speaking adult in France would.
WALK = [
    ("send", "/start"),
    ("press", "Commencer"),
    ("press", "Non, pas maintenant"),
    ("press", "Autre chose"),
    ("press", "Moi"),
    ("press", "18 ans ou plus"),
    ("press", "France"),
    ("send", "Quelqu'un a publié une photo de moi sans mon accord."),
    ("press", "Je n'ai pas de lien"),
    ("press", "Hier"),
    ("press", "Passer"),
]
ECHO_WALK = [("send", f"message {n}") for n in range(len(WALK))]


@dataclass
class Measured:
    steps: int
    seconds: float
    cpu_seconds: float
    latencies: list[float]
    idle_rss_mb: float
    start_seconds: float
    handled_twice: int  # presses answered more than once: an update processed again
    database: dict[str, float]  # statements and commits per step (Abri's /metrics), else empty
    rss_after_mb: float  # once the walks are done and the bot idle again

    def row(self) -> dict[str, float]:
        ordered = sorted(self.latencies)
        return {
            "steps": self.steps,
            "steps_per_second": round(self.steps / self.seconds, 1),
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 1),
            "cpu_ms_per_step": round(self.cpu_seconds / self.steps * 1000, 2),
            "idle_rss_mb": round(self.idle_rss_mb, 1),
            "rss_after_mb": round(self.rss_after_mb, 1),
            "start_seconds": round(self.start_seconds, 2),
            "handled_twice": self.handled_twice,
            **self.database,
        }


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def walk(
    telegram: FakeTelegram,
    user_id: int,
    actions,
    latencies: list[float],
    pause: float,
    patience: float = 120.0,
) -> None:
    user = {"id": user_id, "is_bot": False, "first_name": "Bench", "language_code": "fr"}
    chance = random.Random(user_id)

    def replies() -> list:
        return [m for m in telegram.chats.get(user_id, []) if m.from_bot]

    for kind, value in actions:
        await asyncio.sleep(chance.uniform(0, 2 * pause))  # reading, thinking (0 s: none)
        known = len(replies())
        if kind == "send":
            message = telegram.user_message(user_id, text=value, **{"from": user})
            update = {"message": message}
        else:
            keyboard = next(m for m in reversed(replies()) if m.buttons)
            data = next(
                b["callback_data"] for row in keyboard.buttons for b in row if b["text"] == value
            )
            update = {
                "callback_query": {
                    "id": f"{user_id}-{len(latencies)}",
                    "from": user,
                    "chat_instance": "bench",
                    "data": data,
                    "message": {
                        "message_id": keyboard.message_id,
                        "date": int(keyboard.date),
                        "chat": {"id": user_id, "type": "private"},
                        "text": keyboard.text,
                    },
                }
            }
        pushed = time.time()
        await telegram.push_update(update)
        # A step is answered when its keyboard (the last message of a reply) has arrived; an
        # echo when its one message has.
        await telegram.wait(
            lambda k=known, keyboard=actions is WALK: (
                len(replies()) > k and (not keyboard or bool(replies()[-1].buttons))
            ),
            seconds=patience,
        )
        latencies.append(replies()[known].date - pushed)


def database_work(metrics_port: int) -> Counter[str]:
    """Abri's own counts of SQL statements and commits, from its /metrics."""
    url = f"http://127.0.0.1:{metrics_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as answer:
        lines = answer.read().decode().splitlines()
    found: Counter[str] = Counter()
    for line in lines:
        for name in ("statements", "commits"):
            if line.startswith(f"abri_database_{name}_total "):
                found[name] = float(line.split()[1])
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def measure(
    command: list[str],
    actions,
    people: int,
    data_dir: Path,
    pause: float = 0.0,
    database: str | None = None,
) -> Measured:
    """One bot process, `people` walking `actions` at once. `database`: a DATABASE_URL (else
    SQLite in data_dir, where the bot may find what was planted for it)."""
    telegram = FakeTelegram()
    await telegram.start()
    metrics_port = free_port()
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "DATA_DIR": str(data_dir),
        "METRICS_PORT": str(metrics_port),  # Abri serves its counts there; the others ignore it
        **({"DATABASE_URL": database} if database else {}),
    }
    counted = command[-1] == "bot"
    spawned = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        await telegram.wait(lambda: bool(telegram.called("getUpdates")), seconds=60)
        start_seconds = telegram.called("getUpdates")[0].at - spawned
        await asyncio.sleep(2)  # settled and idle
        idle = rss_mb(process.pid)
        latencies: list[float] = []
        work_before = database_work(metrics_port) if counted else Counter()
        cpu_before, began = cpu_seconds(process.pid), time.monotonic()
        await asyncio.gather(
            *(
                walk(telegram, 500_000 + n, actions, latencies, pause, 120 + people / 20)
                for n in range(people)
            )
        )
        seconds, cpu = time.monotonic() - began, cpu_seconds(process.pid) - cpu_before
        work = database_work(metrics_port) - work_before if counted else Counter()
        per_step = {f"{k}_per_step": round(v / len(latencies), 2) for k, v in work.items()}
        await asyncio.sleep(2)  # idle again
        after = rss_mb(process.pid)
        refused = telegram.errors()
        if refused:
            raise SystemExit(f"the stand-in refused {len(refused)} calls: {refused[0].error}")
        answered = Counter(
            c.params["callback_query_id"] for c in telegram.called("answerCallbackQuery")
        )
        twice = sum(n - 1 for n in answered.values())
        return Measured(
            len(latencies), seconds, cpu, latencies, idle, start_seconds, twice, per_step, after
        )
    finally:
        process.terminate()
        await process.wait()
        await telegram.stop()


def cpu_per_step(measured: Measured) -> float:
    return measured.cpu_seconds / measured.steps


async def run(people: int, pause: float, kind: str = "sqlite") -> dict[str, dict[str, float]]:
    abri_command = [sys.executable, "-m", "bot"]
    bots = {
        "echo bot": ([sys.executable, "-m", "bench.echo_bot"], ECHO_WALK, 0.0),
        "stateful floor": ([sys.executable, "-m", "bench.stateful_bot"], WALK, 0.0),
        "Abri": (abri_command, WALK, 0.0),
        f"Abri, ~{pause:g} s pauses": (abri_command, WALK, pause),
    }
    measured: dict[str, Measured] = {}
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, (command, actions, pauses)) in enumerate(bots.items()):
            with fresh_database(kind) as database:
                data_dir = Path(folder) / str(number)
                measured[name] = await measure(command, actions, people, data_dir, pauses, database)
    result = {name: m.row() for name, m in measured.items()}
    echo, floor, abri = measured["echo bot"], measured["stateful floor"], measured["Abri"]
    for name in ("stateful floor", "Abri"):
        result[name]["cpu_vs_echo"] = round(cpu_per_step(measured[name]) / cpu_per_step(echo), 2)
    result["Abri"]["cpu_vs_floor"] = round(cpu_per_step(abri) / cpu_per_step(floor), 2)
    return result


def print_table(result: dict[str, dict[str, float]]) -> None:
    names = list(result)
    measures = list(dict.fromkeys(k for row in result.values() for k in row))
    width = max(18, *(len(n) for n in names))
    print(f"{'':>19} " + " ".join(f"{n:>{width}}" for n in names))
    for measure_name in measures:
        cells = [str(result[n].get(measure_name, "")) for n in names]
        print(f"{measure_name:>19} " + " ".join(f"{c:>{width}}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument(
        "--pause", type=float, default=2.0, help="mean seconds a person pauses between steps"
    )
    parser.add_argument("--database", choices=KINDS, default="sqlite")
    setup_logging("WARNING")
    arguments = parser.parse_args()
    print(f"{arguments.database}, {arguments.people} people")
    print_table(asyncio.run(run(arguments.people, arguments.pause, arguments.database)))


if __name__ == "__main__":
    main()
