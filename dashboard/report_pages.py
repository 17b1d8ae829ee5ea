"""The report pages: a period's tables, and one table as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from starlette.requests import Request
from starlette.responses import Response

from dashboard.periods import KINDS, Period, last_closed, parse_period, period_of, periods
from dashboard.reports import Table, build_report
from dashboard.web import Dashboard, dashboard_of, page, problem_page, signed_in, to_login
from storage.stats import Stats


@dataclass(frozen=True)
class Choice:
    """What the reader asked for: an ended month."""

    period: Period

    def query(self) -> str:
        return f"kind={self.period.kind}&period={self.period.key}"


def read_choice(request: Request, today: date) -> Choice | None:
    """The month a link names (the last ended one by default); None when it names something
    not offered: another kind of period, a free range, a filter, a month not yet ended."""
    params = request.query_params
    if set(params) - {"kind", "period", "table"}:
        return None
    kind = params.get("kind", "month")
    period = parse_period(kind, params.get("period") or last_closed(today).key, today)
    return None if period is None else Choice(period)


async def tables_for(dashboard: Dashboard, choice: Choice) -> list[Table]:
    async with dashboard.sessions() as session:
        counts = await Stats(session).between(choice.period.first, choice.period.last)
    return build_report(
        counts,
        dashboard.scripts,
        dashboard.service_name,
        list(dashboard.directory.services),
        dashboard.platform_name,
    )


async def report(request: Request) -> Response:
    user = await signed_in(request)
    if user is None:
        return to_login()
    dashboard = dashboard_of(request)
    today = dashboard.today()
    choice = read_choice(request, today)
    if choice is None:
        return problem_page(request, user, "bad-choice", 400)
    async with dashboard.sessions() as session:
        since = await Stats(session).first_day() or today
    return page(
        request,
        "report.html",
        {
            "user": user,
            "choice": choice,
            "tables": await tables_for(dashboard, choice),
            "periods": {kind: periods(kind, since, today) for kind in KINDS},
            "next_month": period_of("month", today).last + timedelta(days=1),
        },
    )


async def report_csv(request: Request) -> Response:
    user = await signed_in(request)
    if user is None:
        return to_login()
    dashboard = dashboard_of(request)
    choice = read_choice(request, dashboard.today())
    wanted = request.query_params.get("table", "")
    tables = {t.id: t for t in await tables_for(dashboard, choice)} if choice else {}
    if choice is None or wanted not in tables:
        return problem_page(request, user, "no-table", 404)
    name = f"abri-{wanted}-{choice.period.key}.csv"
    return Response(
        tables[wanted].csv(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
