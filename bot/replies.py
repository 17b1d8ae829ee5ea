"""What the bot says, before it is rendered for Telegram or the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot import actions
from bot.dossier import Dossier


@dataclass(frozen=True)
class Text:
    """A catalog message by id, with its variables."""

    id: str
    args: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Lines:
    """Texts kept together as one paragraph, one per line (a service: name, what it does, phone)."""

    texts: tuple[Text, ...]


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
    action: str | None = None  # callback data: ids only, never content
    url: str | None = None  # a web page of ours or a service's, from the directory, never typed


@dataclass(frozen=True)
class Reply:
    parts: tuple[Text | Lines | Verbatim, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    dossier: Dossier | None = None  # sent as a PDF after the text


SOS, EXIT = actions.nav("sos"), actions.nav("exit")
# Buttons that already bring the emergency numbers (the menu says "🆘 Help right now").
_SOS_ALREADY = {SOS, actions.menu("help")}


def with_ways_out(replies: list[Reply]) -> list[Reply]:
    """Every screen offers 🆘 and 🚪: each reply with buttons, and the last reply."""
    return [
        _with_way_out(reply) if reply.buttons or index == len(replies) - 1 else reply
        for index, reply in enumerate(replies)
    ]


def _with_way_out(reply: Reply) -> Reply:
    pressed = {button.action for row in reply.buttons for button in row}
    missing = []
    if not pressed & _SOS_ALREADY:
        missing.append(Button(Text("btn-sos"), SOS))
    if EXIT not in pressed:
        missing.append(Button(Text("btn-exit"), EXIT))
    return replace(reply, buttons=(*reply.buttons, tuple(missing))) if missing else reply


def menu_reply(with_start: bool) -> Reply:
    """The menu shown at the end of a flow, or when a person writes outside one."""
    rows = [
        (Button(Text("menu-note"), actions.menu("note")),),
        (Button(Text("menu-notes"), actions.menu("notes")),),
        (Button(Text("menu-help"), actions.menu("help")),),
        (Button(Text("menu-delete"), actions.menu("delete")),),
    ]
    if with_start:
        rows.insert(0, (Button(Text("menu-start"), actions.menu("start")),))
    return Reply((Text("menu-intro"),), tuple(rows))


def reminder_reply(reminder_id: str) -> Reply:
    """The check-in message: nothing in it, or in its notification, hints at the topic."""
    rows = (
        (Button(Text("reminder-yes"), actions.check_in("yes", reminder_id)),),
        (Button(Text("reminder-later"), actions.check_in("later", reminder_id)),),
        (Button(Text("reminder-stop"), actions.check_in("stop", reminder_id)),),
    )
    return Reply((Text("reminder-text"),), rows)
