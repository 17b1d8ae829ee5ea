"""What a person and the counsellors read of a conversation between them: the person's screens
(asking, agreeing, waiting, the end) and the posts in the counsellors' topic (the summary the
person agreed to, alerts), which never hold a name, a username or a Telegram id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.views.actions import Go, PlanCheckIn, Talk
from bot.views.dossier import Note
from bot.views.replies import TALK, Button, Lines, Reply, Text, Verbatim
from bot.views.screens import CHECK_IN_DAYS

# What the summary says, in this order, when the answers say it: (answer key, the prefix of its
# choices' texts in the flow, the summary's line).
SUMMARY_ANSWERS = (
    ("kind", "kind", "desk-summary-kind"),
    ("who", "who", "desk-summary-who"),
    ("age", "age", "desk-summary-age"),
    ("writer_age", "age", "desk-summary-writer-age"),
    ("country", "country", "desk-summary-country"),
)


def consent_reply(association: str) -> Reply:
    rows = (
        (Button(Text("talk-share"), Talk("summary")),),
        (Button(Text("talk-share-notes"), Talk("notes")),),
        (Button(Text("talk-not-now"), Go("resume")),),
    )
    return Reply((Text("talk-consent", {"association": association}),), rows)


def closed_reply(association: str, opens: str, lines: Lines) -> Reply:
    """Outside the hours: when someone is there, the lines open now, a check-in then."""
    said = Text(
        "talk-closed" if opens else "talk-closed-later", {"association": association, "when": opens}
    )
    parts: tuple[Text | Lines, ...] = (said, lines)
    rows = ((Button(Text("talk-remind-me"), Talk("later")),),) if opens else ()
    return Reply(parts, rows)


def unavailable_reply(lines: Lines) -> Reply:
    """No association answers through this bot, or its group cannot be reached just now."""
    return Reply((Text("talk-unavailable"), lines))


def connected_reply(association: str, minutes: int) -> Reply:
    return Reply((Text("talk-connected", {"association": association, "minutes": minutes}),))


def already_reply(association: str) -> Reply:
    return Reply((Text("talk-already", {"association": association}),))


def from_counsellor(signature: str, text: str) -> Reply:
    return Reply((Verbatim(text, heading=Text("talk-from", {"name": signature})),))


def lines_reply(parts: Sequence[Text | Lines]) -> Reply:
    return Reply((Text("talk-lines"), *parts))


def ended_reply(association: str) -> Reply:
    """A counsellor closed the conversation: a kind word, and a check-in if they want one."""
    rows = tuple((Button(Text(f"checkin-{days}"), PlanCheckIn(days)),) for days in CHECK_IN_DAYS)
    return Reply((Text("talk-ended", {"association": association}),), (*rows, (TALK,)))


def taking_longer_reply(lines: Lines) -> Reply:
    return Reply((Text("talk-taking-longer"), lines))


def not_relayed_reply() -> Reply:
    return Reply((Text("talk-not-relayed"),))


# ---- in the counsellors' topic ----------------------------------------------------------------


def summary_post(
    association: str,
    pseudonym: str,
    language: str,
    answers: Mapping[str, str],
    services: Sequence[Text],
    notes: Sequence[Note] | None,
) -> Reply:
    """The first post of a conversation: what the person agreed to share; their notes and links
    only if they ticked it (None: they did not)."""
    facts = [Text("desk-summary-language", {"language": Text(f"language-name-{language}")})]
    for key, choices, line in SUMMARY_ANSWERS:
        if answers.get(key):
            facts.append(
                Text(line, {"answer": Text(f"{choices}-{answers[key].replace('_', '-')}")})
            )
    if services:
        facts.append(Text("desk-summary-services"))
        facts += [Text("desk-summary-service", {"name": name}) for name in services]
    parts: list[Text | Lines | Verbatim] = [
        Text("desk-summary-title", {"number": pseudonym}),
        Lines(tuple(facts)),
    ]
    if notes is None:
        parts.append(Text("desk-summary-no-notes"))
    else:
        parts.append(Text("desk-summary-notes", {"count": len(notes)}))
        for note in notes:
            if note.text:
                heading = Text(f"field-{note.field}")
                parts.append(Verbatim(note.text, note.field == "link", heading, note.recorded_at))
    parts.append(Text("desk-commands", {"association": association}))
    return Reply(tuple(parts))


def person_post(text: str) -> Reply:
    return Reply((Verbatim(text),))


def desk_notice(text_id: str, **args: object) -> Reply:
    return Reply((Text(text_id, dict(args)),))
