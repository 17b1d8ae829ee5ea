"""One router per feature, assembled here in the order they must be tried."""

from aiogram import Router

from bot.handlers import commands, errors, flow, media, other


def create_routers() -> list[Router]:
    return [
        errors.create_router(),
        commands.create_router(),
        media.create_router(),
        flow.create_router(),
        other.create_router(),
    ]
