"""Check-ins a person asked for: planning, listing, changing, stopping. The reminders table is
the only truth; once the transaction that planned one commits, the reminder loop is woken to
look at the table again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.usecases.context import Person, Scope
from bot.usecases.quiet_hours import out_of_quiet_hours
from bot.usecases.steps import resume
from bot.views.replies import Outgoing, Reply, Text
from bot.views.screens import reminders_reply, zone_choices
from i18n.dates import CHOOSABLE_ZONES, local_time
from storage.reminders import ReminderRecord

SNOOZE_DAYS = 1  # "later" on a reminder


async def plan(scope: Scope, person: Person, days: int) -> Reply:
    """Replaces any planned check-in by one in `days` days, out of the quiet hours; says when."""
    due = scope.clock.now() + timedelta(days=days)
    if scope.runtime.quiet_hours:
        due = out_of_quiet_hours(due, person.state.zone())
    return await plan_at(scope, person, due)


async def plan_at(scope: Scope, person: Person, due: datetime) -> Reply:
    """Replaces any planned check-in by one at `due` (when the counsellors are next there)."""
    await scope.uow.reminders.cancel_planned(person.id)
    reminder = await scope.uow.reminders.add(person.id, due)
    wake = scope.runtime.reminders
    if wake is not None:  # None in the terminal: the row waits for the bot to run
        scope.uow.after_commit(wake.wake)
    return planned_reply(scope, person, reminder)


def planned_reply(scope: Scope, person: Person, reminder: ReminderRecord) -> Reply:
    return Reply((Text("reminders-planned", {"when": when(scope, person, reminder)}),))


def when(scope: Scope, person: Person, reminder: ReminderRecord) -> str:
    """When a reminder will come, in the person's language and time zone."""
    return local_time(reminder.due_at, scope.language(person.state), None, person.state.zone())


async def listing(scope: Scope) -> Outgoing:
    person = await scope.person()
    return await scope.done([await _listing(scope, person)])


async def _listing(scope: Scope, person: Person) -> Reply:
    planned = await scope.uow.reminders.planned(person.id)
    dates = [when(scope, person, reminder) for reminder in planned]
    return reminders_reply(dates, person.state.zone().key)


async def set_days(scope: Scope, days: int) -> Outgoing:
    person = await scope.person()
    if days not in (1, 3, 7):
        return await scope.done([resume(scope, person.conversation, "notice-stale")])
    planned = await plan(scope, person, days)
    return await scope.done([planned, resume(scope, person.conversation, None)])


async def stop(scope: Scope) -> Outgoing:
    person = await scope.person()
    await scope.uow.reminders.cancel_planned(person.id)
    return await scope.done([Reply((Text("reminders-stopped"),))])


async def choose_zone(scope: Scope) -> Outgoing:
    await scope.person()
    return await scope.done([zone_choices()])


async def set_zone(scope: Scope, zone_name: str) -> Outgoing:
    person = await scope.person()
    if zone_name in CHOOSABLE_ZONES:  # never a forged zone
        person.state = replace(person.state, time_zone=zone_name)
    return await scope.done([await _listing(scope, person)])
