"""One router per feature, assembled here in the order they must be tried."""

from aiogram import Router

from bot.telegram.handlers import (
    checkins,
    commands,
    counsellors,
    errors,
    flow,
    media,
    notes,
    other,
    talk,
)


def create_routers() -> list[Router]:
    return [
        errors.create_router(),
        counsellors.create_router(),  # first: the group's messages are never a person's
        talk.create_router(),
        commands.create_router(),
        media.create_router(),
        notes.create_router(),
        checkins.create_router(),
        flow.create_router(),
        other.create_router(),
    ]
