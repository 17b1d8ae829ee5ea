"""Telegram's command menu, in each language (setMyCommands with language_code)."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand

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


def commands_for(catalog: Catalog, lang: str) -> list[BotCommand]:
    return [
        BotCommand(
            command=EMERGENCY.get(lang, "emergency") if name == "urgence" else name,
            description=catalog.text(lang, f"command-{name}"),
        )
        for name in COMMANDS
    ]


async def publish_commands(bot: Bot, catalog: Catalog) -> None:
    for lang in LANGUAGES:
        await bot.set_my_commands(commands_for(catalog, lang), language_code=lang)
    # Any other language gets English, as the bot itself answers them (pick_language).
    await bot.set_my_commands(commands_for(catalog, pick_language(None)))
