"""The dashboard's settings: the bot's (database, data folder) plus where and how it serves."""

from __future__ import annotations

from pydantic import SecretStr

from bot.settings import Settings


class DashboardSettings(Settings):
    dashboard_host: str = "127.0.0.1"
    dashboard_port: int = 8080
    # Cookies only over HTTPS. Switch off only to try the dashboard over plain local HTTP.
    dashboard_secure_cookies: bool = True
    # The reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names
    # the visitor: the sign-in throttle counts per visitor, not per proxy.
    dashboard_trusted_proxies: str = "127.0.0.1"
    # Prometheus may read /metrics with this bearer token, without signing in.
    metrics_token: SecretStr | None = None
