"""A message with crisis words, wherever the person is: the crisis lines at once, the flow
waiting where it was; the message set aside, sealed, kept as a note only if they say so."""

from __future__ import annotations

from dataclasses import replace

from bot.usecases import notes
from bot.usecases.context import Person, Scope
from bot.views.referrals import writer_age
from bot.views.replies import Outgoing
from bot.views.screens import crisis_reply
from storage import stats


async def answer(scope: Scope, person: Person, text: str) -> Outgoing:
    if person.state.awaiting:  # what comes next is not filed as a note unasked
        person.state = replace(person.state, awaiting=None)
    notes.hold_quietly(person, text)
    scope.events.append(stats.Event(stats.CRISIS))  # how often, never what was written
    answers = person.conversation.answers if person.conversation else {}
    reply = crisis_reply(scope.directory, answers.get("country"), writer_age(answers))
    return await scope.done([reply])
