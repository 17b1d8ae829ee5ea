"""Small counts are never shown, and cannot be worked out from the totals shown beside them.

Every cell under MINIMUM is hidden ("small"). Then, wherever a total and its parts are shown
together, a line with exactly one hidden cell would give that cell away by subtraction, so the
smallest other cell of that line is hidden too ("hidden"), until no line has exactly one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

MINIMUM = 10
SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"


@dataclass(frozen=True)
class Sum:
    """`total` is the sum of `parts`: all of them are cells of the same table."""

    total: Hashable
    parts: tuple[Hashable, ...]


def suppress(cells: Mapping[Hashable, int], sums: Iterable[Sum] = ()) -> dict[Hashable, str]:
    """For each cell: SHOWN, SMALL (under the minimum) or HIDDEN (would reveal a small one)."""
    status = {key: SMALL if value < MINIMUM else SHOWN for key, value in cells.items()}
    lines = [(s.total, *s.parts) for s in sums]
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [key for key in line if status[key] != SHOWN]
            if len(hidden) != 1:
                continue
            shown = [key for key in line if status[key] == SHOWN]
            # The smallest part rather than the total: hiding less of what matters most.
            parts = [key for key in shown if key != line[0]] or shown
            status[min(parts, key=lambda key: cells[key])] = HIDDEN
            changed = True
    return status


def shown(value: int, status: str) -> str:
    """A cell as a person reads it, on the page and in the CSV."""
    return {SHOWN: str(value), SMALL: f"<{MINIMUM}", HIDDEN: "hidden"}[status]
