"""How directory services are shown: words from i18n, numbers and addresses from the data.

Phone numbers stay plain text (Telegram lets a person tap them); web addresses become buttons,
so no address is ever shown as a link preview.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time

from bot.views.actions import Menu
from bot.views.replies import Button, Lines, Text
from flows.directory import DailyHours, Directory, Service


def writer_age(answers: Mapping[str, str]) -> str | None:
    """The age group of the person writing, when the answers say it: the age question is about
    the person shown, who is the writer only when they answered "me"."""
    return answers.get("age") if answers.get("who") == "me" else None


def emergency_lines(directory: Directory, country: str | None, age: str | None) -> Lines:
    """The emergency numbers for the country, then its crisis lines (someone pressing 🆘 may be
    thinking of suicide); all of them while the country is not known."""
    services = {s.id: s for s in [*directory.emergency(country), *directory.crisis(country, age)]}
    return service_lines(tuple(services.values()))


def service_lines(services: tuple[Service, ...]) -> Lines:
    """One line per number, the number first, as plain text a person can tap."""
    return Lines(
        tuple(
            Text(
                "emergency-line-sms" if service.sms and not service.phone else "emergency-line",
                {"number": service.phone or service.sms, "name": _name(service)},
            )
            for service in services
        )
    )


def chat_buttons(services: tuple[Service, ...]) -> list[tuple[Button, ...]]:
    """The services' chats as web buttons, two to a row."""
    return _pairs(
        [Button(Text("service-chat", {"name": _name(s)}), url=s.chat) for s in services if s.chat]
    )


FIRST_DOORS = 3
"""The doors a referral's first message shows, one line each: what fits a phone screen. The
rules list the doors that matter most first; "more places" opens the rest."""


def referral_parts(
    directory: Directory,
    answers: Mapping[str, str],
    platforms: tuple[str, ...],
    local_now: datetime,
) -> tuple[tuple[Text | Lines, ...], list[tuple[Button, ...]]]:
    """The first message of a referral: what the rules say, then the first doors, each in one
    line with its number and whether it is open at the person's `local_now`; their web
    addresses as buttons, and "more places" when there are more, or platforms to report on."""
    referral = directory.refer(answers)
    first = referral.services[:FIRST_DOORS]
    parts: list[Text | Lines] = [Text(text_id) for text_id in referral.texts]
    parts.append(Lines(tuple(_door(service, local_now.time()) for service in first)))
    rows = _pairs([b for service in first for b in _buttons(service)])
    if len(referral.services) > FIRST_DOORS or platforms:
        rows.append((Button(Text("btn-more-places"), Menu("places")),))
    return tuple(parts), rows


def more_places_parts(
    directory: Directory, answers: Mapping[str, str], platforms: tuple[str, ...]
) -> tuple[tuple[Text | Lines, ...], list[tuple[Button, ...]]]:
    """What "more places" opens: the other doors, one paragraph each, then how to report on the
    platforms of the links given (ids)."""
    rest = directory.refer(answers).services[FIRST_DOORS:]
    parts: list[Text | Lines] = [Text("referral-more-title")]
    parts += [_service(service) for service in rest]
    for platform_id in platforms:
        platform = directory.platform(platform_id)
        if platform is not None:
            parts.append(Text("platform-report", {"platform": platform.id, "name": platform.name}))
    return tuple(parts), _pairs([b for service in rest for b in _buttons(service)])


def _door(service: Service, moment: time) -> Text:
    if service.phone:
        reach, number = "phone", service.phone
    elif service.sms:
        reach, number = "sms", service.sms
    else:
        reach, number = "none", ""
    opens = closes = ""
    if service.hours == "always":
        hours = "always"
    elif isinstance(service.hours, DailyHours):
        opens, closes = service.hours.daily
        hours = "open" if service.hours.open_at(moment) else "closed"
    else:
        hours = "unknown"  # not sure of them: nothing said
    return Text(
        "referral-door",
        {
            "name": _name(service),
            "short": Text(f"service-{service.id}-short"),
            "reach": reach,
            "number": number,
            "hours": hours,
            "opens": opens,
            "closes": closes,
        },
    )


def _pairs(buttons: list[Button]) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def _service(service: Service) -> Lines:
    texts = [Text("service-title", {"name": _name(service)}), Text(f"service-{service.id}")]
    if service.phone:
        texts.append(Text("reach-phone", {"number": service.phone}))
    if service.sms:
        texts.append(Text("reach-sms", {"number": service.sms}))
    if service.hours == "always":
        texts.append(Text("reach-always"))
    elif isinstance(service.hours, DailyHours):
        opens, closes = service.hours.daily
        texts.append(Text("reach-daily", {"opens": opens, "closes": closes}))
    return Lines(tuple(texts))


def _buttons(service: Service) -> list[Button]:
    buttons = []
    if service.url:
        buttons.append(Button(Text("service-link", {"name": _name(service)}), url=service.url))
    if service.chat:
        buttons.append(Button(Text("service-chat", {"name": _name(service)}), url=service.chat))
    return buttons


def _name(service: Service) -> Text:
    return Text(f"service-{service.id}-name")
