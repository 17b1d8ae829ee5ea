"""Small counts are never shown, and cannot be worked out from the totals beside them."""

import itertools
import math
from datetime import date
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from dashboard.periods import last_closed, parse_period, period_of, periods
from dashboard.reports import crossed, funnel
from dashboard.suppression import HIDDEN, SHOWN, SMALL, Sum, shown, suppress
from flows.script import load_scripts
from storage import stats
from storage.stats import Count, Event


def test_a_count_under_ten_is_shown_as_under_ten_and_zero_too():
    status = suppress({"a": 9, "b": 10, "c": 0})
    assert status == {"a": SMALL, "b": SHOWN, "c": SMALL}
    assert [shown(v, status[k]) for k, v in {"a": 9, "b": 10, "c": 0}.items()] == [
        "<10",
        "10",
        "<10",
    ]


def test_the_partner_of_a_small_cell_is_hidden_when_the_total_would_give_it_away():
    cells = {"total": 105, "small": 5, "large": 100}
    status = suppress(cells, [Sum("total", ("small", "large"))])
    assert status == {"total": SHOWN, "small": SMALL, "large": HIDDEN}


def test_the_smallest_partner_is_chosen_and_a_line_with_two_hidden_cells_is_left_alone():
    cells = {"t": 140, "a": 4, "b": 3, "c": 33, "d": 100}
    status = suppress(cells, [Sum("t", ("a", "b", "c", "d"))])
    assert status == {"t": SHOWN, "a": SMALL, "b": SMALL, "c": SHOWN, "d": SHOWN}
    cells = {"t": 137, "a": 4, "c": 33, "d": 100}
    assert suppress(cells, [Sum("t", ("a", "c", "d"))])["c"] == HIDDEN


def test_a_part_equal_to_the_total_is_hidden_when_the_other_part_is_small():
    cells = {"t": 12, "a": 12, "b": 0}
    status = suppress(cells, [Sum("t", ("a", "b"))])
    assert status == {"t": SHOWN, "a": HIDDEN, "b": SMALL}


def test_zeros_that_the_total_would_give_away_are_covered():
    """`<10, <10, 25 | 25`: the two small cells can only be 0."""
    status = suppress({"t": 25, "a": 0, "b": 0, "c": 25}, [Sum("t", ("a", "b", "c"))])
    assert status["c"] == HIDDEN
    # And `<10, <10, 12 | 30`: both can only be 9.
    status = suppress({"t": 30, "a": 9, "b": 9, "c": 12}, [Sum("t", ("a", "b", "c"))])
    assert status["c"] == HIDDEN


def test_a_hidden_cell_between_two_hidden_blocks_is_not_left_solvable():
    """Each line has two hidden cells, yet a cell joining two hidden blocks adds up from the
    rows and columns around it (a bridge): it needs company too."""
    rows = [[3, 4, 30, 30], [5, 6, 7, 30], [30, 30, 3, 4], [30, 30, 5, 6]]
    entries = [(f"r{i}", f"c{j}", v) for i, row in enumerate(rows) for j, v in enumerate(row)]
    table = crossed("t", "t", entries, str, str, [], column_totals=True, heading="row")
    assert_nothing_solvable(table_lines(table, rows))


grids = st.lists(
    st.lists(st.integers(0, 40), min_size=1, max_size=5), min_size=1, max_size=5
).filter(lambda rows: len({len(r) for r in rows}) == 1)


@given(grids)
def test_in_any_table_with_totals_no_hidden_cell_can_be_solved(rows):
    entries = [(f"r{i}", f"c{j}", v) for i, row in enumerate(rows) for j, v in enumerate(row)]
    table = crossed("t", "t", entries, str, str, [], column_totals=True, heading="row")
    for table_row, numbers in zip(table.rows, rows, strict=False):
        for cell, number in zip(table_row.cells, numbers, strict=False):
            assert (cell.status == SMALL) == (number < 10)
    assert_nothing_solvable(table_lines(table, rows))


steps = st.lists(
    st.tuples(st.integers(0, 40), st.lists(st.integers(0, 30), min_size=1, max_size=3)),
    min_size=1,
    max_size=4,
)


@given(steps)
def test_in_any_funnel_no_hidden_cell_can_be_solved(generated):
    script = load_scripts()["incident"]
    ids = [step.id for step in script.flow.steps if not step.final]
    counts = []
    for step, (reached, choices) in zip(ids, generated, strict=False):
        counts += [_count(stats.REACHED, step, n=reached)] if reached else []
        counts += [_count(stats.ANSWERED, step, f"c{n}", n=v) for n, v in enumerate(choices) if v]
    table = funnel("incident", "v1", counts, script)
    cells = {
        (i, j): cell
        for i, row in enumerate(table.rows)
        for j, cell in enumerate(row.cells)
        if cell.value is not None
    }
    lines = []
    steps_at = [i for i, row in enumerate(table.rows) if not row.sub] + [len(table.rows)]
    for index, end in itertools.pairwise(steps_at):
        if (index, 1) in cells:
            lines.append([(index, 0), (index, 1), (index, 2)])  # reached = answered + stopped
            if end > index + 1:
                lines.append([(index, 1), *((i, 1) for i in range(index + 1, end))])
    assert_nothing_solvable((cells, lines), signed={key for key in cells if key[1] == 2})


def table_lines(table, rows):
    """The cells of a crossed table with totals, and its lines (total first)."""
    cells = {(i, j): cell for i, row in enumerate(table.rows) for j, cell in enumerate(row.cells)}
    height, width = len(rows), len(rows[0])
    lines = [[(i, width), *((i, j) for j in range(width))] for i in range(height + 1)]
    lines += [[(height, j), *((i, j) for i in range(height))] for j in range(width + 1)]
    return cells, lines


def assert_nothing_solvable(published, signed=frozenset()):
    """What a reader can work out, checked apart from the suppression's own search:
    no combination of the lines gives a hidden cell (exact linear algebra on fractions), and
    no line has its hidden cells pinned by what their labels say ("<10": 0 to 9, or below 10
    for a difference; "hidden": 10 or more)."""
    cells, lines = published
    hidden = [key for key, cell in cells.items() if cell.status != SHOWN]
    column = {key: n for n, key in enumerate(hidden)}
    equations = []
    for total, *parts in lines:
        signs = [(total, -1), *((part, 1) for part in parts)]
        row, known, low, high = [Fraction(0)] * len(hidden), 0, 0.0, 0.0
        for key, sign in signs:
            if key not in column:
                known -= sign * cells[key].value
                continue
            row[column[key]] += sign
            small = cells[key].status == SMALL
            bottom = -math.inf if small and key in signed else (0 if small else 10)
            top = 9 if small else math.inf
            low, high = low + (bottom if sign > 0 else -top), high + (top if sign > 0 else -bottom)
        if any(row):
            equations.append(row)
            assert low < known < high, f"the line {[total, *parts]} pins its hidden cells"
    for key in hidden:
        assert not _in_row_space(equations, column[key], len(hidden)), f"{key} can be solved"


def _in_row_space(equations, target, size):
    """Whether the unit vector of `target` is a combination of the equations' rows."""
    basis = []  # (pivot column, row), kept reduced: a pivot column is zero in the other rows
    for row in equations:
        for col, pivot in basis:
            row = [a - row[col] * b for a, b in zip(row, pivot, strict=True)]
        lead = next((c for c, value in enumerate(row) if value), None)
        if lead is None:
            continue
        row = [value / row[lead] for value in row]
        basis = [(c, [a - r[lead] * b for a, b in zip(r, row, strict=True)]) for c, r in basis]
        basis.append((lead, row))
    unit = [Fraction(int(c == target)) for c in range(size)]
    for col, pivot in basis:
        unit = [a - unit[col] * b for a, b in zip(unit, pivot, strict=True)]
    return not any(unit)


def test_ended_months_only():
    day = date(2026, 11, 22)
    assert period_of("month", day).last == date(2026, 11, 30)
    assert period_of("month", date(2026, 12, 5)).last == date(2026, 12, 31)
    assert last_closed(day).key == "2026-10"
    assert last_closed(date(2026, 12, 1)).key == "2026-11"
    assert parse_period("month", "2026-10", day) == period_of("month", date(2026, 10, 3))
    for kind, key in [
        ("month", "2026-13"),
        ("month", "2026-11"),  # still running
        ("week", "2026-W47"),
        ("day", "2026-11-22"),
        ("month", "2026-11-01..2026-11-03"),
    ]:
        assert parse_period(kind, key, day) is None
    assert [p.key for p in periods("month", date(2026, 9, 30), day)] == ["2026-10", "2026-09"]


def _count(event: str, step: str, detail: str = "", n: int = 1, **dims) -> Count:
    return Count(date(2026, 11, 2), Event(event, "incident", "v1", step, detail, **dims), n)


def test_the_funnel_adds_up_reached_answered_and_stopped_per_step_in_flow_order():
    script = load_scripts()["incident"]
    counts = [
        _count(stats.REACHED, "danger", n=40, language="fr"),
        _count(stats.REACHED, "welcome", n=50, language="fr"),
        _count(stats.ANSWERED, "welcome", "begin", n=40, language="fr"),
        _count(stats.ANSWERED, "danger", "no", n=25, language="fr"),
        _count(stats.ANSWERED, "danger", "yes", n=3, language="en"),
        _count(stats.REACHED, "end", n=12, language="fr"),
        _count(stats.REACHED, "welcome", n=7, language="en"),
    ]
    table = funnel("incident", "v1", counts, script)
    rows = {(row.label, row.sub): [c.text for c in row.cells] for row in table.rows}
    assert [row.label for row in table.rows if not row.sub] == ["welcome", "danger", "end"]
    assert rows[("welcome", False)] == ["57", "40", "17"]
    assert rows[("danger", False)] == ["40", "28", "12"]
    assert rows[("yes", True)][1] == "<10"
    assert rows[("no", True)][1] == "hidden", "25 would give away the 3 from the 28 shown"
    assert rows[("end", False)] == ["12", "", ""]
