"""The shape of a flow file, as pydantic models (the single source of the format)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# A condition is a mapping answer-key -> accepted value(s), all keys must match;
# a list of such mappings matches when any of them does.
Match = dict[str, str | list[str]]
Condition = Match | list[Match]

AskType = Literal["none", "choice", "text", "url", "date"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Say(Strict):
    """One block of text, shown only when its condition holds."""

    text: str
    when: Condition | None = Field(default=None, alias="if")


class Choice(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]{0,19}$")
    text: str


class Rule(Strict):
    when: Condition | None = Field(default=None, alias="if")
    then: str | None = None
    otherwise: str | None = Field(default=None, alias="else")

    @model_validator(mode="after")
    def _one_target(self) -> Rule:
        if (self.when is None) == (self.otherwise is None):
            raise ValueError("a rule is either 'if' with 'then', or 'else'")
        if self.when is not None and self.then is None:
            raise ValueError("an 'if' needs a 'then'")
        return self

    @property
    def target(self) -> str:
        return self.then if self.when is not None else self.otherwise  # type: ignore[return-value]


class Step(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{1,24}$")
    say: list[str | Say]
    ask: AskType = "none"
    key: str | None = None
    choices: list[Choice] = []
    optional: bool = False
    next: str | list[Rule] | None = None
    final: bool = False
    # Choices are numbers of days ("1", "3", "7") or "no": answering plans a discreet check-in.
    remind: bool = False
    # After the texts, services from flows/directory.yaml: the emergency numbers for the
    # person's country, or where to turn, chosen by the directory's rules from the answers.
    services: Literal["emergency", "referral"] | None = None

    @property
    def answer_key(self) -> str:
        return self.key or self.id


class Flow(Strict):
    id: str
    start: str
    # Answers a new conversation in this flow takes over from the person's previous one.
    carry: list[str] = []
    informal_when: Condition | None = None
    # When a child is shown: the bot then never lets an image be kept, even as a screenshot.
    child_shown_when: Condition | None = None
    steps: list[Step]
