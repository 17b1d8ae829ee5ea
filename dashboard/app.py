"""The dashboard's web application (Starlette, Jinja2 templates, no script in the pages).

Every page but the sign-in needs a session; every form carries a CSRF token; cookies are
HttpOnly, SameSite=Strict, and Secure unless switched off for local HTTP.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dashboard.accounts import ROLES, AccountError, Accounts, SignedIn, Throttle
from dashboard.periods import KINDS, Period, parse_period, period_of, periods
from dashboard.reports import (
    ALL,
    COUNTRY_FILTERS,
    LANGUAGE_FILTERS,
    Filters,
    Table,
    build_report,
)
from dashboard.settings import DashboardSettings
from flows.directory import Directory, load_directory
from flows.script import Script, load_scripts
from i18n.catalog import Catalog, load_catalog
from storage.db import create_engine, migrate, session_factory
from storage.reminders import Reminders
from storage.stats import Stats

HERE = Path(__file__).parent
SESSION_COOKIE, LOGIN_COOKIE = "abri_session", "abri_login"
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
HEADERS = {
    # No script, no outside resource, no framing: the pages are plain HTML and one stylesheet.
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


@dataclass
class Dashboard:
    settings: DashboardSettings
    accounts: Accounts
    sessions: async_sessionmaker[AsyncSession]
    scripts: dict[str, Script]
    catalog: Catalog
    directory: Directory
    throttle: Throttle

    def today(self) -> date:
        return datetime.now(UTC).date()

    def service_name(self, service_id: str) -> str:
        name = f"service-{service_id}-name"
        return self.catalog.text("en", name) if self.catalog.has("en", name) else service_id


class SecurityHeaders:
    """Adds HEADERS to every response (pure ASGI, so it also covers static files)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


def dashboard_of(request: Request) -> Dashboard:
    dashboard: Dashboard = request.app.state.dashboard
    return dashboard


async def signed_in(request: Request) -> SignedIn | None:
    return await dashboard_of(request).accounts.signed_in(request.cookies.get(SESSION_COOKIE))


def to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


PROBLEM_TITLES = {
    "not-found": "Page not found",
    "error": "Something went wrong",
    "bad-choice": "This period is not offered",
    "no-table": "No such table",
    "admins-only": "For administrators only",
}


def problem_page(request: Request, user: SignedIn | None, problem: str, status: int) -> Response:
    context = {"user": user, "problem": problem, "title": PROBLEM_TITLES[problem]}
    return page(request, "problem.html", context, status)


async def not_found(request: Request, _error: Exception) -> Response:
    return problem_page(request, await signed_in(request), "not-found", 404)


async def server_error(request: Request, _error: Exception) -> Response:
    # No database here: it may be what failed. Starlette has logged the error.
    return problem_page(request, None, "error", 500)


def _same(given: object, expected: str | None) -> bool:
    if not isinstance(given, str) or not expected:
        return False
    return secrets.compare_digest(given.encode(), expected.encode())


# ---- signing in and out ---------------------------------------------------------------------


async def login_form(request: Request, problem: str = "", status: int = 200) -> Response:
    """The sign-in page, with a fresh token for its form (a double-submit cookie)."""
    token = secrets.token_urlsafe(32)
    response = page(request, "login.html", {"csrf": token, "problem": problem}, status)
    _cookie(request, response, LOGIN_COOKIE, token, max_age=3600)
    return response


async def login(request: Request) -> Response:
    dashboard = dashboard_of(request)
    form = await request.form()
    if not _same(form.get("csrf"), request.cookies.get(LOGIN_COOKIE)):
        return await login_form(request, "The form expired. Please try again.", 400)
    name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
    keys = (f"name:{name.lower()}", f"address:{request.client.host if request.client else ''}")
    wait = dashboard.throttle.wait(*keys)
    if wait:
        minutes = max(1, round(wait / 60))
        return await login_form(
            request, f"Too many attempts. Please wait {minutes} minute(s) and try again.", 429
        )
    opened = await dashboard.accounts.sign_in(name, password)
    if opened is None:
        dashboard.throttle.failed(*keys)
        return await login_form(request, "Wrong name or password.", 401)
    dashboard.throttle.succeeded(keys[0])
    token, _ = opened
    response = RedirectResponse("/", status_code=303)
    _cookie(request, response, SESSION_COOKIE, token, max_age=8 * 3600)
    response.delete_cookie(LOGIN_COOKIE)
    return response


async def logout(request: Request) -> Response:
    user = await signed_in(request)
    form = await request.form()
    if user is not None and not _same(form.get("csrf"), user.csrf):
        return RedirectResponse("/", status_code=303)  # not from our form: nothing happens
    if user is not None:
        await dashboard_of(request).accounts.sign_out(request.cookies[SESSION_COOKIE])
    response = to_login()
    response.delete_cookie(SESSION_COOKIE)
    return response


def _cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=dashboard_of(request).settings.dashboard_secure_cookies,
    )


# ---- the report -----------------------------------------------------------------------------


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


# ---- accounts (admins) ----------------------------------------------------------------------


async def users(request: Request) -> Response:
    user = await signed_in(request)
    if user is None:
        return to_login()
    if user.role != "admin":
        return problem_page(request, user, "admins-only", 403)
    problem, done = "", ""
    if request.method == "POST":
        form = await request.form()
        if not _same(form.get("csrf"), user.csrf):
            problem = "The form expired. Please try again."
        elif form.get("action") == "add":
            try:
                await dashboard_of(request).accounts.add(
                    str(form.get("name", "")), str(form.get("password", "")), str(form.get("role"))
                )
                done = f"Account {form.get('name')} added."
            except AccountError as error:
                problem = f"Not added: {error}."
        elif form.get("action") == "remove" and form.get("name") != user.name:
            await dashboard_of(request).accounts.remove(str(form.get("name")))
            done = f"Account {form.get('name')} removed."
    accounts = await dashboard_of(request).accounts.all()
    context = {"user": user, "accounts": accounts, "roles": ROLES, "problem": problem, "done": done}
    return page(request, "users.html", context, 400 if problem else 200)


# ---- metrics ----------------------------------------------------------------------------------


async def metrics(request: Request) -> Response:
    """For operators: process figures, reminders by status, anonymous event totals."""
    dashboard = dashboard_of(request)
    token = dashboard.settings.metrics_token
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
    if not (token and _same(bearer, token.get_secret_value())) and await signed_in(request) is None:
        return PlainTextResponse("sign in or give the metrics token\n", status_code=401)
    async with dashboard.sessions() as session:
        reminders = await Reminders(session).by_status()
        events = await Stats(session).totals()
    status = GaugeMetricFamily("abri_reminders", "Reminders by status", labels=["status"])
    for name, count in reminders.items():
        status.add_metric([name], count)
    totals = CounterMetricFamily("abri_events", "Anonymous events counted", labels=["event"])
    for name, count in events.items():
        totals.add_metric([name], count)
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    registry.register(_Families([status, totals]))
    return Response(generate_latest(registry), media_type="text/plain; version=0.0.4")


class _Families(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> list[Metric]:
        return self.families


# ---- the application --------------------------------------------------------------------------


def create_app(settings: DashboardSettings) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engine = create_engine(settings.database, settings.sqlite_busy_seconds)
        await migrate(engine)
        sessions = session_factory(engine)
        catalog = load_catalog()
        app.state.dashboard = Dashboard(
            settings,
            Accounts(sessions),
            sessions,
            load_scripts(check_text=catalog.missing),
            catalog,
            load_directory(check_text=catalog.missing),
            Throttle(),
        )
        yield
        await engine.dispose()

    routes = [
        Route("/", report),
        Route("/report.csv", report_csv),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/users", users, methods=["GET", "POST"]),
        Route("/metrics", metrics),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    handlers = {404: not_found, 500: server_error}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    return SecurityHeaders(app)  # type: ignore[return-value]
