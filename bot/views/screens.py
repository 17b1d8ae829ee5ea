"""The screens several use cases show: the menu, a step of a flow, the emergency numbers, the
crisis lines, the check-in message."""

from __future__ import annotations

from datetime import datetime

from bot.views.actions import (
    ChooseZone,
    ConfirmDelete,
    Go,
    KeepFor,
    Menu,
    Page,
    Pick,
    PlanCheckIn,
    ReminderAnswer,
    SetLanguage,
    SetZone,
    StopCheckIns,
)
from bot.views.referrals import (
    chat_buttons,
    emergency_lines,
    more_places_parts,
    referral_parts,
    service_lines,
)
from bot.views.replies import Button, Lines, Reply, Text, Verbatim
from flows.directory import Directory
from flows.engine import StepView
from i18n.catalog import LANGUAGES
from i18n.dates import CHOOSABLE_ZONES

CHECK_IN_DAYS = (1, 3, 7)


def menu_reply(with_start: bool) -> Reply:
    """The menu shown at the end of a flow, or when a person writes outside one."""
    rows = [
        (Button(Text("menu-note"), Menu("note")),),
        (Button(Text("menu-notes"), Menu("notes")),),
        (Button(Text("menu-help"), Menu("help")),),
        (Button(Text("menu-delete"), Menu("delete")),),
    ]
    if with_start:
        rows.insert(0, (Button(Text("menu-start"), Menu("start")),))
    return Reply((Text("menu-intro"),), tuple(rows), talk=True)


def step_reply(
    shown: StepView,
    directory: Directory,
    answers: dict[str, str],
    platforms: tuple[str, ...],
    lines_for: tuple[str | None, str | None],
    local_now: datetime,
    notices: tuple[Text | Verbatim, ...] = (),
    link_number: int | None = None,
) -> Reply:
    """A step of a flow: progress, notices (what was saved, refused…), its texts, what the
    directory adds (emergency numbers, where to turn), its buttons, then the ways on and out.
    `lines_for` is (country, writer's age) for the emergency numbers; `local_now` the person's
    time, for the doors open now; `link_number` which saved link an `each_link` step asks
    about (how many are left)."""
    parts: list[Text | Lines | Verbatim] = [
        Text("progress", {"current": shown.current, "total": shown.total}),
        *notices,
        *(Text(text_id) for text_id in shown.texts),
    ]
    rows: list[tuple[Button, ...]] = []
    if shown.step.services == "emergency":
        parts.append(emergency_lines(directory, *lines_for))
    elif shown.step.services == "referral":
        services, links = referral_parts(directory, answers, platforms, local_now)
        parts += services
        rows += links
    # Asked about one link of several: its buttons name it, so an earlier one's do not answer it.
    suffix = f"_{link_number}" if link_number is not None else ""
    rows += [
        (Button(Text(label), Pick(shown.step.id, choice + suffix)),)
        for choice, label in shown.buttons
    ]
    if shown.step.final:
        rows += menu_reply(with_start=False).buttons
    else:
        moving = [Button(Text("btn-stop"), Go("stop"))]
        if shown.can_go_back:
            moving.insert(0, Button(Text("btn-back"), Go("back")))
        rows.append(tuple(moving))
        rows.append((Button(Text("btn-sos"), Go("sos")), Button(Text("btn-exit"), Go("exit"))))
    talk = shown.step.final or shown.step.services == "referral"
    return Reply(tuple(parts), tuple(rows), talk=talk)


def more_places_reply(
    directory: Directory,
    answers: dict[str, str],
    platforms: tuple[str, ...],
    shown: StepView | None,
) -> Reply:
    """The rest of a referral; at the referral step itself, its way on (the person need not
    scroll back up), else the way back to where they are."""
    parts, rows = more_places_parts(directory, answers, platforms)
    if shown is not None and shown.step.services == "referral":
        rows += [(Button(Text(label), Pick(shown.step.id, c)),) for c, label in shown.buttons]
    else:
        rows.append((Button(Text("btn-resume"), Go("resume")),))
    return Reply(parts, tuple(rows))


def emergency_reply(directory: Directory, country: str | None, age: str | None) -> Reply:
    return Reply((Text("emergency-title"), emergency_lines(directory, country, age)))


def resume_reply() -> Reply:
    return Reply((Text("emergency-back"),), ((Button(Text("btn-resume"), Go("resume")),),))


def crisis_reply(directory: Directory, country: str | None, age: str | None) -> Reply:
    """Crisis words: the lines first, then a few honest words; go on, or keep the message."""
    services = directory.crisis(country, age)
    rows = (
        (Button(Text("btn-crisis-safe"), Go("resume")),),
        (Button(Text("btn-crisis-keep"), Menu("keep")),),
        *chat_buttons(services),
    )
    parts = (Text("crisis-title"), service_lines(services), Text("crisis-words"))
    return Reply(parts, rows, talk=True)


def reminder_reply(reminder_id: str) -> Reply:
    """The check-in message: nothing in it, or in its notification, hints at the topic. Where
    counsellors answer, "Talk to someone" too (the check-in asked for at their opening time)."""
    rows = (
        (Button(Text("reminder-yes"), ReminderAnswer("yes", reminder_id)),),
        (Button(Text("reminder-later"), ReminderAnswer("later", reminder_id)),),
        (Button(Text("reminder-stop"), ReminderAnswer("stop", reminder_id)),),
    )
    return Reply((Text("reminder-text"),), rows, talk=True)


def reminders_reply(planned_on: list[str], zone: str) -> Reply:
    """/reminders: what is planned (dates already written for the person), and the choices."""
    parts = [Text("reminders-list" if planned_on else "reminders-none")]
    parts += [Text("reminders-item", {"when": when}) for when in planned_on]
    rows = [(Button(Text(f"checkin-{days}"), PlanCheckIn(days)),) for days in CHECK_IN_DAYS]
    rows.append((Button(Text("reminders-zone", {"zone": zone}), ChooseZone()),))
    if planned_on:
        rows.append((Button(Text("reminders-stop-all"), StopCheckIns()),))
    return Reply(tuple(parts), tuple(rows))


def help_reply(keep_days: int, talk: bool) -> Reply:
    """/help: the commands (/talk where counsellors answer), and how long the person's data is
    kept (0: until they delete it)."""
    rows = ((Button(Text("retention-button"), Menu("retention")),),)
    parts = (Text("help"), *((Text("help-talk"),) if talk else ()))
    return Reply((*parts, Text("help-retention", {"days": keep_days})), rows, talk=True)


def retention_choices(choices: tuple[int, ...], current: int) -> Reply:
    rows = tuple(
        (
            Button(
                Text("retention-choice", {"days": days, "current": str(days == current).lower()}),
                KeepFor(days),
            ),
        )
        for days in choices
    )
    return Reply((Text("retention-ask"),), rows)


def expiry_warning(expires_on: str, keep_days: int) -> Reply:
    """The one message before a person's data expires: nothing in it hints at the topic."""
    rows = (
        (Button(Text("retention-keep"), KeepFor(keep_days)),),
        (Button(Text("retention-choose"), Menu("retention")),),
        (Button(Text("retention-delete-now"), Menu("delete")),),
    )
    return Reply((Text("retention-warning", {"day": expires_on}),), rows)


def zone_choices() -> Reply:
    rows = tuple(
        (Button(Text("reminders-zone-name", {"zone": zone}), SetZone(zone)),)
        for zone in CHOOSABLE_ZONES
    )
    return Reply((Text("reminders-zone-ask"),), rows)


def language_choices() -> Reply:
    rows = tuple((Button(Text(f"language-name-{code}"), SetLanguage(code)),) for code in LANGUAGES)
    return Reply((Text("language-ask"),), rows)


def delete_confirmation() -> Reply:
    rows = (
        (Button(Text("delete-yes"), ConfirmDelete(yes=True)),),
        (Button(Text("delete-no"), ConfirmDelete(yes=False)),),
    )
    return Reply((Text("delete-confirm"),), rows)


def notes_warning() -> Reply:
    return Reply((Text("notes-warning"),), ((Button(Text("notes-show"), Page(1)),),))


def held_question() -> Reply:
    rows = (
        (Button(Text("held-keep"), Menu("keep")),),
        (Button(Text("held-drop"), Menu("drop")),),
    )
    return Reply((Text("held-ask"),), rows)
