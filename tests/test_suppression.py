"""Small counts are never shown, and cannot be worked out from the totals beside them."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dashboard.periods import parse_period, period_of, periods
from dashboard.reports import Filters, crossed, funnel
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


grids = st.lists(
    st.lists(st.integers(0, 40), min_size=1, max_size=5), min_size=1, max_size=5
).filter(lambda rows: len({len(r) for r in rows}) == 1)


@given(grids)
def test_in_any_table_with_totals_no_line_has_exactly_one_hidden_cell(rows):
    """The invariant that stops subtraction: every row and column (with its total) has either
    no hidden cell or at least two; and every count under 10 is hidden."""
    entries = [(f"r{i}", f"c{j}", v) for i, row in enumerate(rows) for j, v in enumerate(row)]
    table = crossed("t", "t", entries, str, str, [], column_totals=True, heading="row")
    grid = [[cell.status for cell in row.cells] for row in table.rows]
    values = [[cell.value for cell in row.cells] for row in table.rows]
    for line in [*grid, *zip(*grid, strict=True)]:
        assert sum(status != SHOWN for status in line) != 1
    for statuses, numbers in zip(grid, values, strict=True):
        for status, number in zip(statuses, numbers, strict=True):
            assert (status == SMALL) == (number < 10)


def test_fixed_periods_only():
    day = date(2026, 11, 22)
    assert period_of("week", day).key == "2026-W47"
    assert (period_of("week", day).first, period_of("week", day).last) == (
        date(2026, 11, 16),
        date(2026, 11, 22),
    )
    assert period_of("month", day).last == date(2026, 11, 30)
    assert period_of("month", date(2026, 12, 5)).last == date(2026, 12, 31)
    assert parse_period("month", "2026-11") == period_of("month", day)
    for kind, key in [
        ("month", "2026-13"),
        ("week", "2026-W60"),
        ("day", "2026-11-22"),
        ("month", "2026-11-01..2026-11-03"),
        ("week", "2026-W1"),
    ]:
        assert parse_period(kind, key) is None
    assert [p.key for p in periods("month", date(2026, 9, 30), day)] == [
        "2026-11",
        "2026-10",
        "2026-09",
    ]


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

    french = [c for c in counts if Filters(language="fr").keep(c)]
    table = funnel("incident", "v1", french, script)
    assert [c.text for c in table.rows[0].cells] == ["50", "40", "10"]
