"""Did it come down? At a check-in's `each_link` step, each link the person saved and has not
said is gone is shown in turn under the step's question. The person checks; the bot never
opens a link. Counted once per link, by platform: that it was asked about, and when it is first
said to be gone, how long after it was saved (the dashboard's removal table)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.usecases.context import Person, Scope
from bot.usecases.notes import opened
from storage import stats

# What a round of answers adds up to: one link still online is still a "no".
WEIGHT = {"yes": 0, "unknown": 1, "no": 2}


async def ask_about_links(scope: Scope, person: Person) -> None:
    """The step has just been reached: the links to ask about, oldest first, each once."""
    checked = person.state.links_checked
    links = [(row.id, opened(person.cipher, row)) for row in await scope.uow.entries.all(person.id)]
    links = [(entry_id, note) for entry_id, note in links if note.field == "link" and note.text]
    gone = {note.text for entry_id, note in links if checked.get(entry_id)}  # saved twice: once
    to_ask: dict[str, tuple[str, str, str]] = {}
    for entry_id, note in links:
        if note.text in gone or note.text is None:
            continue
        saved_on = note.recorded_at.date().isoformat() if note.recorded_at else ""
        to_ask.setdefault(note.text, (entry_id, note.text, saved_on))
    person.state = replace(person.state, links_to_ask=tuple(to_ask.values()), links_round="")


def answer(scope: Scope, person: Person, choice: str) -> str | None:
    """Records the answer about the link on screen. Returns the step's answer once every link
    has one; None while another link is still to ask about."""
    (entry_id, link, saved_on), *rest = person.state.links_to_ask
    known = scope.directory.platform_of(link)
    platform = known.id if known else "other"
    checked = dict(person.state.links_checked)
    if entry_id not in checked:
        scope.count(stats.LINK_CHECKED, detail=platform)
    today = scope.clock.now().date()
    if choice == "yes":
        days = (today - date.fromisoformat(saved_on)).days if saved_on else 0
        scope.count(stats.LINK_GONE, step=stats.removal_bucket(days), detail=platform)
        checked[entry_id] = today.isoformat()
    else:
        checked.setdefault(entry_id, "")
    so_far = max((person.state.links_round or "yes", choice), key=WEIGHT.__getitem__)
    person.state = replace(
        person.state, links_checked=checked, links_to_ask=tuple(rest), links_round=so_far
    )
    return None if rest else so_far
