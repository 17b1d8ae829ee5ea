"""Typed settings, read once from the environment or a `.env` file."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_API_URL = "https://api.telegram.org"
S = TypeVar("S", bound="Settings")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


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
    log_level: str = Field(default="INFO")
    # Prometheus metrics of this process (updates, errors, reminders) on this port; off if unset.
    metrics_port: int | None = None
    metrics_host: str = "127.0.0.1"

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
        return self.bot_token.get_secret_value().strip()


def refuse_unsupported(settings: Settings) -> None:
    """Scale-out settings are part of the contract but not built yet: say so, never ignore them."""
    if settings.webhook_url:
        raise SettingsError(
            "WEBHOOK_URL: webhook mode is not available in this version; unset it to long-poll"
        )
    if settings.redis_url:
        raise SettingsError(
            "REDIS_URL: running several processes is not available in this version; unset it"
        )


def load_settings(kind: type[S] = Settings, **overrides: object) -> S:  # type: ignore[assignment]
    """Build settings; any validation problem becomes one readable line."""
    try:
        return kind(**overrides)
    except ValidationError as error:
        problem = error.errors()[0]
        name = str(problem["loc"][0]).upper() if problem["loc"] else "settings"
        raise SettingsError(f"{name}: {problem['msg']}") from None
