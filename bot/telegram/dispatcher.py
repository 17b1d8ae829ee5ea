"""Builds the dispatcher: the person's lock, the per-update scope, the routers. Nothing is built
at import time; tests build their own with their own runtime."""

from aiogram import Dispatcher

from bot.runtime import Runtime
from bot.telegram import handlers
from bot.telegram.coordination import NothingStored, events_isolation
from bot.telegram.middlewares import RequestScope


def create_dispatcher(runtime: Runtime) -> Dispatcher:
    # Updates from one person are handled one at a time, different people concurrently; across
    # processes when they share Redis.
    isolation = events_isolation(runtime.redis, runtime.vault, runtime.settings.redis_lock_seconds)
    dispatcher = Dispatcher(storage=NothingStored(), events_isolation=isolation, runtime=runtime)
    # Inside the person's lock, which aiogram's own middleware takes first.
    dispatcher.update.outer_middleware(RequestScope(runtime))
    dispatcher.include_routers(*handlers.create_routers())
    return dispatcher
