"""The dashboard's web application (Starlette, Jinja2 templates, no script in the pages).

Every page but the sign-in needs a session; every form carries a CSRF token; cookies are
HttpOnly, SameSite=Strict, and Secure unless switched off for local HTTP.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from dashboard.accounts import ROLES, AccountError, Accounts, Throttle
from dashboard.operator_metrics import metrics
from dashboard.report_pages import report, report_csv
from dashboard.settings import DashboardSettings
from dashboard.web import (
    HERE,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    Dashboard,
    SecurityHeaders,
    dashboard_of,
    not_found,
    page,
    problem_page,
    same,
    server_error,
    set_cookie,
    signed_in,
    to_login,
)
from flows.directory import load_directory
from flows.script import load_scripts
from i18n.catalog import load_catalog
from storage.db import create_engine, migrate, session_factory

# ---- signing in and out ---------------------------------------------------------------------


async def login_form(request: Request, problem: str = "", status: int = 200) -> Response:
    """The sign-in page, with a fresh token for its form (a double-submit cookie)."""
    token = secrets.token_urlsafe(32)
    response = page(request, "login.html", {"csrf": token, "problem": problem}, status)
    set_cookie(request, response, LOGIN_COOKIE, token, max_age=3600)
    return response


async def login(request: Request) -> Response:
    dashboard = dashboard_of(request)
    form = await request.form()
    if not same(form.get("csrf"), request.cookies.get(LOGIN_COOKIE)):
        return await login_form(request, "The form expired. Please try again.", 400)
    name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
    # The address is the visitor's own behind a trusted proxy (see create_app).
    keys = Throttle.keys(name, request.client.host if request.client else "")
    wait = dashboard.throttle.attempt(*keys)
    if wait:
        minutes = max(1, round(wait / 60))
        return await login_form(
            request, f"Too many attempts. Please wait {minutes} minute(s) and try again.", 429
        )
    opened = await dashboard.accounts.sign_in(name, password)
    if opened is None:
        return await login_form(request, "Wrong name or password.", 401)
    dashboard.throttle.succeeded(*keys)
    token, _ = opened
    response = RedirectResponse("/", status_code=303)
    set_cookie(request, response, SESSION_COOKIE, token, max_age=8 * 3600)
    response.delete_cookie(LOGIN_COOKIE)
    return response


async def logout(request: Request) -> Response:
    user = await signed_in(request)
    form = await request.form()
    if user is not None and not same(form.get("csrf"), user.csrf):
        return RedirectResponse("/", status_code=303)  # not from our form: nothing happens
    if user is not None:
        await dashboard_of(request).accounts.sign_out(request.cookies[SESSION_COOKIE])
    response = to_login()
    response.delete_cookie(SESSION_COOKIE)
    return response


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
        if not same(form.get("csrf"), user.csrf):
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
    # X-Forwarded-For is believed only from the proxies the operator names: anyone else could
    # write any address there and escape the throttle, or lock someone else out.
    trusted = [host.strip() for host in settings.dashboard_trusted_proxies.split(",")]
    secured = SecurityHeaders(app, hsts=settings.dashboard_secure_cookies)
    # uvicorn's ASGI types and Starlette's describe the same calls differently.
    return ProxyHeadersMiddleware(secured, trusted_hosts=trusted)  # type: ignore[arg-type,return-value]
