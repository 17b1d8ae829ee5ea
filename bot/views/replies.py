"""What the bot says, before it is rendered for Telegram or the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.views.actions import Action, Go, Menu, Talk
from bot.views.dossier import Dossier


@dataclass(frozen=True)
class Text:
    """A catalog message by id, with its variables."""

    id: str
    args: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Lines:
    """Texts kept together as one paragraph, one per line (a service: name, what it does, phone).
    `copyable`: one block the person copies with a tap (a notice to a platform), kept as plain
    text, every character escaped."""

    texts: tuple[Text, ...]
    copyable: bool = False


@dataclass(frozen=True)
class Verbatim:
    """Something the person typed, shown back on request; always escaped, optionally as code."""

    text: str
    code: bool = False
    heading: Text | None = None
    recorded_at: datetime | None = None  # shown after the heading, in the person's time zone


@dataclass(frozen=True)
class Button:
    label: Text
    action: Action | None = None  # what pressing it asks for: ids only, never content
    url: str | None = None  # a web page of ours or a service's, from the directory, never typed


Rows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Reply:
    parts: tuple[Text | Lines | Verbatim, ...]
    buttons: Rows = ()
    dossier: Dossier | None = None  # sent as a PDF after the text
    # "Talk to someone" belongs here (the menu, a referral, the crisis lines, /help, a
    # check-in): added only where an association's counsellors answer (`offering_talk`).
    talk: bool = False


@dataclass(frozen=True)
class Outgoing:
    """The answer to one update: replies in a language, the variables every text may use
    (answers, register), and the messages to delete from the chat first (quick exit)."""

    language: str
    replies: list[Reply]
    context: Mapping[str, object]
    erase: tuple[int, ...] = ()


SOS, EXIT = Go("sos"), Go("exit")
# Buttons that already bring the emergency numbers (the menu says "🆘 Help right now").
_SOS_ALREADY = {SOS, Menu("help")}


def with_ways_out(replies: list[Reply]) -> list[Reply]:
    """Every screen offers 🆘 and 🚪: each reply with buttons, and the last reply."""
    return [
        _with_way_out(reply) if reply.buttons or index == len(replies) - 1 else reply
        for index, reply in enumerate(replies)
    ]


TALK = Button(Text("btn-talk"), Talk("ask"))


def offering_talk(replies: list[Reply]) -> list[Reply]:
    """Where counsellors answer: "Talk to someone" on the replies it belongs to."""
    return [replace(r, buttons=(*r.buttons, (TALK,))) if r.talk else r for r in replies]


def _with_way_out(reply: Reply) -> Reply:
    pressed = {button.action for row in reply.buttons for button in row}
    missing = []
    if not pressed & _SOS_ALREADY:
        missing.append(Button(Text("btn-sos"), SOS))
    if EXIT not in pressed:
        missing.append(Button(Text("btn-exit"), EXIT))
    return replace(reply, buttons=(*reply.buttons, tuple(missing))) if missing else reply
