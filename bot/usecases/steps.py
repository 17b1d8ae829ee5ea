"""A step as the person sees it, where they are, and which version of the flow serves them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import structlog

from bot.usecases.context import Person, Scope
from bot.usecases.people import Conversation
from bot.views.referrals import writer_age
from bot.views.replies import Outgoing, Reply, Text, Verbatim
from bot.views.screens import menu_reply, step_reply
from flows.engine import matches, view
from flows.links import host_of
from flows.script import FlowError, Script, script_from_source
from i18n.dates import zone_for

log = structlog.get_logger(__name__)
# A conversation idle this long has expired: it moves to the current version of its flow.
VERSION_KEPT_FOR = timedelta(days=30)


def screen(scope: Scope, conversation: Conversation, *notices: Text | Verbatim) -> Reply:
    """The current step, after any notices (what was saved, refused, seen)."""
    shown = view(scope.script(conversation), conversation.state)
    person = scope.loaded_person
    asking = person.state.links_to_ask if person and shown.step.each_link else ()
    if asking:  # the link asked about, under its name: never a tappable link
        _, link, _ = asking[0]
        platform = scope.directory.platform_of(link)
        name = platform.name if platform else host_of(link)
        heading = Text("followup-link", {"platform": name})
        notices = (*notices, Verbatim(link, code=True, heading=heading))
    answers = dict(conversation.answers)
    lines_for = (answers.get("country"), writer_age(answers))
    return step_reply(
        shown,
        scope.directory,
        answers,
        conversation.platforms,
        lines_for,
        local_now(scope, conversation),
        tuple(notices),
        len(asking) if asking else None,
    )


def local_now(scope: Scope, conversation: Conversation) -> datetime:
    """The person's time: in the zone chosen in /reminders, else their country's."""
    person = scope.loaded_person
    zone = person.state.zone() if person else zone_for(conversation.answers.get("country"))
    return scope.clock.now().astimezone(zone)


def resume(scope: Scope, conversation: Conversation | None, notice: str | None) -> Reply:
    """Back where the person was: their step, or the menu outside a flow."""
    notices = (Text(notice),) if notice else ()
    if conversation is None or is_final(scope, conversation):
        menu = menu_reply(with_start=conversation is None)
        return replace(menu, parts=notices + menu.parts)
    return screen(scope, conversation, *notices)


def child_shown(scope: Scope, conversation: Conversation | None) -> bool:
    """A child is shown, by the flow's own `child_shown_when`: the scripts say it, not Python."""
    if conversation is None:
        return False
    return matches(scope.script(conversation).flow.child_shown_when, conversation.answers)


def is_final(scope: Scope, conversation: Conversation) -> bool:
    return scope.script(conversation).step(conversation.step).final


async def flow_changed(scope: Scope) -> Outgoing:
    replies = [Reply((Text("notice-flow-changed"),)), menu_reply(with_start=True)]
    return await scope.done(replies)


async def current(scope: Scope, person: Person) -> tuple[Conversation | None, bool]:
    """The person's conversation, on the flow version it began with; `changed` when its flow
    or step vanished (a newer version, once the old one cannot serve it any more): then it
    ends, and the person is told."""
    conversation = person.conversation
    if conversation is None:
        return None, False
    script = await _version(scope, conversation)
    if script is None or conversation.step not in script.steps:
        person.state = replace(person.state, conversation=None)
        return None, True
    if script.version != conversation.version:
        conversation = replace(conversation, version=script.version)
        person.state = replace(person.state, conversation=conversation)
    return conversation, False


async def _version(scope: Scope, conversation: Conversation) -> Script | None:
    """The version a conversation began with, while it lasts; else the current one."""
    current_script = scope.content.scripts.get(conversation.flow_id)
    if current_script is not None and current_script.version == conversation.version:
        return current_script
    idle = (
        conversation.updated_at is None
        or scope.clock.now() - conversation.updated_at > VERSION_KEPT_FOR
    )
    if idle:
        return current_script
    key = (conversation.flow_id, conversation.version)
    versions = scope.runtime.versions
    if key not in versions:
        source = await scope.uow.flow_versions.source(*key)
        try:  # checked against today's texts: an old version may name a removed one
            old = script_from_source(source, scope.content.catalog.missing) if source else None
        except FlowError:
            log.warning("flow_version_unusable", flow=key[0])
            return current_script
        if old is None:
            return current_script
        versions[key] = old
    return versions[key]
