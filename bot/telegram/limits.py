"""Telegram's rules the bot keeps (docs/architecture.md)."""

from datetime import timedelta

TEXT_LIMIT = 4096  # a message's text, in UTF-16 code units after entity parsing
CALLBACK_LIMIT = 64  # a button's callback data, in bytes
DELETABLE_FOR = timedelta(hours=48)  # a bot may delete a private chat's messages this long
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
