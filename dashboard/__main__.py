"""`python -m dashboard`: serve the statistics; `add-user`, `remove-user`, `users`: accounts."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from bot.settings import SettingsError, load_settings
from dashboard.accounts import ROLES, AccountError, Accounts
from dashboard.settings import DashboardSettings
from storage.db import create_engine, migrate, session_factory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("serve", help="serve the dashboard (the default)")
    add = commands.add_parser("add-user", help="make an account; asks for its password")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="viewer")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    remove = commands.add_parser("remove-user", help="delete an account and sign it out")
    remove.add_argument("name")
    commands.add_parser("users", help="list the accounts")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(DashboardSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    if args.command in (None, "serve"):
        return serve(settings)
    return asyncio.run(accounts_command(settings, args))


def serve(settings: DashboardSettings) -> int:
    import uvicorn

    from bot.logs import setup_logging
    from dashboard.app import create_app

    setup_logging(settings.log_level)
    print(f"Dashboard on http://{settings.dashboard_host}:{settings.dashboard_port}/")
    uvicorn.run(
        create_app(settings),
        host=settings.dashboard_host,
        port=settings.dashboard_port,
        log_level=settings.log_level.lower(),
        access_log=False,  # addresses and query strings stay out of the logs
        proxy_headers=False,  # create_app reads them, from the proxies the settings trust
        server_header=False,
    )
    return 0


async def accounts_command(settings: DashboardSettings, args: argparse.Namespace) -> int:
    engine = create_engine(settings.database, settings.sqlite_busy_seconds)
    try:
        await migrate(engine)
        accounts = Accounts(session_factory(engine))
        if args.command == "users":
            for name, role in await accounts.all():
                print(f"{name}\t{role}")
            return 0
        if args.command == "remove-user":
            if await accounts.remove(args.name):
                print(f"Account {args.name!r} removed.")
                return 0
            print(f"There is no account named {args.name!r}.", file=sys.stderr)
            return 1
        password = _password(args.password_stdin)
        await accounts.add(args.name, password, args.role)
        print(f"Account {args.name!r} ({args.role}) added.")
        return 0
    except AccountError as error:
        print(f"Not added: {error}.", file=sys.stderr)
        return 1
    finally:
        await engine.dispose()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Same password again: ") != first:
        raise AccountError("the two passwords differ")
    return first


if __name__ == "__main__":
    sys.exit(main())
