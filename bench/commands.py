"""How long the checks a volunteer runs take, from typing the command to its answer (the best
of five, wall clock: what a person waits for). Each imports only what its command needs.

Run: make bench   (or: .venv/bin/python -m bench.commands)
"""

from __future__ import annotations

import subprocess
import sys
import time

COMMANDS = [
    ["flows", "validate"],
    ["flows", "test"],
    ["flows", "graph", "incident"],
    ["i18n", "check"],
    ["directory", "check"],
    ["crisis", "check"],
    ["--help"],
]
TRIES = 5


def best_seconds(command: list[str]) -> float:
    best = float("inf")
    for _ in range(TRIES):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    interpreter = best_seconds([sys.executable, "-c", "pass"])
    print(f"{'python -c pass':>32} {interpreter:6.2f} s   (the interpreter alone)")
    for arguments in COMMANDS:
        taken = best_seconds([sys.executable, "-m", "bot", *arguments])
        print(f"{'python -m bot ' + ' '.join(arguments):>32} {taken:6.2f} s")


if __name__ == "__main__":
    main()
