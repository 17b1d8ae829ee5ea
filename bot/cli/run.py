"""`python -m bot` (the bot) and `python -m bot scheduler` (reminders only): the composition
root of the running process."""

from __future__ import annotations

import asyncio
import os
import signal

from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.utils.token import TokenValidationError

from bot.cli.flows import PID_FILE
from bot.metrics import serve_metrics
from bot.reminders.sender import start_reminders
from bot.runtime import Checked, Runtime, build_runtime, reload_content, until_stopped
from bot.settings import Settings
from bot.telegram.client import create_bot
from bot.telegram.commands_menu import publish_commands
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.polling import poll_until_stopped
from bot.telegram.webhook import serve_webhook


class StartRefused(Exception):
    """The bot cannot start; the message is one line for the operator, with its exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def run(settings: Settings, checked: Checked, only_reminders: bool = False) -> None:
    try:
        asyncio.run(run_bot(settings, checked, only_reminders))
    except TokenValidationError:
        raise StartRefused("BOT_TOKEN: this is not a token from @BotFather", 2) from None
    except TelegramUnauthorizedError:
        raise StartRefused("BOT_TOKEN: Telegram refused this token", 2) from None


async def run_bot(settings: Settings, checked: Checked, only_reminders: bool = False) -> None:
    """The bot: long polling, or webhook mode when WEBHOOK_URL is set. `only_reminders`: the
    scheduler process of a scaled set-up, which sends reminders and handles no updates."""
    bot = create_bot(settings)
    try:
        try:
            await bot.get_me()  # and Telegram's opinion of it
        except TelegramNetworkError:
            raise StartRefused(
                f"cannot reach the Bot API at {settings.telegram_api_url}: "
                "check TELEGRAM_API_URL and the network",
                1,
            ) from None
        runtime = await build_runtime(settings, checked)
        pid_file = settings.data_dir / PID_FILE
        try:
            if only_reminders or not settings.sends_reminders_elsewhere:
                await start_reminders(runtime, bot)
            if settings.metrics_port:
                serve_metrics(settings.metrics_host, settings.metrics_port)
            if only_reminders:
                await until_stopped()
                return
            if not settings.webhook_url:  # long polling: a webhook left set would block it
                await bot.delete_webhook(drop_pending_updates=False)
            await publish_commands(
                bot,
                runtime.catalog,
                settings.counsellors_chat_id,
                settings.counsellors_language,
            )
            dispatcher = create_dispatcher(runtime)
            runtime.write_pending_when_idle()
            reload_on_sighup(runtime)
            pid_file.write_text(str(os.getpid()))  # for `python -m bot flows reload`
            if settings.webhook_url:
                await serve_webhook(bot, dispatcher, runtime, settings)
            else:
                await poll_until_stopped(bot, dispatcher)
        finally:
            pid_file.unlink(missing_ok=True)
            await runtime.close()
    finally:
        await bot.session.close()


def reload_on_sighup(runtime: Runtime) -> None:
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Task[bool]] = set()  # keeps each reload alive until it is done

    def reload() -> None:
        task = loop.create_task(reload_content(runtime))
        pending.add(task)
        task.add_done_callback(pending.discard)

    loop.add_signal_handler(signal.SIGHUP, reload)
