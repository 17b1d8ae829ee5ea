"""Builds the dispatcher: middlewares, routers, services. Nothing is built at import time."""

from aiogram import Dispatcher
from aiogram.fsm.storage.memory import SimpleEventIsolation

from bot import handlers
from bot.middlewares import RequestScope
from bot.runtime import Runtime


def create_dispatcher(runtime: Runtime) -> Dispatcher:
    # Updates from one person are handled one at a time, different people concurrently.
    dispatcher = Dispatcher(events_isolation=SimpleEventIsolation(), catalog=runtime.catalog)
    dispatcher.update.outer_middleware(RequestScope(runtime))
    dispatcher.include_routers(*handlers.create_routers())
    return dispatcher
