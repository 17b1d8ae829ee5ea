"""The report pages: a period's tables, and one table as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from starlette.requests import Request
from starlette.responses import Response

from dashboard.periods import KINDS, Period, parse_period, period_of, periods
from dashboard.reports import (
    ALL,
    COUNTRY_FILTERS,
    LANGUAGE_FILTERS,
    Filters,
    Table,
    build_report,
)
from dashboard.web import Dashboard, dashboard_of, page, problem_page, signed_in, to_login
from storage.stats import Stats


@dataclass(frozen=True)
class Choice:
    """What the reader asked for: a fixed period and optional filters."""

    period: Period
    filters: Filters

    def query(self) -> str:
        return (
            f"kind={self.period.kind}&period={self.period.key}"
            f"&language={self.filters.language}&country={self.filters.country}"
        )


def read_choice(request: Request, today: date) -> Choice | None:
    """The period and filters a link names; None when it names something not offered."""
    params = request.query_params
    kind = params.get("kind", "month")
    if kind not in KINDS:
        return None
    period = parse_period(kind, params.get("period") or period_of(kind, today).key)
    language, country = params.get("language", ALL), params.get("country", ALL)
    if period is None or language not in LANGUAGE_FILTERS or country not in COUNTRY_FILTERS:
        return None
    return Choice(period, Filters(language, country))


async def tables_for(dashboard: Dashboard, choice: Choice) -> list[Table]:
    async with dashboard.sessions() as session:
        counts = await Stats(session).between(choice.period.first, choice.period.last)
    return build_report(
        counts,
        choice.filters,
        dashboard.scripts,
        dashboard.service_name,
        list(dashboard.directory.services),
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
            "languages": LANGUAGE_FILTERS,
            "countries": COUNTRY_FILTERS,
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
