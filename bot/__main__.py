"""Composition root: `python -m bot` (the bot) and `python -m bot chat` (the terminal)."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from aiogram import Dispatcher
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.utils.token import TokenValidationError

from bot import checks, flows_cli, vault_cli
from bot.app import create_dispatcher
from bot.chat import chat
from bot.commands_menu import publish_commands
from bot.logs import setup_logging
from bot.metrics import serve_metrics
from bot.reload import reload_flows
from bot.runtime import Runtime, build_runtime, check_local, until_stopped
from bot.scheduler import start_reminders
from bot.settings import Settings, SettingsError, load_settings
from bot.telegram import create_bot
from bot.webhook import serve_webhook
from flows.directory import DIRECTORY_FILE
from flows.script import FlowError
from i18n.catalog import LANGUAGES, CatalogError
from storage.keys import MasterKeyError

EXIT_CONFIG = 2


class Unreachable(Exception):
    """The Bot API server did not answer at start."""


async def run_bot(settings: Settings, only_reminders: bool = False) -> None:
    """The bot: long polling, or webhook mode when WEBHOOK_URL is set. `only_reminders`: the
    scheduler process of a scaled set-up, which sends reminders and handles no updates."""
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
        pid_file = settings.data_dir / flows_cli.PID_FILE
        try:
            await start_reminders(runtime, bot, settings.database)
            if settings.metrics_port:
                serve_metrics(settings.metrics_host, settings.metrics_port)
            if only_reminders:
                await until_stopped()
                return
            if not settings.webhook_url:  # long polling: a webhook left set would block it
                await bot.delete_webhook(drop_pending_updates=False)
            await publish_commands(bot, runtime.catalog)
            dispatcher = create_dispatcher(runtime)
            reload_on_sighup(runtime, dispatcher)
            pid_file.write_text(str(os.getpid()))  # for `python -m bot flows reload`
            if settings.webhook_url:
                await serve_webhook(bot, dispatcher, runtime, settings)
            else:
                await dispatcher.start_polling(bot)
        finally:
            pid_file.unlink(missing_ok=True)
            await runtime.close()
    finally:
        await bot.session.close()


def reload_on_sighup(runtime: Runtime, dispatcher: Dispatcher) -> None:
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Task] = set()  # keeps each reload alive until it is done

    def reload() -> None:
        task = loop.create_task(reload_flows(runtime, dispatcher))
        pending.add(task)
        task.add_done_callback(pending.discard)

    loop.add_signal_handler(signal.SIGHUP, reload)


async def run_chat(settings: Settings, language: str) -> None:
    runtime = await build_runtime(settings)
    try:
        await chat(runtime, language)
    finally:
        await runtime.close()


def add_flows_commands(commands: argparse._SubParsersAction) -> None:
    flows = commands.add_parser("flows", help="the conversation scripts").add_subparsers(
        dest="flows_command", required=True
    )
    validate = flows.add_parser("validate", help="every problem at once, as file:line:col")
    validate.add_argument("files", nargs="*", type=Path)
    flows.add_parser("test", help="run the conversation tests in flows/tests/")
    graph = flows.add_parser("graph", help="a Mermaid diagram of a flow")
    graph.add_argument("flow", help="a flow id (incident) or file")
    simulate = flows.add_parser("simulate", help="walk a flow in the terminal (nothing is kept)")
    simulate.add_argument("flow", help="a flow id (incident) or file")
    simulate.add_argument("--lang", default="fr", choices=list(LANGUAGES))
    flows.add_parser("schema", help="rewrite flows/schema.json from the flow format")
    flows.add_parser("reload", help="the running bot takes the edited flows and texts")


def run_flows_command(args: argparse.Namespace) -> int:
    try:
        if args.flows_command == "validate":
            return flows_cli.validate(args.files)
        if args.flows_command == "test":
            return flows_cli.run_tests()
        if args.flows_command == "graph":
            return flows_cli.graph(args.flow)
        if args.flows_command == "schema":
            return flows_cli.write_schemas()
        setup_logging("WARNING")
        return asyncio.run(flows_cli.simulate(args.flow, args.lang))
    except (FlowError, CatalogError, OSError) as error:
        print(f"abri: {error}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Abri, the support bot.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the Telegram bot (the default)")
    commands.add_parser(
        "scheduler", help="send reminders only (a scaled set-up's scheduler process)"
    )
    chat_parser = commands.add_parser("chat", help="try the flows in the terminal, no token needed")
    chat_parser.add_argument("--lang", default="fr", choices=list(LANGUAGES))
    vault = commands.add_parser("vault", help="master key management").add_subparsers(
        dest="vault_command", required=True
    )
    rotate = vault.add_parser("rotate-key", help="re-wrap every data key under a new master key")
    rotate.add_argument("--new-key-file", type=Path, required=True)
    create = vault.add_parser("new-key", help="write a new master key file (mode 0600)")
    create.add_argument("path", type=Path)
    i18n = commands.add_parser("i18n", help="texts").add_subparsers(
        dest="i18n_command", required=True
    )
    i18n.add_parser("check", help="every text id in every language, same variables, none unused")
    directory = commands.add_parser("directory", help="the referral directory").add_subparsers(
        dest="directory_command", required=True
    )
    directory_check = directory.add_parser(
        "check", help="entries to re-verify, entries no rule reaches, people left without a door"
    )
    directory_check.add_argument("file", nargs="?", type=Path, default=DIRECTORY_FILE)
    add_flows_commands(commands)
    args = parser.parse_args(argv)
    if args.command == "flows" and args.flows_command != "reload":
        return run_flows_command(args)
    if args.command == "i18n":
        return checks.check_texts()
    if args.command == "directory":
        return checks.check_directory_file(args.file, datetime.now(UTC).date())
    try:
        settings = load_settings()
        setup_logging(settings.log_level)
        if args.command == "chat":
            asyncio.run(run_chat(settings, args.lang))
        elif args.command == "flows":  # reload: the running bot's DATA_DIR holds its pid
            return flows_cli.reload(settings.data_dir)
        elif args.command == "vault" and args.vault_command == "new-key":
            vault_cli.new_key(args.path)
        elif args.command == "vault":
            asyncio.run(vault_cli.rotate_key(settings, args.new_key_file))
        else:
            asyncio.run(run_bot(settings, only_reminders=args.command == "scheduler"))
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
