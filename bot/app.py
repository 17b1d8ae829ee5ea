"""Builds the dispatcher: middlewares, routers, services. Nothing is built at import time."""

from aiogram import Dispatcher

from bot import handlers
from bot.coordination import HandleOnce, events_isolation, seen_updates
from bot.middlewares import RequestScope
from bot.runtime import Runtime


def create_dispatcher(runtime: Runtime) -> Dispatcher:
    # Updates from one person are handled one at a time, different people concurrently; across
    # processes when they share Redis.
    dispatcher = Dispatcher(
        events_isolation=events_isolation(
            runtime.redis, runtime.vault, runtime.settings.redis_lock_seconds
        ),
        catalog=runtime.catalog,
    )
    # Both run inside the person's lock, which aiogram's own middleware takes first.
    dispatcher.update.outer_middleware(HandleOnce(seen_updates(runtime.redis)))
    dispatcher.update.outer_middleware(RequestScope(runtime))
    dispatcher.include_routers(*handlers.create_routers())
    return dispatcher
