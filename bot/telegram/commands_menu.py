"""Telegram's command menu, in each language (setMyCommands with language_code)."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeChat

from i18n.catalog import LANGUAGES, Catalog, pick_language

# French speakers see /urgence; the others /emergency. Both work everywhere.
COMMANDS = (
    "start",
    "urgence",
    "exit",
    "notes",
    "export",
    "reminders",
    "delete",
    "language",
    "help",
)
EMERGENCY = {"fr": "urgence"}
# Where counsellors answer, /talk comes after /urgence, named in each language (all work).
TALK = {"fr": "parler", "de": "sprechen"}
DESK_COMMANDS = ("close", "note", "lines", "undo")  # in the counsellors' group only


def commands_for(catalog: Catalog, lang: str, talk: bool = False) -> list[BotCommand]:
    names = list(COMMANDS)
    if talk:
        names.insert(names.index("urgence") + 1, "talk")
    return [
        BotCommand(
            command=_localized(name, lang), description=catalog.text(lang, f"command-{name}")
        )
        for name in names
    ]


def _localized(name: str, lang: str) -> str:
    if name == "urgence":
        return EMERGENCY.get(lang, "emergency")
    return TALK.get(lang, "talk") if name == "talk" else name


async def publish_commands(
    bot: Bot, catalog: Catalog, desk_chat: int | None = None, desk_language: str = "fr"
) -> None:
    talk = desk_chat is not None
    for lang in LANGUAGES:
        await bot.set_my_commands(commands_for(catalog, lang, talk), language_code=lang)
    # Any other language gets English, as the bot itself answers them (pick_language).
    await bot.set_my_commands(commands_for(catalog, pick_language(None), talk))
    if desk_chat is not None:  # the counsellors see their own commands in their group
        desk = [
            BotCommand(
                command=name, description=catalog.text(desk_language, f"desk-command-{name}")
            )
            for name in DESK_COMMANDS
        ]
        await bot.set_my_commands(desk, scope=BotCommandScopeChat(chat_id=desk_chat))
