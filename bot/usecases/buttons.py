"""What each button asks for, as one table: the terminal chat presses buttons through it, and
the Telegram adapter's routers for the check-in buttons (the others go each to their use case
by their own callback data)."""

from __future__ import annotations

from bot.usecases import (
    checkins,
    conversation,
    deletion,
    followup,
    handoff,
    help,
    menu,
    notes,
    quick_exit,
    retention,
)
from bot.usecases.context import Scope
from bot.usecases.steps import current, resume
from bot.views.actions import (
    Action,
    ChooseZone,
    ConfirmDelete,
    Go,
    KeepFor,
    Menu,
    Page,
    Pick,
    PlanCheckIn,
    ReminderAnswer,
    SetLanguage,
    SetZone,
    StopCheckIns,
    Talk,
)
from bot.views.replies import Outgoing


async def pressed(scope: Scope, action: Action | None) -> Outgoing:
    match action:
        case Pick():
            return await conversation.press(scope, action)
        case Go(where="exit"):
            return await quick_exit.leave(scope)
        case Go():
            return await conversation.go(scope, action)
        case Menu():
            return await menu.chosen(scope, action)
        case ConfirmDelete(yes):
            return await deletion.answered(scope, yes)
        case Page(number):
            return await notes.page(scope, number)
        case SetLanguage(code):
            return await help.set_language(scope, code)
        case ReminderAnswer():
            return await followup.answered(scope, action)
        case PlanCheckIn(days):
            return await checkins.set_days(scope, days)
        case StopCheckIns():
            return await checkins.stop(scope)
        case ChooseZone():
            return await checkins.choose_zone(scope)
        case SetZone(zone):
            return await checkins.set_zone(scope, zone)
        case KeepFor(days):
            return await retention.keep_for(scope, days)
        case Talk(step="ask"):
            return await handoff.ask(scope)
        case Talk(step="later"):
            return await handoff.later(scope)
        case Talk(step=step):
            return await handoff.agree(scope, with_notes=step == "notes")
    # Not this bot's, or no longer: where the person was.
    person = await scope.person()
    where, _ = await current(scope, person)
    return await scope.done([resume(scope, where, "notice-stale")])
