"""Typed settings, read once from the environment or a `.env` file."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.opening_hours import OpeningHours

TELEGRAM_API_URL = "https://api.telegram.org"
S = TypeVar("S", bound="Settings")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what setWebhook accepts as secret_token


class SettingsError(Exception):
    """A setting is missing or wrong; the message is one line for the operator."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    bot_token: SecretStr | None = None
    telegram_api_url: str = TELEGRAM_API_URL
    data_dir: Path = Path("data")
    database_url: str | None = None
    vault_key: SecretStr | None = None
    vault_key_file: Path | None = None
    redis_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    # Where this process listens for Telegram's webhook calls (behind the reverse proxy).
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8081
    log_level: str = Field(default="INFO")
    # Prometheus metrics of this process (updates, errors, reminders) on this port; off if unset.
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"
    # Timings an operator rarely changes (docs/deploy.md); the tests shorten them.
    # How often a process on PostgreSQL tries for the reminder leader lock (and, once it holds
    # it, checks its connection): how long reminders wait after the leader died.
    leader_check_seconds: float = Field(default=10.0, gt=0)
    # How long a person's lock in Redis outlives a worker that died holding it.
    redis_lock_seconds: float = Field(default=15.0, gt=0)
    # How long SQLite waits for another process's write (a backup, the dashboard) to finish.
    sqlite_busy_seconds: float = Field(default=5.0, ge=0)
    # RFC 3161 time-stamp authorities the dossier's digest is sent to (comma-separated URLs;
    # none: no timestamp), the PEM file of the roots their answers must chain to, and how long
    # one may take before the dossier says "pending" and the bot tries again later.
    timestamp_urls: str = ""
    timestamp_ca_file: Path | None = None
    timestamp_timeout_seconds: float = Field(default=10.0, gt=0)
    # An association's counsellors answering in the same chat (docs/counsellors.md): their
    # Telegram supergroup with topics (none: /talk gives the lines to call), the name that
    # signs their answers, when they are there, and how long before the bot says it is taking
    # longer. Counsellors who sign with a first name: "Telegram user id=first name", comma-separated.
    counsellors_chat_id: int | None = None
    association_name: str = ""
    counsellors_language: str = "fr"
    counsellors_hours: str = "mon-fri 09:00-18:00"
    counsellors_time_zone: str = "Europe/Paris"
    # Public holidays of these countries (ISO codes), and these days (YYYY-MM-DD), are closed.
    counsellors_holidays: str = "FR"
    counsellors_wait_minutes: int = Field(default=10, ge=1, le=24 * 60)
    counsellors_names: str = ""

    @field_validator("telegram_api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _public_https(cls, value: str | None) -> str | None:
        if value and not value.startswith("https://"):
            raise ValueError("must start with https:// (Telegram only calls HTTPS webhooks)")
        return value or None

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not SECRET_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1 to 256 characters among A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value or None

    @field_validator("timestamp_urls")
    @classmethod
    def _timestamp_urls(cls, value: str) -> str:
        for url in (u.strip() for u in value.split(",") if u.strip()):
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"{url!r} must start with http:// or https://")
        return value

    @field_validator("timestamp_ca_file")
    @classmethod
    def _timestamp_roots(cls, value: Path | None) -> Path | None:
        if value is not None:
            try:
                found = value.read_bytes().count(b"-----BEGIN CERTIFICATE-----")
            except OSError as error:
                raise ValueError(f"cannot read {value}: {error.strerror}") from None
            if not found:
                raise ValueError(f"{value} holds no PEM certificate")
        return value

    @model_validator(mode="after")
    def _timestamps_need_roots(self) -> Settings:
        if self.timestamp_authorities and self.timestamp_ca_file is None:
            raise ValueError(
                "TIMESTAMP_CA_FILE is required with TIMESTAMP_URLS: the PEM file of the "
                "authorities' root certificates (docs/evidence.md)"
            )
        return self

    @field_validator("counsellors_chat_id")
    @classmethod
    def _supergroup(cls, value: int | None) -> int | None:
        if value is not None and not str(value).startswith("-100"):
            raise ValueError(
                "must be the id of a supergroup, starting with -100 (docs/counsellors.md)"
            )
        return value

    @field_validator("counsellors_language")
    @classmethod
    def _desk_language(cls, value: str) -> str:
        if value not in ("fr", "en", "de"):
            raise ValueError("must be fr, en or de")
        return value

    @model_validator(mode="after")
    def _counsellors_complete(self) -> Settings:
        if self.counsellors_chat_id is None:
            return self
        if not self.association_name.strip():
            raise ValueError(
                "ASSOCIATION_NAME is required with COUNSELLORS_CHAT_ID: it signs the "
                "counsellors' answers"
            )
        # Read once here, at start, rather than at the first /talk (and kept: see below).
        self.opening_hours  # noqa: B018
        self.counsellor_names  # noqa: B018
        return self

    @functools.cached_property
    def opening_hours(self) -> OpeningHours:
        return OpeningHours.parse(
            self.counsellors_hours, self.counsellors_time_zone, self.counsellors_holidays
        )

    @functools.cached_property
    def counsellor_names(self) -> dict[int, str]:
        """The first names counsellors chose to sign with, by their Telegram user id."""
        names: dict[int, str] = {}
        for pair in filter(None, (p.strip() for p in self.counsellors_names.split(","))):
            user_id, _, name = pair.partition("=")
            if not user_id.strip().isdigit() or not name.strip():
                raise ValueError(f"COUNSELLORS_NAMES: {pair!r} is not 'user id=first name'")
            names[int(user_id)] = name.strip()
        return names

    @property
    def timestamp_authorities(self) -> tuple[str, ...]:
        return tuple(u.strip() for u in self.timestamp_urls.split(",") if u.strip())

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET is required with WEBHOOK_URL (make one: openssl rand -hex 32)"
            )
        return self

    @property
    def webhook_path(self) -> str:
        """The path Telegram calls, the same behind the proxy as in WEBHOOK_URL."""
        return urlsplit(self.webhook_url or "").path or "/"

    @property
    def sends_reminders_elsewhere(self) -> bool:
        """Webhook workers on PostgreSQL never send reminders: the scheduler process does."""
        return bool(self.webhook_url) and self.database.startswith("postgresql")

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'abri.db'}"

    def token(self) -> str:
        """The bot token, or a SettingsError explaining how to get one."""
        if self.bot_token is None or not self.bot_token.get_secret_value().strip():
            raise SettingsError(
                "BOT_TOKEN is not set. Ask @BotFather on Telegram for a token (/newbot), "
                "then put BOT_TOKEN=... in .env. To try the flows without a token: make chat"
            )
        token = self.bot_token.get_secret_value().strip()
        # The form aiogram checks ("123456:ABC…"), checked here before aiogram is imported.
        bot_id, colon, secret = token.partition(":")
        if not (colon and bot_id.isdigit() and secret) or any(c.isspace() for c in token):
            raise SettingsError("BOT_TOKEN: this is not a token from @BotFather")
        return token


def load_settings(kind: type[S], **overrides: Any) -> S:
    """Build settings of this kind; any validation problem becomes one readable line."""
    try:
        return kind(**overrides)
    except ValidationError as error:
        problem = error.errors()[0]
        message = problem["msg"].removeprefix("Value error, ")
        if not problem["loc"]:  # a rule across settings names them itself
            raise SettingsError(message) from None
        raise SettingsError(f"{str(problem['loc'][0]).upper()}: {message}") from None
