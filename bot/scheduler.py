"""Reminder scheduling (APScheduler 3) and dispatch, exactly once, paced, with bounded retries.

The reminders table is the truth; APScheduler's SQLAlchemy job store only holds one job per
planned reminder, carrying its opaque id. At start the two are reconciled, because APScheduler
drops a job it cannot restore (a renamed function) and a crash can leave a row without a job.

On PostgreSQL several processes may run: each adds jobs to the shared store, and only the leader
(bot/leader.py) runs them; its scheduler is woken every few seconds to see jobs others added.
On SQLite there is one process, always the one that sends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.clock import Clock
from bot.leader import Leadership
from bot.metrics import REMINDERS
from bot.pacer import Pacer
from bot.replies import reminder_reply
from bot.runtime import Runtime
from bot.service import CHAT_ID, DELETABLE_FOR, Outgoing
from bot.telegram import deliver
from storage.db import sqlite_pragmas
from storage.reminders import CANCELLED, FAILED, SENT, Reminders
from storage.repo import ChatMessages
from storage.stats import REMINDER_SENT, Event, Stats
from storage.vault import Vault

log = structlog.get_logger(__name__)
JOB = "bot.scheduler:fire"  # a textual reference: what the job store keeps
RETRY_DELAYS = (timedelta(seconds=30), timedelta(minutes=5), timedelta(minutes=30))
JOB_DEFAULTS = {
    # APScheduler's default grace is 1 second: a reminder due while the bot was down would be
    # dropped. None means "however late": delivered once when the bot is back.
    "misfire_grace_time": None,
    "coalesce": True,
    "max_instances": 1,
}

_dispatcher: ReminderDispatcher | None = None  # set by ReminderScheduler.start (see fire)


async def fire(reminder_id: str) -> None:
    """The job function. Jobs are stored by reference, so it lives at module level and finds
    the running dispatcher here rather than in pickled arguments."""
    if _dispatcher is None:
        log.error("reminder_without_dispatcher")
        return
    await _dispatcher.send(reminder_id)


def job_store_url(async_url: str) -> str:
    url = make_url(async_url)
    driver = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}[url.get_backend_name()]
    return url.set(drivername=driver).render_as_string(hide_password=False)


class ReminderScheduler:
    def __init__(self, database_url: str) -> None:
        self._database_url = database_url
        self.leadership: Leadership | None = None  # on PostgreSQL
        engine = create_engine(job_store_url(database_url))
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", sqlite_pragmas)
        self._engine = engine
        self.scheduler = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine)},
            job_defaults=JOB_DEFAULTS,
            timezone=UTC,
        )

    def schedule(self, reminder_id: str, due_at: datetime) -> None:
        self.scheduler.add_job(
            JOB, "date", run_date=due_at, args=[reminder_id], id=reminder_id, replace_existing=True
        )

    def unschedule(self, reminder_ids: list[str]) -> None:
        for reminder_id in reminder_ids:
            if self.scheduler.get_job(reminder_id):
                self.scheduler.remove_job(reminder_id)

    async def start(self, dispatcher: ReminderDispatcher, sessions: async_sessionmaker) -> None:
        global _dispatcher
        _dispatcher = dispatcher
        if self._engine.dialect.name == "sqlite":
            self.scheduler.start()
            await self.reconcile(sessions)
            return
        self.scheduler.start(paused=True)  # adds jobs to the store; runs none until it leads

        async def lead() -> None:
            await self.reconcile(sessions)
            self.scheduler.resume()

        async def step_down() -> None:
            self.scheduler.pause()

        async def look_for_new_jobs() -> None:
            self.scheduler.wakeup()

        self.leadership = Leadership(self._database_url, lead, step_down, look_for_new_jobs)
        self.leadership.start()

    async def reconcile(self, sessions: async_sessionmaker) -> None:
        async with sessions() as session:
            repo = Reminders(session)
            interrupted = await repo.fail_interrupted()
            planned = await repo.planned()
            await session.commit()
        for reminder_id in interrupted:
            log.warning("reminder_interrupted_marked_failed", reminder=reminder_id)
        wanted = {r.id for r in planned}
        self.unschedule([job.id for job in self.scheduler.get_jobs() if job.id not in wanted])
        for reminder in planned:
            self.schedule(reminder.id, reminder.due_at)
        log.info("reminders_reconciled", planned=len(planned))

    async def shutdown(self) -> None:
        global _dispatcher
        if self.leadership is not None:
            await self.leadership.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        _dispatcher = None
        self._engine.dispose()


@dataclass
class ReminderDispatcher:
    sessions: async_sessionmaker
    vault: Vault
    bot: Bot
    runtime: Runtime  # for its texts, which a live reload may replace
    scheduler: ReminderScheduler
    clock: Clock
    pacer: Pacer

    async def send(self, reminder_id: str) -> None:
        async with self.sessions() as session:
            claimed = await Reminders(session).claim(reminder_id)
            await session.commit()
        if claimed is None:
            return  # cancelled, already sent, or claimed by another process
        reminder = claimed.reminder
        cipher = self.vault.cipher(claimed.key_hash, claimed.data_key_wrapped)
        chat_id = int(cipher.open(claimed.chat_id_sealed, **CHAT_ID))
        outgoing = Outgoing(
            claimed.language, [reminder_reply(reminder.id)], {"register": "neutral"}
        )
        try:
            async with self.pacer:
                sent = await deliver(self.bot, chat_id, outgoing, self.runtime.catalog)
        except TelegramForbiddenError:
            REMINDERS.labels("blocked").inc()
            await self._blocked(reminder.id, reminder.person_id)
        except (TimeoutError, TelegramAPIError) as error:  # network errors included
            REMINDERS.labels("error").inc()
            await self._retry_or_fail(reminder.id, reminder.attempts, type(error).__name__)
        else:
            REMINDERS.labels("sent").inc()
            await self._sent(reminder.id, reminder.person_id, sent, claimed.language)
            log.info("reminder_sent", reminder=reminder.id)

    async def _finish(self, reminder_id: str, status: str) -> None:
        async with self.sessions() as session:
            await Reminders(session).finish(reminder_id, status, self.clock.now())
            await session.commit()

    async def _sent(
        self, reminder_id: str, person_id: int, message_ids: list[int], language: str
    ) -> None:
        """Sent: so recorded, and the message kept in mind for a quick exit."""
        moment = self.clock.now()
        async with self.sessions() as session:
            await Reminders(session).finish(reminder_id, SENT, moment)
            await ChatMessages(session).remember(
                person_id, message_ids, moment, keep_since=moment - DELETABLE_FOR
            )
            await Stats(session).add(moment.date(), [Event(REMINDER_SENT, language=language)])
            await session.commit()

    async def _blocked(self, reminder_id: str, person_id: int) -> None:
        """The person blocked the bot: no more messages to them, ever, unless they come back."""
        async with self.sessions() as session:
            repo = Reminders(session)
            await repo.finish(reminder_id, CANCELLED)
            others = await repo.cancel_planned(person_id)
            await session.commit()
        self.scheduler.unschedule(others)
        log.info("reminders_cancelled_blocked", reminder=reminder_id, others=len(others))

    async def _retry_or_fail(self, reminder_id: str, attempts: int, error: str) -> None:
        if attempts > len(RETRY_DELAYS):
            await self._finish(reminder_id, FAILED)
            log.error("reminder_failed", reminder=reminder_id, error=error, attempts=attempts)
            return
        due = self.clock.now() + RETRY_DELAYS[attempts - 1]
        async with self.sessions() as session:
            await Reminders(session).retry_at(reminder_id, due)
            await session.commit()
        self.scheduler.schedule(reminder_id, due)
        log.warning("reminder_retry", reminder=reminder_id, error=error, attempts=attempts)


async def start_reminders(runtime: Runtime, bot: Bot, database_url: str) -> ReminderScheduler:
    """Start the scheduler for this runtime: reconciled, dispatching through `bot`."""
    scheduler = ReminderScheduler(database_url)
    runtime.scheduler = scheduler
    dispatcher = ReminderDispatcher(
        runtime.sessions, runtime.vault, bot, runtime, scheduler, runtime.clock, Pacer()
    )
    await scheduler.start(dispatcher, runtime.sessions)
    return scheduler
