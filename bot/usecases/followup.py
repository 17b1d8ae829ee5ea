"""The buttons of a check-in message: yes (the follow-up flow), later (one day), stop."""

from __future__ import annotations

from bot.usecases import checkins
from bot.usecases.context import FOLLOW_UP_FLOW, Scope
from bot.usecases.conversation import begin_flow
from bot.usecases.steps import current, resume, screen
from bot.views.actions import ReminderAnswer
from bot.views.replies import Outgoing, Reply, Text
from storage import stats


async def answered(scope: Scope, pressed: ReminderAnswer) -> Outgoing:
    person = await scope.person()
    conversation, _ = await current(scope, person)
    reminder = await scope.uow.reminders.get(pressed.reminder_id)
    if reminder is None or reminder.person_id != person.id:  # no forged or foreign ids
        return await scope.done([resume(scope, conversation, "notice-stale")])
    scope.count(stats.REMINDER_ANSWER, detail=pressed.answer)
    if pressed.answer == "yes":
        conversation = begin_flow(scope, person, FOLLOW_UP_FLOW, carried=True)
        return await scope.done([screen(scope, conversation)])
    if pressed.answer == "later":
        return await scope.done([await checkins.plan(scope, person, checkins.SNOOZE_DAYS)])
    await scope.uow.reminders.cancel_planned(person.id)
    return await scope.done([Reply((Text("reminders-stopped"),))])
