"""What every dashboard page shares: the application's state, its security headers, who is
signed in, templates and problem pages, cookies and constant-time comparisons."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dashboard.accounts import Accounts, SignedIn, Throttle
from dashboard.settings import DashboardSettings
from flows.directory import Directory
from flows.script import Script
from i18n.catalog import Catalog

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
HSTS = "max-age=31536000"  # a year; no includeSubDomains: the bot's domain may be a sibling


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

    def platform_name(self, platform_id: str) -> str:
        platform = self.directory.platform(platform_id)
        return (
            platform.name if platform else "another site" if platform_id == "other" else platform_id
        )

    def service_name(self, service_id: str) -> str:
        name = f"service-{service_id}-name"
        return self.catalog.text("en", name) if self.catalog.has("en", name) else service_id


class SecurityHeaders:
    """Adds HEADERS to every response (pure ASGI, so it also covers static files)."""

    def __init__(self, app: ASGIApp, hsts: bool) -> None:
        self.app = app
        # Served over HTTPS (secure cookies): browsers are told to come back only that way.
        self.headers = {**HEADERS, **({"strict-transport-security": HSTS} if hsts else {})}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
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


def same(given: object, expected: str | None) -> bool:
    if not isinstance(given, str) or not expected:
        return False
    return secrets.compare_digest(given.encode(), expected.encode())


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=dashboard_of(request).settings.dashboard_secure_cookies,
    )
