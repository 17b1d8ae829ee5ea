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
    # Attribute docstrings become descriptions in flows/schema.json: editors show them.
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Say(Strict):
    """One block of text, shown only when its condition holds."""

    text: str
    when: Condition | None = Field(default=None, alias="if")


class Choice(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]{0,19}$")
    text: str
    days_ago: tuple[int, int] | None = Field(default=None, examples=[[0, 0], [0, 6]])
    """On a date question: the days before the answer this choice means, from the latest to the
    earliest ([1, 1]: yesterday). The dossier then prints dates, never "today"."""


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
    """Stable name of the step: never rename a step people may be on."""
    say: list[str | Say]
    """Text ids (from i18n/<lang>/*.ftl), shown in order; {text, if} shows one only if."""
    ask: AskType = "none"
    """What the person answers: none, choice, text, url (links) or date."""
    key: str | None = None
    """The name the answer is kept under (the step id if not given)."""
    choices: list[Choice] = []
    """Buttons: {id, text}. The id is what conditions test; the text is a text id."""
    optional: bool = False
    """Adds a "Skip" button."""
    next: str | list[Rule] | None = None
    """The next step, or rules: [{if: {...}, then: step}, …, {else: step}]."""
    final: bool = False
    """The end of the flow: shows the menu."""
    remind: bool = False
    """Choices are numbers of days ("1", "3", "7") or "no": answering plans a discreet check-in."""
    each_link: bool = False
    """Asked once for each link the person saved and has not yet said is gone, the link shown
    under the question (the person checks; the bot never opens a link). Choices "yes" (gone),
    "no" (still online), "unknown"; the answer kept is "no" if any link is still online."""
    dated: bool = False
    """Keeps the day it was answered (sealed with the answer), and the dossier prints it: "the
    platform refused, on 3 December" starts the time to contest its decision."""
    services: Literal["emergency", "referral"] | None = None
    """After the texts, from flows/directory.yaml: the emergency numbers for the person's
    country, or where to turn, chosen by the directory's rules from the answers."""

    @property
    def answer_key(self) -> str:
        return self.key or self.id


class Flow(Strict):
    id: str
    """The flow's name (incident, followup…)."""
    start: str
    """The id of the first step."""
    carry: list[str] = []
    """Answers a new conversation in this flow takes over from the person's previous one."""
    informal_when: Condition | None = None
    """When French and German speak informally (tu, du): $register is then "informal"."""
    child_shown_when: Condition | None = None
    """When a child is shown: the bot then never lets an image be kept, even as a screenshot."""
    story: str | None = None
    """The answer key of the person's own account (describe): a message typed at the first
    step, before any question, is kept there, as the beginning of their story."""
    steps: list[Step]
