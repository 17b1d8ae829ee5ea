"""The reminder loop: the reminders table is the only truth, and one asyncio task sends from it.

It claims the earliest due reminder with one UPDATE (so it is sent once, even by two processes
that both believe they lead), sends it paced under Telegram's rate, records the outcome, and
sleeps until the next one falls due or until a reminder is planned (`wake`). Nothing about a
reminder lives in memory: a restart, or two days of downtime, loses nothing, and a reminder
due meanwhile is sent once when the loop runs again.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import structlog
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from sqlalchemy.exc import SQLAlchemyError

from bot.metrics import REMINDERS
from bot.reminders import expiry
from bot.reminders.pacing import Pacer
from bot.telegram.desk import desk_of
from bot.telegram.sender import deliver
from bot.usecases import counsellors, timestamps
from bot.usecases.people import PersonState
from bot.views.replies import Outgoing, offering_talk, with_ways_out
from bot.views.screens import reminder_reply
from storage.chat_messages import ChatMessages
from storage.people import CHAT_ID, STATE
from storage.reminders import CANCELLED, FAILED, SENT, Claimed, Reminders
from storage.stats import REMINDER_SENT, Event, Stats
from storage.vault import SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = structlog.get_logger(__name__)
RETRY_DELAYS = (timedelta(seconds=30), timedelta(minutes=5), timedelta(minutes=30))
IN_FLIGHT = 25  # sends waiting for Telegram's answer at once
# However long the next due reminder is away, look again this often: a safety net for a wake-up
# missed (a notification lost with a connection), never the way reminders are found.
LOOK_AGAIN_SECONDS = 60.0
DATABASE_PAUSE_SECONDS = 2.0  # after the database failed, before trying again


class ReminderLoop:
    def __init__(
        self,
        runtime: Runtime,
        bot: Bot,
        pacer: Pacer | None = None,
        retry_delays: tuple[timedelta, ...] = RETRY_DELAYS,
    ) -> None:
        self.runtime = runtime  # its texts (a reload may replace them), sessions, vault, clock
        self.bot = bot
        self.pacer = pacer or Pacer()
        self.retry_delays = retry_delays
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(IN_FLIGHT)
        self._idle = asyncio.Event()
        self._retention_at: datetime | None = None

    def wake(self) -> None:
        """A reminder was planned or changed: look at the table again now."""
        self._idle.clear()
        self._wake.set()

    async def idle(self) -> None:
        """Returns once nothing is due and nothing is being sent (for tests and benchmarks)."""
        await self._idle.wait()

    async def run(self) -> None:
        await self._fail_interrupted()
        while True:
            try:
                self._wake.clear()
                await self._keep_on_time()
                await self._nobody_answered()
                sent = await self._send_due()
                await self._sleep_until_next(sent)
            except (OSError, SQLAlchemyError) as error:
                log.warning("reminders_database_failed", error=type(error).__name__)
                await asyncio.sleep(DATABASE_PAUSE_SECONDS)

    async def _keep_on_time(self) -> None:
        """Retention, and the dossiers' pending timestamps, about once an hour (the loop wakes
        at least every minute)."""
        now = self.runtime.clock.now()
        if self._retention_at is not None and now - self._retention_at < expiry.EVERY:
            return
        await expiry.keep_on_time(self.runtime, self.bot)
        await timestamps.ask_again(self.runtime)
        self._retention_at = now

    async def _nobody_answered(self) -> None:
        """Conversations with the counsellors nobody answered in time (bot/usecases/
        counsellors.py): looked at on every pass, the loop wakes when the first is due."""
        desk = desk_of(self.bot, self.runtime)
        if desk is not None:
            await counsellors.nobody_answered(self.runtime, desk)

    async def _fail_interrupted(self) -> None:
        """Claimed by a process that died mid-send: maybe sent, maybe not. Never twice, so they
        become failed, visibly, rather than planned again."""
        async with self.runtime.sessions() as session:
            interrupted = await Reminders(session).fail_interrupted()
            await session.commit()
        if interrupted:
            log.warning("reminders_interrupted_marked_failed", count=interrupted)

    async def _send_due(self) -> int:
        sent = 0
        async with asyncio.TaskGroup() as sending:
            while True:
                await self._slots.acquire()
                async with self.pacer:  # paced before the claim: a claimed reminder goes at once
                    claimed = await self._claim()
                if claimed is None:
                    self._slots.release()
                    return sent
                sent += 1
                task = sending.create_task(self._deliver(claimed))
                task.add_done_callback(lambda _: self._slots.release())

    async def _claim(self) -> Claimed | None:
        async with self.runtime.sessions() as session:
            claimed = await Reminders(session).claim_next(self.runtime.clock.now())
            await session.commit()
        return claimed

    async def _sleep_until_next(self, sent: int) -> None:
        async with self.runtime.sessions() as session:
            due = await Reminders(session).next_due()
        ping = (
            await counsellors.next_ping(self.runtime)
            if self.runtime.settings.counsellors_chat_id
            else None
        )
        wait = LOOK_AGAIN_SECONDS
        for moment in filter(None, (due, ping)):
            wait = min(wait, (moment - self.runtime.clock.now()).total_seconds())
        if wait <= 0 and not sent:
            wait = 0.05  # due but claimed by another process this instant: not a busy loop
        if wait > 0:
            self._idle.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), max(wait, 0))

    async def _deliver(self, claimed: Claimed) -> None:
        reminder = claimed.reminder
        cipher = self.runtime.vault.cipher(claimed.key_hash, claimed.data_key_wrapped)
        chat_id = int(cipher.open(claimed.chat_id_sealed, **CHAT_ID))
        try:
            language = PersonState.from_json(
                cipher.open_json(claimed.state_sealed, **STATE)
            ).language
        except (SealError, KeyError, TypeError):
            language = "fr"
        replies = [reminder_reply(reminder.id)]
        if self.runtime.settings.counsellors_chat_id is not None:
            replies = offering_talk(replies)
        replies = with_ways_out(replies)
        outgoing = Outgoing(language, replies, {"register": "neutral"})
        try:
            sent = await deliver(self.bot, chat_id, outgoing, self.runtime.catalog)
        except TelegramForbiddenError:
            REMINDERS.labels("blocked").inc()
            await self._blocked(reminder.id, reminder.person_id)
        except (TimeoutError, TelegramAPIError) as error:  # network errors included
            REMINDERS.labels("error").inc()
            await self._retry_or_fail(reminder.id, reminder.attempts, type(error).__name__)
        else:
            REMINDERS.labels("sent").inc()
            await self._sent(reminder.id, reminder.person_id, sent, language)
            log.info("reminder_sent", reminder=reminder.id)

    async def _sent(
        self, reminder_id: str, person_id: int, message_ids: list[int], language: str
    ) -> None:
        """Sent: so recorded, and the message kept in mind for a quick exit."""
        moment = self.runtime.clock.now()
        async with self.runtime.sessions() as session:
            await Reminders(session).finish(reminder_id, SENT)
            await ChatMessages(session).remember((person_id, m, moment) for m in message_ids)
            await Stats(session).add(moment.date(), [Event(REMINDER_SENT, language=language)])
            await session.commit()

    async def _blocked(self, reminder_id: str, person_id: int) -> None:
        """The person blocked the bot: no more messages to them, ever, unless they come back."""
        async with self.runtime.sessions() as session:
            repo = Reminders(session)
            await repo.finish(reminder_id, CANCELLED)
            others = await repo.cancel_planned(person_id)
            await session.commit()
        log.info("reminders_cancelled_blocked", reminder=reminder_id, others=others)

    async def _retry_or_fail(self, reminder_id: str, attempts: int, error: str) -> None:
        async with self.runtime.sessions() as session:
            if attempts > len(self.retry_delays):
                await Reminders(session).finish(reminder_id, FAILED)
            else:
                due = self.runtime.clock.now() + self.retry_delays[attempts - 1]
                await Reminders(session).retry_at(reminder_id, due)
            await session.commit()
        if attempts > len(self.retry_delays):
            log.error("reminder_failed", reminder=reminder_id, error=error, attempts=attempts)
        else:
            log.warning("reminder_retry", reminder=reminder_id, error=error, attempts=attempts)
