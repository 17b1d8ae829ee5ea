"""`python -m bot chat`: the same flows and storage in the terminal, no token needed."""

from __future__ import annotations

import asyncio
import sys

from bot.render import plain, render
from bot.runtime import Runtime
from bot.service import START_FLOW, Abri, Outgoing, Visitor

COMMANDS = {
    "/start": Abri.start,
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
    stream_in=sys.stdin,
    stream_out=sys.stdout,
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
                    if key.url:  # a web page: the terminal shows the address to open
                        print(f"  {key.label}: {key.url}", file=stream_out)
                        continue
                    actions.append(key.data)
                    print(f"  [{len(actions)}] {key.label}", file=stream_out)
        return actions

    async def use_case(call) -> Outgoing:
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
        if text.strip().isdigit() and 1 <= int(text) <= len(buttons):
            data = buttons[int(text) - 1]
            buttons = show(await use_case(lambda abri, d=data: abri.act(d)))
        elif command:
            buttons = show(await use_case(command))
        elif text.strip():
            buttons = show(await use_case(lambda abri, t=text: abri.typed(t)))
