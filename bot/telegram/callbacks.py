"""Buttons' callback data: the views' actions as aiogram CallbackData, at most 64 bytes, ids
only. The prefixes are the ones buttons already in people's chats carry ("p:step:choice"…), so a
button sent before an upgrade still works. Anything else (forged, from an old version) matches
no class and gets "let's pick up where we were"."""

from __future__ import annotations

from typing import Annotated, Literal

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

from bot.views.actions import (
    Action,
    ChooseZone,
    ConfirmDelete,
    Go,
    KeepFor,
    Menu,
    MenuItem,
    Page,
    Pick,
    PlanCheckIn,
    ReminderAnswer,
    SetLanguage,
    SetZone,
    StopCheckIns,
    Talk,
    TalkStep,
    Where,
)

Id = Annotated[str, Field(pattern=r"^[a-z0-9_]{1,24}$")]


class PickData(CallbackData, prefix="p"):
    step: Id
    choice: Annotated[str, Field(pattern=r"^_?[a-z0-9_]{1,20}$")]


class GoData(CallbackData, prefix="n"):
    where: Where


class MenuData(CallbackData, prefix="m"):
    item: MenuItem


class DeleteData(CallbackData, prefix="d"):
    answer: Literal["yes", "no"]


class PageData(CallbackData, prefix="g"):
    number: Annotated[int, Field(ge=1, le=99_999)]


class LanguageData(CallbackData, prefix="l"):
    code: Annotated[str, Field(pattern=r"^[a-z]{2}$")]


class KeepData(CallbackData, prefix="k"):
    days: Annotated[int, Field(ge=0, le=3650)]


class CheckInData(CallbackData, prefix="r"):
    """A check-in's own buttons (yes, later, stop: and which reminder) and /reminders' (set a
    number of days, stop all, choose a zone, a zone)."""

    name: Literal["yes", "later", "stop", "set", "zone", "tz"]
    argument: Annotated[str, Field(pattern=r"^[A-Za-z0-9_/-]{1,40}$")]

    def action(self) -> Action | None:
        if self.name in ("yes", "later", "stop") and self.argument != "all":
            return ReminderAnswer(self.name, self.argument)
        if self.name == "stop":
            return StopCheckIns()
        if self.name == "set" and self.argument.isdigit():
            return PlanCheckIn(int(self.argument))
        if self.name == "zone":
            return ChooseZone()
        if self.name == "tz":
            return SetZone(self.argument)
        return None


class TalkData(CallbackData, prefix="t"):
    step: TalkStep


def pack(action: Action) -> str:
    """The callback data a button carries for this action."""
    data: CallbackData
    match action:
        case Pick(step, choice):
            data = PickData(step=step, choice=choice)
        case Go(where):
            data = GoData(where=where)
        case Menu(item):
            data = MenuData(item=item)
        case ConfirmDelete(yes):
            data = DeleteData(answer="yes" if yes else "no")
        case Page(number):
            data = PageData(number=number)
        case SetLanguage(code):
            data = LanguageData(code=code)
        case ReminderAnswer(answer, reminder_id):
            data = CheckInData(name=answer, argument=reminder_id)
        case PlanCheckIn(days):
            data = CheckInData(name="set", argument=str(days))
        case StopCheckIns():
            data = CheckInData(name="stop", argument="all")
        case ChooseZone():
            data = CheckInData(name="zone", argument="-")
        case SetZone(zone):
            data = CheckInData(name="tz", argument=zone)
        case KeepFor(days):
            data = KeepData(days=days)
        case Talk(step):
            data = TalkData(step=step)
    return data.pack()


DATA: tuple[type[CallbackData], ...] = (
    PickData, GoData, MenuData, DeleteData, PageData, LanguageData, CheckInData, KeepData,
    TalkData,
)  # fmt: skip


def unpack(data: str) -> Action | None:
    """What a button's data asks for; None for anything this bot did not make."""
    for kind in DATA:
        try:
            parsed = kind.unpack(data)
        except (TypeError, ValueError):
            continue
        return action_of(parsed)
    return None


def action_of(data: CallbackData) -> Action | None:
    match data:
        case PickData(step=step, choice=choice):
            return Pick(step, choice)
        case GoData(where=where):
            return Go(where)
        case MenuData(item=item):
            return Menu(item)
        case DeleteData(answer=answer):
            return ConfirmDelete(answer == "yes")
        case PageData(number=number):
            return Page(number)
        case LanguageData(code=code):
            return SetLanguage(code)
        case CheckInData():
            return data.action()
        case KeepData(days=days):
            return KeepFor(days)
        case TalkData(step=step):
            return Talk(step)
    return None
