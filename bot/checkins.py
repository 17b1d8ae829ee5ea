"""Check-ins a person asked for: planning, listing, snoozing, stopping. No Telegram code.

The reminders table is the only truth: planning is a row, and once the transaction that wrote
it has committed, the reminder loop is woken to look at the table again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.reminders.quiet_hours import out_of_quiet_hours
from storage.reminders import ReminderRecord, Reminders

if TYPE_CHECKING:
    from bot.reminders.sender import ReminderSender

SNOOZE_DAYS = 1  # "later" on a reminder


class CheckIns:
    def __init__(
        self,
        session: AsyncSession,
        sender: ReminderSender | None,
        clock: Clock,
        quiet_hours: bool,
    ) -> None:
        self.reminders = Reminders(session)
        self.sender = sender  # None in the terminal: rows wait for the bot to run
        self.clock = clock
        self.quiet_hours = quiet_hours
        self._changed = False

    async def plan(self, person_id: int, days: int, zone: ZoneInfo) -> ReminderRecord:
        due = self.clock.now() + timedelta(days=days)
        if self.quiet_hours:
            due = out_of_quiet_hours(due, zone)
        reminder = await self.reminders.add(person_id, due, zone.key)
        self._changed = True
        return reminder

    async def replace(self, person_id: int, days: int, zone: ZoneInfo) -> ReminderRecord:
        await self.stop(person_id)
        return await self.plan(person_id, days, zone)

    async def stop(self, person_id: int) -> int:
        return await self.reminders.cancel_planned(person_id)

    async def planned(self, person_id: int) -> list[ReminderRecord]:
        return await self.reminders.planned(person_id)

    async def owned(self, reminder_id: str, person_id: int) -> bool:
        """A reminder button names its reminder; it must be this person's (no forged ids)."""
        reminder = await self.reminders.get(reminder_id)
        return reminder is not None and reminder.person_id == person_id

    def after_commit(self) -> None:
        if self._changed and self.sender is not None:
            self.sender.wake()
        self._changed = False
