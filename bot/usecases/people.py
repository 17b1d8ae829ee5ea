"""What the bot knows of a person, sealed as one value under their data key: their choices
(language, time zone, how long to keep their data), where they stand in a conversation, and the
bookkeeping of that conversation (steps already counted, platforms seen). Nothing of it is in
clear in the database (storage/people.py holds only the ciphertext)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flows.engine import State
from i18n.dates import zone_for

# How long a person's data is kept after they last wrote, unless they choose otherwise
# (/help says so).
DEFAULT_KEEP_DAYS = 180


@dataclass(frozen=True)
class Conversation:
    """Where a person is in a flow, with what the bot counts about it (ids only)."""

    flow_id: str
    version: str
    step: str
    history: tuple[str, ...] = ()
    answers: Mapping[str, str] = field(default_factory=dict)
    reached: frozenset[str] = frozenset()  # steps counted in the funnel, once per conversation
    answered: frozenset[str] = frozenset()
    platforms: tuple[str, ...] = ()  # ids of the platforms of the links given
    updated_at: datetime | None = None

    @property
    def state(self) -> State:
        """What the flow engine needs."""
        return State(self.flow_id, self.version, self.step, self.history, self.answers)

    def moved(self, state: State, at: datetime) -> Conversation:
        return replace(
            self,
            step=state.step,
            history=state.history,
            answers=dict(state.answers),
            updated_at=at,
        )


def conversation_of(state: State, at: datetime) -> Conversation:
    return Conversation(
        state.flow_id, state.version, state.step, state.history, dict(state.answers), updated_at=at
    )


def answered_on(answer_key: str) -> str:
    """Where the day a relative date ("yesterday") was answered is kept, beside the answer."""
    return f"{answer_key}_answered_on"


@dataclass(frozen=True)
class PersonState:
    language: str
    language_chosen: bool = False  # with /language; else it follows Telegram and the country
    time_zone: str | None = None  # chosen in /reminders; else the country's
    awaiting: str | None = None  # "note": the next message is a note
    held: str | None = None  # text set aside until the person says whether to keep it
    conversation: Conversation | None = None
    keep_days: int | None = DEFAULT_KEEP_DAYS  # None: until the person deletes it
    next_position: int = 0  # the place of their next note in the order they wrote
    # Saved links asked about at a check-in (entry id → the day the person said it is gone, or
    # "" while it is not), those of an `each_link` step still to ask about now (entry id, link,
    # the day it was saved), and what this round's answers add up to so far.
    links_checked: Mapping[str, str] = field(default_factory=dict)
    links_to_ask: tuple[tuple[str, str, str], ...] = ()
    links_round: str = ""
    # The number of their topic in the counsellors' group ("Person 4821"), kept until /delete.
    pseudonym: int | None = None

    def zone(self) -> ZoneInfo:
        """The zone chosen in /reminders, else the country's, else UTC."""
        if self.time_zone:
            return ZoneInfo(self.time_zone)
        return zone_for(self.conversation.answers.get("country") if self.conversation else None)

    def expires_on(self, today: date) -> date | None:
        return None if self.keep_days is None else today + timedelta(days=self.keep_days)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "language": self.language,
            "language_chosen": self.language_chosen,
            "time_zone": self.time_zone,
            "awaiting": self.awaiting,
            "held": self.held,
            "keep_days": self.keep_days,
            "next_position": self.next_position,
            "links_checked": dict(self.links_checked),
            "links_to_ask": [list(link) for link in self.links_to_ask],
            "links_round": self.links_round,
            "pseudonym": self.pseudonym,
            "conversation": None,
        }
        if self.conversation is not None:
            c = self.conversation
            data["conversation"] = {
                "flow_id": c.flow_id,
                "version": c.version,
                "step": c.step,
                "history": list(c.history),
                "answers": dict(c.answers),
                "reached": sorted(c.reached),
                "answered": sorted(c.answered),
                "platforms": list(c.platforms),
                "updated_at": c.updated_at.isoformat() if c.updated_at else None,
            }
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PersonState:
        c = data.get("conversation")
        conversation = None
        if c:
            conversation = Conversation(
                c["flow_id"],
                c["version"],
                c["step"],
                tuple(c["history"]),
                dict(c["answers"]),
                frozenset(c["reached"]),
                frozenset(c["answered"]),
                tuple(c["platforms"]),
                datetime.fromisoformat(c["updated_at"]) if c.get("updated_at") else None,
            )
        return cls(
            data["language"],
            data["language_chosen"],
            data["time_zone"],
            data["awaiting"],
            data["held"],
            conversation,
            data["keep_days"],
            data["next_position"],
            dict(data.get("links_checked", {})),
            tuple(tuple(link) for link in data.get("links_to_ask", ())),
            data.get("links_round", ""),
            data.get("pseudonym"),
        )
