"""How long a person's data is kept without news from them: their choice, shown in /help and
the dossier; the warning before it expires and the erasure are bot/reminders/expiry.py's."""

from __future__ import annotations

from dataclasses import replace

from bot.usecases.context import Scope
from bot.usecases.people import DEFAULT_KEEP_DAYS
from bot.usecases.steps import current, resume
from bot.views.replies import Outgoing, Reply, Text
from bot.views.screens import retention_choices
from i18n.dates import day

KEEP_CHOICES = (30, 90, DEFAULT_KEEP_DAYS, 365, 0)  # 0: until the person deletes it


async def choices(scope: Scope) -> Outgoing:
    person = await scope.person()
    return await scope.done([retention_choices(KEEP_CHOICES, person.state.keep_days or 0)])


async def keep_for(scope: Scope, days: int) -> Outgoing:
    """Kept that long from today (pressing is news from them); never a forged duration."""
    person = await scope.person()
    conversation, _ = await current(scope, person)
    if days not in KEEP_CHOICES:
        return await scope.done([resume(scope, conversation, "notice-stale")])
    person.state = replace(person.state, keep_days=days or None)
    until = person.state.expires_on(scope.clock.now().date())
    lang = scope.language(person.state)
    told = Text("retention-set", {"until": day(until, lang) if until else "never"})
    return await scope.done([Reply((told,)), resume(scope, conversation, None)])
