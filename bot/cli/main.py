"""The command line: `python -m bot [command]`. Each command's module is imported only when it
runs: checking a flow file does not pay for aiogram, SQLAlchemy or Alembic."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from flows.script import FlowError
from i18n.catalog import LANGUAGES, CatalogError
from storage.errors import MasterKeyError

if TYPE_CHECKING:
    from bot.settings import Settings

EXIT_CONFIG = 2


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Abri, the support bot.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the Telegram bot (the default)")
    commands.add_parser(
        "scheduler", help="send reminders only (a scaled set-up's scheduler process)"
    )
    chat = commands.add_parser("chat", help="try the flows in the terminal, no token needed")
    chat.add_argument("--lang", default="fr", choices=list(LANGUAGES))
    vault = commands.add_parser("vault", help="master key management").add_subparsers(
        dest="vault_command", required=True
    )
    rotate = vault.add_parser("rotate-key", help="re-wrap every data key under a new master key")
    rotate.add_argument("--new-key-file", type=Path, required=True)
    rekey = vault.add_parser(
        "rekey", help="after a leak: new data keys, every note sealed again, a new pseudonym key"
    )
    rekey.add_argument("--new-key-file", type=Path, required=True)
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
    crisis = commands.add_parser("crisis", help="the crisis words").add_subparsers(
        dest="crisis_command", required=True
    )
    crisis.add_parser("check", help="the lexicons against their corpus: misses, false alarms")
    directory_check.add_argument("file", nargs="?", type=Path, default=None)
    directory_check.add_argument(
        "--on",
        type=date.fromisoformat,
        default=None,
        help="check as of this day (YYYY-MM-DD) rather than today: entries due for a new check",
    )
    add_flows_commands(commands)
    return parser


def add_flows_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    from bot.cli import flows

    try:
        if args.flows_command == "validate":
            return flows.validate(args.files)
        if args.flows_command == "test":
            return flows.run_tests()
        if args.flows_command == "graph":
            return flows.graph(args.flow)
        if args.flows_command == "schema":
            return flows.write_schemas()
        from bot.logs import setup_logging

        setup_logging("WARNING")
        return asyncio.run(flows.simulate(args.flow, args.lang))
    except (FlowError, CatalogError, OSError) as error:
        print(f"abri: {error}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "flows" and args.flows_command != "reload":
        return run_flows_command(args)
    if args.command == "i18n":
        from bot.cli.checks import check_texts

        try:
            return check_texts()
        except (FlowError, CatalogError) as error:  # a file the check reads is itself broken
            print(f"abri: {error}", file=sys.stderr)
            return 1
    if args.command == "crisis":
        from bot.cli.crisis import check

        try:
            return check()
        except FlowError as error:
            print(f"abri: {error}", file=sys.stderr)
            return 1
    if args.command == "directory":
        from bot.cli.checks import check_directory_file
        from flows.directory import DIRECTORY_FILE

        return check_directory_file(
            args.file or DIRECTORY_FILE, args.on or datetime.now(UTC).date()
        )
    from bot.settings import Settings, SettingsError, load_settings

    try:
        settings = load_settings(Settings)
        return run_with_settings(args, settings)
    except (SettingsError, MasterKeyError, FlowError, CatalogError) as error:
        print(f"abri: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0


def run_with_settings(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "chat":
        from bot.cli.chat import run_chat

        run_chat(settings, args.lang)
        return 0
    if args.command == "flows":  # reload: the running bot's DATA_DIR holds its pid
        from bot.cli.flows import reload

        return reload(settings.data_dir)
    from bot.logs import setup_logging

    if args.command == "vault":
        from bot.cli import vault

        setup_logging(settings.log_level)
        if args.vault_command == "new-key":
            vault.new_key(args.path)
        else:
            reseal = args.vault_command == "rekey"
            asyncio.run(vault.rotate_key(settings, args.new_key_file, reseal))
        return 0
    # What can be refused without the network is refused before aiogram (seconds to import) is.
    settings.token()
    from bot.runtime import check_local

    checked = check_local(settings)
    from bot.cli.run import StartRefused, run

    setup_logging(settings.log_level)
    try:
        run(settings, checked, only_reminders=args.command == "scheduler")
    except StartRefused as refused:
        print(f"abri: {refused}", file=sys.stderr)
        return refused.status
    return 0
