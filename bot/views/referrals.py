"""How directory services are shown: words from i18n, numbers and addresses from the data.

Phone numbers stay plain text (Telegram lets a person tap them); web addresses become buttons,
so no address is ever shown as a link preview.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    buttons = [
        Button(Text("service-chat", {"name": _name(s)}), url=s.chat) for s in services if s.chat
    ]
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def referral_parts(
    directory: Directory, answers: Mapping[str, str], platforms: tuple[str, ...]
) -> tuple[tuple[Text | Lines, ...], tuple[tuple[Button, ...], ...]]:
    """Where to turn, for these answers: the texts, then one paragraph per service, then how to
    report on the platforms of the links given (ids); web addresses as rows of buttons."""
    referral = directory.refer(answers)
    parts: list[Text | Lines] = [Text(text_id) for text_id in referral.texts]
    parts += [_service(service) for service in referral.services]
    for platform_id in platforms:
        platform = directory.platform(platform_id)
        if platform is not None:
            parts.append(Text("platform-report", {"platform": platform.id, "name": platform.name}))
    buttons = [b for service in referral.services for b in _buttons(service)]
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    return tuple(parts), rows


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
