"""Retention on time: one neutral warning a week before a person's data expires, then erasure as
/delete does it. Run by the reminder loop (the leader, when several processes share PostgreSQL)
about once an hour; everything it needs is in the people table, so a restart loses nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import structlog
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError

from bot.telegram.sender import deliver
from bot.usecases.people import DEFAULT_KEEP_DAYS, PersonState
from bot.usecases.quiet_hours import out_of_quiet_hours
from bot.views.replies import Outgoing, with_ways_out
from bot.views.screens import expiry_warning
from i18n.dates import day
from storage.chat_messages import ChatMessages
from storage.people import CHAT_ID, STATE, Expiring, People
from storage.stats import DELETED, Event, Stats
from storage.vault import SealError

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = structlog.get_logger(__name__)
WARN_BEFORE = timedelta(days=7)
EVERY = timedelta(hours=1)
BATCH = 100


async def keep_on_time(runtime: Runtime, bot: Bot) -> None:
    """Warns who is due a warning (out of their quiet hours), then erases what has expired."""
    now = runtime.clock.now()
    async with runtime.sessions() as session:
        due = await People(session).to_warn(now.date() + WARN_BEFORE, BATCH)
    for person in due:
        await _warn(runtime, bot, person, now)
    async with runtime.sessions() as session:
        people = People(session)
        expired = await people.expired(now.date(), BATCH)
        for person_id in expired:
            await people.delete(person_id)
        await Stats(session).add(now.date(), [Event(DELETED, detail="expired")] * len(expired))
        await session.commit()
        if expired:
            erased = await people.erase_traces()
            log.info("retention_erased", people=len(expired), log_emptied=erased)


async def _warn(runtime: Runtime, bot: Bot, person: Expiring, now: datetime) -> None:
    cipher = runtime.vault.cipher(person.key_hash, person.data_key_wrapped)
    try:
        state = PersonState.from_json(cipher.open_json(person.state_sealed, **STATE))
    except (SealError, KeyError, TypeError):
        state = PersonState("fr")
    if runtime.quiet_hours and out_of_quiet_hours(now, state.zone()) > now:
        return  # at night where they are: the next pass, in the morning
    chat_id = int(cipher.open(person.chat_id_sealed, **CHAT_ID))
    keep_days = state.keep_days or DEFAULT_KEEP_DAYS  # someone with an end date has a period
    warning = expiry_warning(day(person.expires_on, state.language), keep_days)
    outgoing = Outgoing(state.language, with_ways_out([warning]), {"register": "neutral"})
    sent: list[int] = []
    try:
        sent = await deliver(bot, chat_id, outgoing, runtime.catalog)
    except TelegramForbiddenError:
        pass  # they blocked the bot: their data still goes on the day, unannounced
    except (TimeoutError, TelegramAPIError) as error:
        log.warning("retention_warning_failed", error=type(error).__name__)
        return  # tried again at the next pass
    async with runtime.sessions() as session:
        await People(session).warned(person.id, now.date())
        await ChatMessages(session).remember((person.id, m, now) for m in sent)
        await session.commit()
