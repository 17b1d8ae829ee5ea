"""`python -m bot chat`: the same flows and storage in the terminal, no token needed.

The log goes to DATA_DIR/chat.log (readable by its owner only), never between the lines of
the conversation."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial
from typing import TextIO

from bot.logs import setup_logging
from bot.runtime import Runtime, build_runtime
from bot.settings import Settings
from bot.telegram.rendering import plain, render
from bot.usecases import (
    buttons,
    checkins,
    conversation,
    deletion,
    export,
    handoff,
    help,
    notes,
    quick_exit,
)
from bot.usecases.context import START_FLOW, Scope, Visitor
from bot.views.actions import Action
from bot.views.replies import Outgoing
from storage.unit import UnitOfWork

UseCase = Callable[[Scope], Awaitable[Outgoing]]
COMMANDS: dict[str, UseCase] = {
    "/start": conversation.start,
    "/help": help.overview,
    "/urgence": help.urgent,
    "/emergency": help.urgent,
    "/exit": quick_exit.leave,
    "/notes": notes.warning,
    "/export": export.export,
    "/delete": deletion.confirm,
    "/language": help.languages,
    "/reminders": checkins.listing,
    "/talk": handoff.ask,  # no counsellors' group in the terminal: the lines to call
}
# The terminal person: a fixed id of their own, stored and encrypted like anyone else.
TERMINAL_USER = 1


async def chat(
    runtime: Runtime,
    language: str,
    stream_in: TextIO = sys.stdin,
    stream_out: TextIO = sys.stdout,
    flow: str = START_FLOW,
) -> None:
    visitor = Visitor(TERMINAL_USER, TERMINAL_USER, language)

    def show(outgoing: Outgoing) -> list[Action]:
        actions: list[Action] = []
        if outgoing.erase:  # Telegram would delete the chat's messages here
            print("\n" * 40 + "(quick exit: the chat's messages are deleted)", file=stream_out)
        catalog = runtime.content.catalog
        for message in render(outgoing.replies, catalog, outgoing.language, outgoing.context):
            print("\n" + plain(message.html), file=stream_out)
            if message.dossier is not None:  # the terminal keeps no file either
                count = len(message.dossier.notes)
                print(
                    f"  (the PDF dossier, {count} {'note' if count == 1 else 'notes'}: Telegram sends it as a file)",
                    file=stream_out,
                )
            for row in message.buttons:
                for key in row:
                    if key.action is None:  # a web page: the terminal shows the address to open
                        print(f"  {key.label}: {key.url}", file=stream_out)
                        continue
                    actions.append(key.action)
                    print(f"  [{len(actions)}] {key.label}", file=stream_out)
        return actions

    async def use_case(call: UseCase, pressed: Action | None = None) -> Outgoing:
        async with UnitOfWork(runtime.sessions) as uow:
            return await call(Scope(uow, runtime, replace(visitor, pressed=pressed)))

    print("Abri (terminal). Type a number to press a button, text to answer, /quit to leave.")
    shown = show(await use_case(partial(conversation.start, flow=flow)))
    while True:
        print("> ", end="", flush=True, file=stream_out)
        line = await asyncio.to_thread(stream_in.readline)
        if not line or line.strip() == "/quit":
            return
        text = line.rstrip("\n")
        command = COMMANDS.get(text.strip())
        if command is None and text.startswith("/"):  # as in Telegram: an unknown command helps
            command = COMMANDS["/help"]
        if text.strip().isdigit() and 1 <= int(text) <= len(shown):
            action = shown[int(text) - 1]
            shown = show(await use_case(partial(buttons.pressed, action=action), action))
        elif command:
            shown = show(await use_case(command))
        elif text.strip():
            shown = show(await use_case(partial(conversation.typed, text=text)))


def run_chat(settings: Settings, language: str) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_path = settings.data_dir / "chat.log"
    log_path.touch(mode=0o600)
    with log_path.open("a", encoding="utf-8") as log_file:
        setup_logging(settings.log_level, log_file)
        asyncio.run(_chat_on_runtime(settings, language))


async def _chat_on_runtime(settings: Settings, language: str) -> None:
    runtime = await build_runtime(settings)
    try:
        await chat(runtime, language)
    finally:
        await runtime.close()
