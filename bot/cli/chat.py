"""`python -m bot chat`: the same flows and storage in the terminal, no token needed.

The log goes to DATA_DIR/chat.log (readable by its owner only), never between the lines of
the conversation."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TextIO

from bot.logs import setup_logging
from bot.render import plain, render
from bot.runtime import Runtime, build_runtime
from bot.service import START_FLOW, Abri, Outgoing, Visitor
from bot.settings import Settings

COMMANDS: dict[str, Callable[[Abri], Awaitable[Outgoing]]] = {
    "/start": Abri.start,
    "/help": partial(Abri.say, text_id="help"),
    "/urgence": Abri.emergency,
    "/emergency": Abri.emergency,
    "/exit": Abri.quick_exit,
    "/notes": Abri.notes,
    "/export": Abri.export,
    "/delete": Abri.delete,
    "/language": Abri.language_menu,
    "/reminders": Abri.reminders,
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

    def show(outgoing: Outgoing) -> list[str]:
        actions: list[str] = []
        if outgoing.erase:  # Telegram would delete the chat's messages here
            print("\n" * 40 + "(quick exit: the chat's messages are deleted)", file=stream_out)
        for message in render(
            outgoing.replies, runtime.catalog, outgoing.language, outgoing.context
        ):
            print("\n" + plain(message.html), file=stream_out)
            if message.dossier is not None:  # the terminal keeps no file either
                notes = len(message.dossier.notes)
                print(
                    f"  (PDF dossier of {notes} notes: Telegram sends it as a file)",
                    file=stream_out,
                )
            for row in message.buttons:
                for key in row:
                    if key.data is None:  # a web page: the terminal shows the address to open
                        print(f"  {key.label}: {key.url}", file=stream_out)
                        continue
                    actions.append(key.data)
                    print(f"  [{len(actions)}] {key.label}", file=stream_out)
        return actions

    async def use_case(call: Callable[[Abri], Awaitable[Outgoing]]) -> Outgoing:
        async with runtime.sessions() as session:
            return await call(Abri(session, runtime, visitor))

    print("Abri (terminal). Type a number to press a button, text to answer, /quit to leave.")
    buttons = show(await use_case(lambda abri: abri.start(flow)))
    while True:
        print("> ", end="", flush=True, file=stream_out)
        line = await asyncio.to_thread(stream_in.readline)
        if not line or line.strip() == "/quit":
            return
        text = line.rstrip("\n")
        command = COMMANDS.get(text.strip())
        if command is None and text.startswith("/"):  # as in Telegram: an unknown command helps
            command = COMMANDS["/help"]
        if text.strip().isdigit() and 1 <= int(text) <= len(buttons):
            buttons = show(await use_case(partial(Abri.act, data=buttons[int(text) - 1])))
        elif command:
            buttons = show(await use_case(command))
        elif text.strip():
            buttons = show(await use_case(partial(Abri.typed, text=text)))


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
