"""The referral directory (flows/directory.yaml): services, the rules choosing them, platforms.

Pure data and lookups, like the engine: no Telegram, no texts. The words come from i18n
("service-<id>-name", "service-<id>"), chosen by the caller.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from flows.engine import matches, matches_known
from flows.links import host_of
from flows.model import Condition, Flow, Strict
from flows.positions import YamlPath, nearest
from flows.script import (
    FLOWS_DIR,
    FlowError,
    TextCheck,
    did_you_mean,
    keys_of,
    located,
    parse_yaml,
)
from flows.script import Problem as FlowProblem

DIRECTORY_FILE = FLOWS_DIR / "directory.yaml"
STALE_AFTER = timedelta(days=180)
_PHONE = r"^\+?[0-9][0-9 ]{1,18}$"
_WEB = r"^https://[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$"


class DailyHours(Strict):
    daily: tuple[str, str]  # opens, closes: "09:00", "19:00"

    @field_validator("daily")
    @classmethod
    def _times(cls, value: tuple[str, str]) -> tuple[str, str]:
        if not all(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t) for t in value):
            raise ValueError("hours are written HH:MM, for example 09:00")
        return value

    def open_at(self, moment: time) -> bool:
        """Open at this local time; hours past midnight ("20:00"–"02:00") count too."""
        opens, closes = (time.fromisoformat(t) for t in self.daily)
        if opens <= closes:
            return opens <= moment < closes
        return moment >= opens or moment < closes


class Service(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{1,32}$")
    name: str  # for volunteers; the person reads "service-<id>-name" in their language
    serves: Condition = Field(alias="for")
    phone: str | None = Field(default=None, pattern=_PHONE)
    sms: str | None = Field(default=None, pattern=_PHONE)
    url: str | None = Field(default=None, pattern=_WEB)
    chat: str | None = Field(default=None, pattern=_WEB)
    hours: Literal["always"] | DailyHours | None = None
    emergency: bool = False
    """Shown by /urgence and 🆘: the numbers to call in danger."""
    crisis: bool = False
    """Shown at once to a message with crisis words (flows/crisis/), by country and age."""
    source: str
    verified_on: date


class Route(Strict):
    when: Condition = Field(alias="if")
    send: tuple[str, ...] = ()
    say: tuple[str, ...] = ()


class NoticeRoute(Strict):
    """Where a platform takes a notice of illegal content (DSA art. 16), as its own pages say."""

    url: str = Field(pattern=_WEB)
    source: str
    verified_on: date


class Platform(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{1,24}$")
    name: str
    hosts: list[str]
    # Without a route, the notice says to use the Report button on the content.
    notice: NoticeRoute | None = None


class DirectoryFile(Strict):
    services: list[Service]
    routes: list[Route]
    platforms: tuple[Platform, ...] = ()


DIRECTORY_KEYS = keys_of(DirectoryFile, Service, DailyHours, Route, Platform, NoticeRoute)


@dataclass(frozen=True)
class Referral:
    texts: tuple[str, ...]  # text ids the matching rules add
    services: tuple[Service, ...]


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


class Directory:
    def __init__(self, data: DirectoryFile) -> None:
        self.data = data
        self.services = {service.id: service for service in data.services}

    def refer(self, answers: Mapping[str, str]) -> Referral:
        """Every matching rule adds its texts and services, each shown once, in rule order."""
        texts: dict[str, None] = {}
        chosen: dict[str, None] = {}
        for route in self.data.routes:
            if matches(route.when, answers):
                texts.update(dict.fromkeys(route.say))
                chosen.update(dict.fromkeys(route.send))
        return Referral(tuple(texts), tuple(self.services[i] for i in chosen))

    def emergency(self, country: str | None) -> tuple[Service, ...]:
        """Emergency numbers for the country; all of them while the country is not known."""
        return tuple(
            s
            for s in self.data.services
            if s.emergency and (country is None or matches(s.serves, {"country": country}))
        )

    def crisis(self, country: str | None, age: str | None) -> tuple[Service, ...]:
        """Crisis lines for the writer's country and age, in the directory's order; what is
        not known yet (country, age) does not narrow them: all of them at first."""
        known = {k: v for k, v in {"country": country, "age": age}.items() if v is not None}
        return tuple(s for s in self.data.services if s.crisis and matches_known(s.serves, known))

    def platforms(self, links: Iterable[str]) -> tuple[Platform, ...]:
        """The platforms these links are on, each once, in the order the links came."""
        found: dict[str, Platform] = {}
        for link in links:
            host = host_of(link)
            for platform in self.data.platforms:
                if any(host == h or host.endswith("." + h) for h in platform.hosts):
                    found.setdefault(platform.id, platform)
        return tuple(found.values())

    def platform_of(self, link: str) -> Platform | None:
        """The platform one link is on, if the directory knows it."""
        found = self.platforms([link])
        return found[0] if found else None

    def platform(self, platform_id: str) -> Platform | None:
        return next((p for p in self.data.platforms if p.id == platform_id), None)

    def text_ids(self) -> set[str]:
        return {text_id for _, text_id in _text_uses(self.data)}


def load_directory(path: Path = DIRECTORY_FILE, check_text: TextCheck | None = None) -> Directory:
    source = path.read_text(encoding="utf-8")
    data, problems = parse_yaml(source, DirectoryFile, DIRECTORY_KEYS)
    if data is None:
        raise FlowError(path, located(source, problems))
    directory = Directory(data)
    problems = list(_reference_problems(data))
    if check_text is not None:
        problems += [
            FlowProblem(where, message)
            for where, text_id in _text_uses(data)
            for message in check_text(text_id)
        ]
    if problems:
        raise FlowError(path, located(source, problems))
    return directory


def _text_uses(data: DirectoryFile) -> Iterable[tuple[YamlPath, str]]:
    sent = {service_id for route in data.routes for service_id in route.send}
    for index, service in enumerate(data.services):
        yield ("services", index, "id"), f"service-{service.id}-name"
        yield ("services", index, "id"), f"service-{service.id}"
        if service.id in sent:  # a referral's first message shows it in one line
            yield ("services", index, "id"), f"service-{service.id}-short"
    for index, route in enumerate(data.routes):
        for n, text_id in enumerate(route.say):
            yield ("routes", index, "say", n), text_id


def _reference_problems(data: DirectoryFile) -> Iterable[FlowProblem]:
    ids = [service.id for service in data.services]
    for index, service_id in enumerate(ids):
        if service_id in ids[:index]:
            yield FlowProblem(("services", index, "id"), f"service id '{service_id}' is used twice")
    for index, route in enumerate(data.routes):
        for n, target in enumerate(route.send):
            if target not in ids:
                message = f"rule {index + 1} sends '{target}', which is not a service"
                yield FlowProblem(("routes", index, "send", n), message + did_you_mean(target, ids))
        if not route.send and not route.say:
            message = f"rule {index + 1} neither sends a service nor says anything"
            yield FlowProblem(("routes", index), message)


def check_directory(
    directory: Directory,
    flows: Iterable[Flow],
    today: date,
    where: dict[YamlPath, tuple[int, int]] | None = None,
) -> list[Problem]:
    """What `python -m bot directory check` reports: stale entries, entries no rule reaches,
    people the rules leave with nowhere to go, services sent to people they are not for."""
    where = where or {}
    problems: list[Problem] = []
    for index, service in enumerate(directory.data.services):
        line = nearest(where, ("services", index, "verified_on"))[0]
        if today - service.verified_on > STALE_AFTER:
            days = (today - service.verified_on).days
            problems.append(
                Problem(
                    line,
                    f"service '{service.id}' was last verified {days} days ago "
                    f"({service.verified_on}): check it against its source, then update verified_on",
                )
            )
    cases, unknown = every_case(directory, flows)
    problems += [Problem(1, f"the rules use '{key}', which no flow asks") for key in unknown]
    stranded: list[dict[str, str]] = []
    sent_to: dict[str, list[dict[str, str]]] = {s.id: [] for s in directory.data.services}
    for case in cases:
        referral = directory.refer(case)
        if not referral.services:
            stranded.append(case)
        for service in referral.services:
            sent_to[service.id].append(case)
    if stranded:
        problems.append(Problem(1, f"no service for {_cases_named(stranded)}"))
    for index, service in enumerate(directory.data.services):
        line = nearest(where, ("services", index))[0]
        shown_apart = service.emergency or service.crisis  # by /urgence, 🆘 or crisis words
        if not sent_to[service.id] and not shown_apart:
            problems.append(Problem(line, f"service '{service.id}' is reached by no rule"))
        wrong = [case for case in sent_to[service.id] if not matches(service.serves, case)]
        if wrong:
            message = f"'{service.id}' is sent to {_cases_named(wrong)}, whom it is not for"
            problems.append(Problem(line, message))
    return problems


def every_case(
    directory: Directory, flows: Iterable[Flow]
) -> tuple[list[dict[str, str]], list[str]]:
    """Every combination of the answers the rules look at, as the flow's choices allow."""
    conditions = [r.when for r in directory.data.routes] + [
        s.serves for s in directory.data.services
    ]
    keys = sorted(
        {key for c in conditions for m in (c if isinstance(c, list) else [c]) for key in m}
    )
    choices: dict[str, list[str]] = {}
    for flow in flows:
        for step in flow.steps:
            if step.ask == "choice":
                known = choices.setdefault(step.answer_key, [])
                known += [c.id for c in step.choices if c.id not in known]
    unknown = [key for key in keys if key not in choices]
    known = [key for key in keys if key in choices]
    cases = [
        dict(zip(known, values, strict=True))
        for values in itertools.product(*(choices[k] for k in known))
    ]
    return cases, unknown


def _cases_named(cases: list[dict[str, str]]) -> str:
    """The first case in full, then how many more: enough to find the rule to fix."""
    first = "{" + ", ".join(f"{k}: {v}" for k, v in cases[0].items()) + "}"
    return first + (f" (and {len(cases) - 1} more cases)" if len(cases) > 1 else "")
