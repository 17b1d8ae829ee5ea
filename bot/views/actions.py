"""What a button asks for, as typed values: the use cases put them on buttons, the Telegram
adapter packs them into callback data (bot/telegram/callbacks.py), the terminal keeps them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Where = Literal["back", "stop", "sos", "exit", "resume"]
MenuItem = Literal[
    "start",
    "note",
    "notes",
    "help",
    "delete",
    "export",
    "keep",
    "drop",
    "places",
    "retention",
    "notices",
]
Answer = Literal["yes", "later", "stop"]
TalkStep = Literal["ask", "summary", "notes", "later"]


@dataclass(frozen=True)
class Pick:
    """A choice of the current step (or the engine's own: continue, skip, that's all)."""

    step: str
    choice: str


@dataclass(frozen=True)
class Go:
    where: Where


@dataclass(frozen=True)
class Menu:
    item: MenuItem


@dataclass(frozen=True)
class ConfirmDelete:
    yes: bool


@dataclass(frozen=True)
class Page:
    number: int


@dataclass(frozen=True)
class SetLanguage:
    code: str


@dataclass(frozen=True)
class ReminderAnswer:
    """A button of a check-in message, naming its reminder."""

    answer: Answer
    reminder_id: str


@dataclass(frozen=True)
class PlanCheckIn:
    days: int


@dataclass(frozen=True)
class StopCheckIns:
    pass


@dataclass(frozen=True)
class ChooseZone:
    pass


@dataclass(frozen=True)
class SetZone:
    zone: str


@dataclass(frozen=True)
class KeepFor:
    """How long the person's data is kept without news from them: days, or 0 for "until I
    delete it"."""

    days: int


@dataclass(frozen=True)
class Talk:
    """Talking to a counsellor: asking, agreeing to share the summary (with the notes and links,
    or without), or a check-in for when they are next there."""

    step: TalkStep


Action = (
    Pick
    | Go
    | Menu
    | ConfirmDelete
    | Page
    | SetLanguage
    | ReminderAnswer
    | PlanCheckIn
    | StopCheckIns
    | ChooseZone
    | SetZone
    | KeepFor
    | Talk
)
