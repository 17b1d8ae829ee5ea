"""Callback data: short strings of ids that buttons carry (Telegram allows 64 bytes)."""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 64


@dataclass(frozen=True)
class Action:
    # "p" pick a choice, "n" navigate, "m" menu, "d" delete confirmation, "g" notes page,
    # "l" language, "r" reminder (name, and the reminder id or days in `step`)
    kind: str
    name: str
    step: str = ""


def pick(step: str, choice: str) -> str:
    return _checked(f"p:{step}:{choice}")


def nav(name: str) -> str:
    return _checked(f"n:{name}")


def menu(name: str) -> str:
    return _checked(f"m:{name}")


def confirm(name: str) -> str:
    return _checked(f"d:{name}")


def language(code: str) -> str:
    return _checked(f"l:{code}")


def check_in(name: str, argument: str) -> str:
    """Reminder buttons: ("yes" | "later" | "stop", reminder id) or ("set", days) / ("stop", "all")."""
    return _checked(f"r:{name}:{argument}")


def page(number: int) -> str:
    return _checked(f"g:{number}")


def parse(data: str) -> Action | None:
    """None for anything not made by this bot (forged or from an old version)."""
    parts = data.split(":")
    if len(parts) == 3 and parts[0] == "p" and all(parts):
        return Action("p", parts[2], parts[1])
    if len(parts) == 3 and parts[0] == "r" and all(parts):
        return Action("r", parts[1], parts[2])
    if len(parts) == 2 and parts[0] in ("n", "m", "d", "l") and parts[1]:
        return Action(parts[0], parts[1])
    if len(parts) == 2 and parts[0] == "g" and parts[1].isdigit() and len(parts[1]) < 6:
        return Action("g", parts[1])
    return None


def _checked(data: str) -> str:
    if len(data.encode()) > LIMIT:
        raise ValueError(f"callback data over {LIMIT} bytes: {data[:20]}…")
    return data
