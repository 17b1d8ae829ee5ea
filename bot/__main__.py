"""Composition root: `python -m bot` (the bot) and `python -m bot chat` (the terminal)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.utils.token import TokenValidationError

from bot.app import create_dispatcher
from bot.chat import chat
from bot.logs import setup_logging
from bot.runtime import build_runtime, check_local
from bot.settings import Settings, SettingsError, load_settings
from bot.telegram import create_bot
from flows.script import FlowError
from i18n.catalog import CatalogError
from storage.keys import MasterKeyError

EXIT_CONFIG = 2


class Unreachable(Exception):
    """The Bot API server did not answer at start."""


async def run_bot(settings: Settings) -> None:
    bot = create_bot(settings)  # checks the token's form before anything else is touched
    checked = check_local(settings)
    try:
        try:
            await bot.get_me()  # and Telegram's opinion of it
        except TelegramNetworkError:
            raise Unreachable(
                f"cannot reach the Bot API at {settings.telegram_api_url}: "
                "check TELEGRAM_API_URL and the network"
            ) from None
        runtime = await build_runtime(settings, checked)
        try:
            await bot.delete_webhook(drop_pending_updates=False)
            await create_dispatcher(runtime).start_polling(bot)
        finally:
            await runtime.close()
    finally:
        await bot.session.close()


async def run_chat(settings: Settings, language: str) -> None:
    runtime = await build_runtime(settings)
    try:
        await chat(runtime, language)
    finally:
        await runtime.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Abri, the support bot.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the Telegram bot (the default)")
    chat_parser = commands.add_parser("chat", help="try the flows in the terminal, no token needed")
    chat_parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        setup_logging(settings.log_level)
        if args.command == "chat":
            asyncio.run(run_chat(settings, args.lang))
        else:
            asyncio.run(run_bot(settings))
    except (SettingsError, MasterKeyError, FlowError, CatalogError) as error:
        print(f"abri: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except TokenValidationError:
        print("abri: BOT_TOKEN: this is not a token from @BotFather", file=sys.stderr)
        return EXIT_CONFIG
    except TelegramUnauthorizedError:
        print("abri: BOT_TOKEN: Telegram refused this token", file=sys.stderr)
        return EXIT_CONFIG
    except Unreachable as error:
        print(f"abri: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
