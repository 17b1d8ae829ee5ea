"""Small counts are never shown, and cannot be worked out from what is shown beside them.

Every cell under MINIMUM is hidden ("small", shown "<10", zero included). The sums a reader
knows (a row and its total, a step and its choices) bind the cells into lines. A hidden cell is safe only when another table, true to every shown number and
to what the labels tell ("<10" is 0 to 9, "hidden" is 10 or more), differs from the real one in
that cell: a reader cannot then tell which is true. The search for such a table (a "witness")
moves hidden cells by one, and must balance every line it touches. A hidden cell without a
witness gets company: the smallest shown cell of one of its lines is hidden too ("hidden"), and
the search runs again. Hiding more never spoils a witness already found, so this ends.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass

MINIMUM = 10
SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"
SEARCH_BUDGET = 2_000  # moves tried per cell before it is treated as exposed (hiding more)
LONGEST_WITNESS = 200  # cells moved at most in one witness (and the search's depth)


@dataclass(frozen=True)
class Sum:
    """`total` is the sum of `parts`: all of them are cells of the same table."""

    total: Hashable
    parts: tuple[Hashable, ...]


def suppress(
    cells: Mapping[Hashable, int],
    sums: Iterable[Sum] = (),
    signed: Collection[Hashable] = (),
) -> dict[Hashable, str]:
    """For each cell: SHOWN, SMALL (under the minimum) or HIDDEN (would reveal a small one).

    `signed` cells may be negative (a difference, such as people who stopped at a step)."""
    keys = list(cells)
    number = {key: n for n, key in enumerate(keys)}
    audit = _Audit(
        [cells[key] for key in keys],
        [key in signed for key in keys],
        [[number[s.total], *(number[part] for part in s.parts)] for s in sums],
    )
    audit.run()
    return dict(zip(keys, audit.status, strict=True))


class _Audit:
    """The search, on cells numbered 0..n-1 (so that it runs on plain lists)."""

    def __init__(self, values: list[int], signed: list[bool], lines: list[list[int]]) -> None:
        self.values, self.signed = values, signed
        self.status: list[str] = [SHOWN if value >= MINIMUM else SMALL for value in values]
        # A line as (cell, sign) pairs that add up to zero: the parts minus the total.
        self.lines = [[(line[0], -1), *((part, 1) for part in line[1:])] for line in lines]
        self.lines_of: list[list[tuple[int, int]]] = [[] for _ in values]
        for n, line in enumerate(self.lines):
            for cell, sign in line:
                self.lines_of[cell].append((n, sign))

    def run(self) -> None:
        safe: set[int] = set()
        waiting = [cell for cell, status in enumerate(self.status) if status != SHOWN]
        while waiting:
            cell = waiting.pop()
            if cell in safe:
                continue
            moves = self.witness(cell)
            if moves is not None:
                safe.update(moves)
                continue
            company = self.company_for(cell)
            if company is not None:
                self.status[company] = HIDDEN
                waiting += [cell, company]

    def fits(self, cell: int, step: int) -> bool:
        value = self.values[cell] + step
        if self.status[cell] == HIDDEN:
            return value >= MINIMUM
        return value < MINIMUM and (value >= 0 or self.signed[cell])

    def witness(self, start: int) -> dict[int, int] | None:
        """Moves of hidden cells, `start` among them, that keep every line and label true."""
        for step in (1, -1):
            if self.fits(start, step):
                search = _Search(self)
                search.move(start, step)
                if search.balance():
                    return search.moves
        return None

    def company_for(self, exposed: int) -> int | None:
        """The shown cell to hide beside an exposed one: the smallest part of the nearest line
        that has one (the smallest total if no part is shown); None when nothing is left."""
        seen, frontier = {exposed}, [exposed]
        while frontier:
            lines = sorted({n for cell in frontier for n, _ in self.lines_of[cell]})
            choices = [
                (sign < 0, self.values[cell], cell)
                for n in lines
                for cell, sign in self.lines[n]
                if self.status[cell] == SHOWN
            ]
            if choices:
                return min(choices)[2]
            frontier = list({c for n in lines for c, _ in self.lines[n] if c not in seen})
            seen.update(frontier)
        return None


class _Search:
    """One witness being built: the moves so far and what each line is off by."""

    def __init__(self, audit: _Audit) -> None:
        self.audit = audit
        self.moves: dict[int, int] = {}
        self.off: dict[int, int] = {}
        self.budget = SEARCH_BUDGET

    def move(self, cell: int, step: int) -> None:
        self.moves[cell] = step
        self._shift(cell, step)

    def undo(self, cell: int) -> None:
        self._shift(cell, -self.moves.pop(cell))

    def _shift(self, cell: int, step: int) -> None:
        for n, sign in self.audit.lines_of[cell]:
            left = self.off.get(n, 0) + sign * step
            if left:
                self.off[n] = left
            else:
                del self.off[n]

    def balance(self) -> bool:
        if not self.off:
            return True
        if len(self.moves) >= LONGEST_WITNESS:
            return False
        audit, off = self.audit, self.off
        line = min(off)
        candidates = []
        for cell, sign in audit.lines[line]:
            step = -sign if off[line] > 0 else sign
            if cell in self.moves or audit.status[cell] == SHOWN or not audit.fits(cell, step):
                continue
            # Tried first: the moves that bring more of the open lines back towards balance.
            closes = sum(1 for n, s in audit.lines_of[cell] if off.get(n, 0) * s * step < 0)
            candidates.append((-closes, cell, step))
        candidates.sort()
        for _, cell, step in candidates:
            self.budget -= 1
            if self.budget < 0:
                return False
            self.move(cell, step)
            if self.balance():
                return True
            self.undo(cell)
        return False


def shown(value: int, status: str) -> str:
    """A cell as a person reads it, on the page and in the CSV."""
    return {SHOWN: str(value), SMALL: f"<{MINIMUM}", HIDDEN: "hidden"}[status]
