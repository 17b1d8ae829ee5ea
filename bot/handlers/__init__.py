"""One router per feature, assembled here in the order they must be tried."""

from aiogram import Router

from bot.handlers import commands, errors, flow, media, other


def routers() -> list[Router]:
    return [errors.router, commands.router, media.router, flow.router, other.router]
