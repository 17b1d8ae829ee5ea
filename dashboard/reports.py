"""Turns the anonymous counts of one period into the tables the dashboard shows and exports.

Each table is built as cells plus the sums that bind them (a row total, a step's answers), so
that suppression sees every total a reader sees.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dashboard.suppression import SHOWN, Sum, shown, suppress
from flows.script import Script
from storage import stats
from storage.stats import Count

COUNTRY_LABELS = {"fr": "France", "lu": "Luxembourg", "other": "Other", "": "Not given yet"}
LANGUAGE_LABELS = {"fr": "French", "en": "English", "de": "German"}
ANSWER_LABELS = {"typed": "typed an answer", "skipped": "skipped", "given": "links given"}


@dataclass(frozen=True)
class Cell:
    value: int | None  # None: does not apply (a final step is not answered), or derived
    status: str = SHOWN
    derived: str = ""  # a figure worked out from the shown cells of its row (a share…)

    @property
    def text(self) -> str:
        if self.value is None:
            return self.derived
        return shown(self.value, self.status)

    @property
    def visible(self) -> bool:
        return self.value is not None and self.status == SHOWN


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    sub: bool = False  # a detail of the row above (a step's choices)


@dataclass(frozen=True)
class Table:
    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""
    heading: str = ""  # what the rows are: the header of the first column

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([self.heading, *self.columns])
        for row in self.rows:
            writer.writerow([("  " if row.sub else "") + row.label, *(c.text for c in row.cells)])
        return out.getvalue()


class Grid:
    """Cells by (row, column) with the sums between them; suppressed as a whole."""

    def __init__(self) -> None:
        self.values: dict[Hashable, int] = {}
        self.sums: list[Sum] = []
        self.signed: set[Hashable] = set()  # a difference, which may be negative

    def put(
        self, row: Hashable, column: str, value: int, signed: bool = False
    ) -> tuple[Hashable, str]:
        key = (row, column)
        self.values[key] = value
        if signed:
            self.signed.add(key)
        return key

    def cells(self, rows: Iterable[Hashable], columns: Iterable[str]) -> dict[Hashable, Cell]:
        status = suppress(self.values, self.sums, signed=self.signed)
        return {
            (r, c): Cell(self.values[(r, c)], status[(r, c)])
            if (r, c) in self.values
            else Cell(None)
            for r in rows
            for c in columns
        }


def funnel(flow_id: str, version: str, counts: list[Count], script: Script | None) -> Table:
    """Per step: people who reached it, answered it (and how), and stopped there."""
    reached: dict[str, int] = defaultdict(int)
    answers: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for count in counts:
        event = count.event
        if (event.flow_id, event.flow_version) != (flow_id, version):
            continue
        if event.event == stats.REACHED:
            reached[event.step_id] += count.count
        elif event.event == stats.ANSWERED:
            answers[event.step_id][event.detail] += count.count
    known = [step.id for step in script.flow.steps] if script else []
    steps = [s for s in known if s in reached or s in answers]
    steps += sorted((set(reached) | set(answers)) - set(known))
    final = {step.id for step in script.flow.steps if step.final} if script else set()
    columns = ("reached", "answered", "stopped here")
    grid = Grid()
    labels: list[tuple[Hashable, str, bool]] = []
    for step in steps:
        labels.append((step, step, False))
        got = grid.put(step, "reached", reached[step])
        if step in final:
            continue
        answered = sum(answers[step].values())
        said = grid.put(step, "answered", answered)
        # Negative where people reached a step in the month before and answered it in this one.
        left = grid.put(step, "stopped here", reached[step] - answered, signed=True)
        grid.sums.append(Sum(got, (said, left)))
        parts = []
        for choice in sorted(k for k in answers[step] if k):
            parts.append(grid.put((step, choice), "answered", answers[step][choice]))
            labels.append(((step, choice), ANSWER_LABELS.get(choice, choice), True))
        if parts and not answers[step].get(""):  # the choices add up to the answers
            grid.sums.append(Sum(said, tuple(parts)))
    cells = grid.cells([key for key, _, _ in labels], columns)
    rows = tuple(
        Row(label, tuple(cells[(key, c)] for c in columns), sub) for key, label, sub in labels
    )
    return Table(
        f"funnel-{flow_id}-{version}",
        f"Flow “{flow_id}”, version {version}",
        columns,
        rows,
        note="Each conversation counts once per step, even if the person went back.",
        heading="step",
    )


def crossed(
    table_id: str,
    title: str,
    entries: Sequence[tuple[Hashable, str, int]],
    row_label: Callable[[Any], str],
    column_label: Callable[[str], str],
    row_order: Sequence[Hashable],
    column_totals: bool,
    heading: str,
) -> Table:
    """A table of (row, column) counts with a total per row, and per column if they add up."""
    columns = sorted({column for _, column, _ in entries})
    rows = [r for r in row_order if any(e[0] == r for e in entries)]
    rows += sorted({e[0] for e in entries} - set(rows), key=str)
    values: dict[tuple[Hashable, str], int] = defaultdict(int)
    for row, column, value in entries:
        values[(row, column)] += value
    grid = Grid()
    for row in rows:
        parts = tuple(grid.put(row, c, values[(row, c)]) for c in columns)
        total = grid.put(row, "total", sum(values[(row, c)] for c in columns))
        grid.sums.append(Sum(total, parts))
    all_columns = [*columns, "total"]
    if column_totals and rows:
        for column in all_columns:
            total = grid.put("total", column, sum(grid.values[(r, column)] for r in rows))
            grid.sums.append(Sum(total, tuple((r, column) for r in rows)))
        grid.sums.append(Sum(("total", "total"), tuple(("total", c) for c in columns)))
        rows.append("total")
    cells = grid.cells(rows, all_columns)
    return Table(
        table_id,
        title,
        tuple(column_label(c) if c != "total" else "total" for c in all_columns),
        tuple(
            Row(
                row_label(r) if r != "total" else "total", tuple(cells[(r, c)] for c in all_columns)
            )
            for r in rows
        ),
        heading=heading,
    )


USE_ROWS = {
    (stats.STARTED, "incident"): "conversations started",
    (stats.STARTED, "followup"): "follow-ups started (from a reminder)",
    (stats.EMERGENCY, "asked"): "emergency numbers asked for (/urgence, 🆘)",
    (stats.EMERGENCY, "step"): "emergency numbers shown (in danger now)",
    (stats.CRISIS, ""): "crisis lines shown (a message with crisis words)",
    (stats.QUICK_EXIT, ""): "quick exits",
    (stats.EXPORT, ""): "PDF exports",
    (stats.DELETED, ""): "data deleted (/delete)",
}
REMINDER_ROWS = {
    (stats.REMINDER_SENT, ""): "reminders sent",
    (stats.REMINDER_ANSWER, "yes"): "answered: yes, let's look",
    (stats.REMINDER_ANSWER, "later"): "answered: later",
    (stats.REMINDER_ANSWER, "stop"): "answered: stop",
}


def _use_key(event: stats.Event) -> tuple[str, str]:
    if event.event == stats.STARTED:
        return (event.event, event.flow_id)
    return (event.event, event.detail)


def by_language(
    table_id: str, title: str, rows: dict[tuple[str, str], str], counts: list[Count]
) -> Table:
    entries = [
        (_use_key(c.event), c.event.language, c.count) for c in counts if _use_key(c.event) in rows
    ]
    return crossed(
        table_id,
        title,
        entries,
        rows.__getitem__,
        lambda code: LANGUAGE_LABELS.get(code, code),
        list(rows),
        column_totals=False,  # different events: adding them up would mean nothing
        heading="event",
    )


def referrals(counts: list[Count], names: Callable[[str], str], order: list[str]) -> Table:
    entries = [
        (c.event.detail, c.event.country, c.count)
        for c in counts
        if c.event.event == stats.REFERRAL
    ]
    return crossed(
        "referrals",
        "Where people were sent (services shown at the referral step)",
        entries,
        names,
        lambda code: COUNTRY_LABELS.get(code, code),
        order,
        column_totals=True,
        heading="service",
    )


# How long after a link was saved the person said it was gone (storage/stats.py's buckets).
REMOVAL_LABELS = {
    "0-7": "gone within 7 days",
    "8-30": "in 8–30 days",
    "31-90": "in 31–90 days",
    "91+": "after 90 days",
}
REMOVAL_BUCKETS = [bucket for _, bucket in stats.REMOVAL_BUCKETS]


def removals(counts: list[Count], platform_name: Callable[[str], str]) -> Table:
    """Per platform: saved links people were first asked about at a check-in, those first said
    gone, and how long after they were saved; the share and the median only from shown cells."""
    asked: dict[str, int] = defaultdict(int)
    gone: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for count in counts:
        if count.event.event == stats.LINK_CHECKED:
            asked[count.event.detail] += count.count
        elif count.event.event == stats.LINK_GONE:
            gone[count.event.detail][count.event.step_id] += count.count
    platforms = sorted(set(asked) | set(gone), key=platform_name)
    counted = ("asked about", "said gone", *REMOVAL_BUCKETS)
    grid = Grid()
    for platform in platforms:
        grid.put(platform, "asked about", asked[platform])
        parts = tuple(grid.put(platform, b, gone[platform][b]) for b in REMOVAL_BUCKETS)
        total = grid.put(platform, "said gone", sum(gone[platform].values()))
        grid.sums.append(Sum(total, parts))
    cells = grid.cells(platforms, counted)
    rows = []
    for platform in platforms:
        row = [cells[(platform, c)] for c in counted]
        rows.append(Row(platform_name(platform), (*row, *_removal_figures(row))))
    labels = ("asked about", "said gone", *(REMOVAL_LABELS[b] for b in REMOVAL_BUCKETS))
    labels += ("share gone", "median")
    return Table(
        "removals",
        "Did it come down? Saved links asked about at check-ins",
        labels,
        tuple(rows),
        note=(
            "Links counted once each: when first asked about, and when first said gone (people "
            "check themselves; the bot never opens a link). The share divides this month's "
            "'said gone' by this month's 'asked about'; the median is the time bucket of the "
            "middle link said gone. Both are shown only when every cell they need is."
        ),
        heading="platform",
    )


def _removal_figures(row: list[Cell]) -> tuple[Cell, Cell]:
    asked, gone, *buckets = row
    share = median = ""
    if asked.visible and gone.visible and asked.value:
        share = f"{round(100 * (gone.value or 0) / asked.value)} %"
    if gone.visible and gone.value and all(b.visible for b in buckets):
        middle, running = (gone.value + 1) / 2, 0
        for cell, bucket in zip(buckets, REMOVAL_BUCKETS, strict=True):
            running += cell.value or 0
            if running >= middle:
                median = REMOVAL_LABELS[bucket]
                break
    return Cell(None, derived=share), Cell(None, derived=median)


# Conversations with the counsellors (storage/stats.py's talk_* events): how long the first
# answer took, in minutes.
ANSWER_LABELS_MINUTES = {
    "0-5": "answered within 5 min",
    "6-15": "in 6–15 min",
    "16-30": "in 16–30 min",
    "31-60": "in 31–60 min",
    "61+": "after an hour",
}
ANSWER_BUCKETS = [bucket for _, bucket in stats.ANSWER_BUCKETS]
TALK_COUNTS = (
    ("asked", stats.TALK_ASKED, "open"),
    ("asked out of hours", stats.TALK_ASKED, "closed"),
    ("agreed to share", stats.TALK_OPENED, None),
    ("nobody in time", stats.TALK_WAITED, None),
    ("closed", stats.TALK_CLOSED, None),
)


def handoffs(counts: list[Count]) -> Table:
    """Per week (its days in this month): conversations with the counsellors asked for, begun,
    answered and how fast (median and 90th percentile from the time buckets, shown only when
    every cell they need is), left waiting, closed. No text, no pseudonym: counts only."""
    counted: dict[tuple[date, str], int] = defaultdict(int)
    for count in counts:
        event = count.event
        week = count.day - timedelta(days=count.day.weekday())
        if event.event == stats.TALK_ANSWERED:
            counted[(week, event.detail)] += count.count
        for column, name, detail in TALK_COUNTS:
            if event.event == name and detail in (None, event.detail):
                counted[(week, column)] += count.count
    weeks = sorted({week for week, _ in counted})
    columns = (*(c for c, _, _ in TALK_COUNTS), "answered", *ANSWER_BUCKETS)
    grid = Grid()
    for week in weeks:
        for column, _, _ in TALK_COUNTS:
            grid.put(week, column, counted[(week, column)])
        parts = tuple(grid.put(week, b, counted[(week, b)]) for b in ANSWER_BUCKETS)
        total = grid.put(week, "answered", sum(counted[(week, b)] for b in ANSWER_BUCKETS))
        grid.sums.append(Sum(total, parts))
    cells = grid.cells(weeks, columns)
    rows = []
    for week in weeks:
        row = [cells[(week, c)] for c in columns]
        answered, buckets = row[len(TALK_COUNTS)], row[len(TALK_COUNTS) + 1 :]
        figures = (_quantile(answered, buckets, 0.5), _quantile(answered, buckets, 0.9))
        rows.append(Row(f"week of {week.isoformat()}", (*row, *figures)))
    labels = (*columns[: len(TALK_COUNTS) + 1], *(ANSWER_LABELS_MINUTES[b] for b in ANSWER_BUCKETS))
    return Table(
        "handoffs",
        "Talking to a counsellor",
        (*labels, "median wait", "90 % answered within"),
        tuple(rows),
        note=(
            "Counted when it happened, by week (Monday first, only its days in this month): "
            "asked for during the hours or outside them, begun once the person agreed to share "
            "the summary, first answered (and how long after it began), nobody answering "
            "within the wait set, closed (by a counsellor, a quick exit or a deletion). The "
            "median and the 90th percentile are time buckets, shown only when every cell they "
            "need is."
        ),
        heading="week",
    )


def _quantile(total: Cell, buckets: list[Cell], share: float) -> Cell:
    """The time bucket holding the answer at `share` of the way, from shown cells only."""
    if not (total.visible and total.value and all(b.visible for b in buckets)):
        return Cell(None)
    running = 0
    for cell, bucket in zip(buckets, ANSWER_BUCKETS, strict=True):
        running += cell.value or 0
        if running >= share * total.value:
            return Cell(None, derived=ANSWER_LABELS_MINUTES[bucket])
    return Cell(None)


def flow_versions(counts: list[Count]) -> list[tuple[str, str]]:
    """(flow, version) pairs with steps counted, oldest first seen first."""
    first_seen: dict[tuple[str, str], object] = {}
    for count in sorted(counts, key=lambda c: c.day):
        event = count.event
        if event.event == stats.REACHED:
            first_seen.setdefault((event.flow_id, event.flow_version), count.day)
    return list(first_seen)


def build_report(
    counts: list[Count],
    scripts: dict[str, Script],
    service_name: Callable[[str], str],
    service_order: list[str],
    platform_name: Callable[[str], str] = str,
) -> list[Table]:
    """Every table of the dashboard for one month's counts, in reading order.

    Each table is suppressed on its own, and nothing else is published beside it: no filter of
    the same counts (all languages minus French minus English would be German), no period that
    overlaps another (a month minus its weeks), no period still running (today's page minus
    yesterday's would be one day)."""
    versions = flow_versions(counts)
    by_flow = {flow: [v for f, v in versions if f == flow] for flow in {f for f, _ in versions}}

    def funnels(flow: str) -> list[Table]:
        return [funnel(flow, v, counts, scripts.get(flow)) for v in by_flow.get(flow, [])]

    others = sorted(set(by_flow) - {"incident", "followup"})
    return [
        by_language("use", "Conversations, safety and privacy actions", USE_ROWS, counts),
        *funnels("incident"),
        referrals(counts, service_name, service_order),
        *funnels("followup"),
        by_language("reminders", "Reminders (follow-ups people asked for)", REMINDER_ROWS, counts),
        removals(counts, platform_name),
        handoffs(counts),
        *(table for flow in others for table in funnels(flow)),
    ]
