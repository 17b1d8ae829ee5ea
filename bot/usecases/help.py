"""/help, /urgence and 🆘, /language, and what the bot cannot read (a sticker, a file)."""

from __future__ import annotations

from dataclasses import replace

from bot.usecases import handoff
from bot.usecases.context import Scope
from bot.usecases.conversation import emergency
from bot.usecases.people import DEFAULT_KEEP_DAYS
from bot.usecases.steps import child_shown, current, resume
from bot.views.replies import Outgoing, Reply, Text
from bot.views.screens import help_reply, language_choices
from i18n.catalog import LANGUAGES


async def say(scope: Scope, text_id: str) -> Outgoing:
    """One fixed text in the person's language, creating nobody (/help, a sticker)."""
    await scope.known()
    return await scope.done([Reply((Text(text_id),))])


async def overview(scope: Scope) -> Outgoing:
    """/help, creating nobody: with how long this person's data is kept, if the bot knows them."""
    person = await scope.known()
    keep_days = person.state.keep_days if person else DEFAULT_KEEP_DAYS
    return await scope.done([help_reply(keep_days or 0, talk=scope.desk is not None)])


async def urgent(scope: Scope) -> Outgoing:
    person = await scope.person()
    conversation, _ = await current(scope, person)
    return await scope.done(emergency(scope, conversation))


async def languages(scope: Scope) -> Outgoing:
    await scope.person()
    return await scope.done([language_choices()])


async def set_language(scope: Scope, code: str) -> Outgoing:
    person = await scope.person()
    conversation, _ = await current(scope, person)
    if code not in LANGUAGES:  # never a forged language
        return await scope.done([resume(scope, conversation, "notice-stale")])
    person.state = replace(person.state, language=code, language_chosen=True)
    return await scope.done([Reply((Text("language-set"),)), resume(scope, conversation, None)])


async def file_removed(scope: Scope, removed: bool) -> Outgoing:
    """A file arrived; the adapter has already tried to remove it from the chat."""
    person = await scope.person()
    conversation, _ = await current(scope, person)
    parts = [Text("media-deleted-child" if child_shown(scope, conversation) else "media-deleted")]
    if not removed:
        parts.append(Text("media-not-deleted"))
    if await handoff.file_refused(scope, person):
        parts.append(Text("talk-no-files"))
    return await scope.done([Reply(tuple(parts))])
