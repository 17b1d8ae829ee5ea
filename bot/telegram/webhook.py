"""Webhook mode: Telegram calls us (through the reverse proxy) instead of being polled.

Each update is answered only once handled, so an update whose worker died is redelivered by
Telegram to another one. Calls without the secret token (or with any malformed one) are refused
with 401, untouched; a body that is not an update gets 400, and nothing of it is logged.
"""

from __future__ import annotations

import secrets
from typing import Any

import structlog
from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.runtime import Runtime, until_stopped
from bot.settings import Settings

log = structlog.get_logger(__name__)
HEALTH_PATH = "/healthz"


async def set_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    """Every worker says the same at start; updates that waited during a deploy are kept."""
    await bot.set_webhook(
        settings.webhook_url,  # type: ignore[arg-type]
        secret_token=settings.webhook_secret.get_secret_value(),  # type: ignore[union-attr]
        allowed_updates=dispatcher.resolve_used_update_types(),
        drop_pending_updates=False,
    )


class GuardedRequestHandler(SimpleRequestHandler):
    """aiogram's handler, with a secret compared as bytes (a header with characters outside
    ASCII made `compare_digest` raise: a 500 and a traceback for anyone) and a body checked
    before the dispatcher sees it (a bad one was logged with its content)."""

    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        expected = (self.secret_token or "").encode()
        given = telegram_secret_token.encode("utf-8", "surrogateescape")
        return bool(expected) and secrets.compare_digest(given, expected)

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            raw = await request.json(loads=bot.session.json_loads)
            update = Update.model_validate(raw, context={"bot": bot})
        except ValueError:  # not JSON, or not an update (pydantic's errors are ValueErrors)
            log.warning("webhook_bad_body", bytes=request.content_length)
            return web.Response(text="Bad Request", status=400)
        result: TelegramMethod[Any] | None = await self.dispatcher.feed_webhook_update(
            bot, update, **self.data
        )
        return web.Response(body=self._build_response_writer(bot=bot, result=result))


def create_webhook_app(
    bot: Bot, dispatcher: Dispatcher, runtime: Runtime, settings: Settings
) -> web.Application:
    app = web.Application()
    GuardedRequestHandler(
        dispatcher,
        bot,
        secret_token=settings.webhook_secret.get_secret_value(),  # type: ignore[union-attr]
        handle_in_background=False,  # answer Telegram only once the update is handled
    ).register(app, path=settings.webhook_path)

    async def health(_request: web.Request) -> web.Response:
        """For the container's healthcheck and the proxy: up, and the database answers."""
        try:
            async with runtime.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (OSError, SQLAlchemyError):
            return web.json_response({"ok": False, "database": "unreachable"}, status=503)
        return web.json_response({"ok": True})

    app.router.add_get(HEALTH_PATH, health)
    setup_application(app, dispatcher, bot=bot)
    return app


async def serve_webhook(
    bot: Bot, dispatcher: Dispatcher, runtime: Runtime, settings: Settings
) -> None:
    """Serves until SIGTERM or SIGINT. The webhook stays set: the next worker to start, or
    the others still running, receive what comes meanwhile."""
    runner = web.AppRunner(create_webhook_app(bot, dispatcher, runtime, settings), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    await set_webhook(bot, dispatcher, settings)
    log.info("webhook_listening", host=settings.webhook_host, port=settings.webhook_port)
    try:
        await until_stopped()
    finally:
        await runner.cleanup()  # lets the updates being handled finish
