"""Crisis words: whether a message says the person wants to die, to hurt themself, has taken
pills or is in danger. Pure data and matching, like the engine: the lexicons are the files
volunteers edit, `flows/crisis/<lang>.yaml`, and `python -m bot crisis check` runs them on the
corpus in `flows/crisis/corpus/`.

How a message is compared, the same way for the message and for the lexicon's phrases:
lower case; accents and umlauts removed; every character that is not a letter or a digit becomes
a space; a letter repeated counts once ("mouriiir" and "mourir" alike); each word that the
lexicon writes in SMS spelling is replaced by what it stands for; the lexicon's "ordinary"
phrases become a barrier no phrase crosses. A "heard" phrase is found when its words come in
order within one stretch, with at most GAP other words between two of them; a word ending in
"*" stands for every word that begins so. Every language's lexicon is tried: people do not
always write in the language Telegram says.

Deterministic and explainable on purpose: no model, no network, and a volunteer can tell from
the file why a message was or was not heard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, field_validator

from flows.model import Strict
from flows.script import FLOWS_DIR, FlowError, keys_of, located, parse_yaml

CRISIS_DIR = FLOWS_DIR / "crisis"
CORPUS_DIR = CRISIS_DIR / "corpus"
GAP = 3  # other words allowed between two words of a phrase
BARRIER = "|"
_NOT_A_WORD = re.compile(r"[^0-9a-z|]+")
_REPEATS = re.compile(r"([a-z])\1+")
_FOLDED = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l"})


class LexiconFile(Strict):
    language: str = Field(pattern=r"^[a-z]{2}$")
    spellings: dict[str, str] = Field(default_factory=dict)
    """Words written the SMS way, and what they stand for ("jsuis": "je suis")."""
    heard: list[str] = Field(min_length=1)
    """Phrases that mean the person may want to die, hurt themself, or is in danger."""
    ordinary: list[str] = Field(default_factory=list)
    """Phrases that look like the ones above but mean something else ("mort de honte")."""

    @field_validator("heard", "ordinary")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            words = phrase.split()
            if not words or any(w == "*" or "*" in w[:-1] for w in words):
                raise ValueError(f"'{phrase}': words only; a * may end a word (suicid*)")
        return phrases


class CorpusFile(Strict):
    heard: list[str] = Field(min_length=1)
    """Messages that must get the crisis lines."""
    ordinary: list[str] = Field(min_length=1)
    """Messages about the incident that should not."""


LEXICON_KEYS = keys_of(LexiconFile)
CORPUS_KEYS = keys_of(CorpusFile)


def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only, a repeated letter once."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_FOLDED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _REPEATS.sub(r"\1", _NOT_A_WORD.sub(" ", plain)).strip()


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]  # folded; a word ending in "*" is a prefix

    def found_at(self, words: list[str], start: int) -> bool:
        """Whether the phrase begins at words[start] and the rest follows within reach."""
        if not _same(words[start], self.words[0]):
            return False
        at = start + 1
        for wanted in self.words[1:]:
            found = None
            for i in range(at, min(len(words), at + GAP + 1)):
                if words[i] == BARRIER:
                    break  # an ordinary phrase stands between: not this phrase
                if _same(words[i], wanted):
                    found = i
                    break
            if found is None:
                return False
            at = found + 1
        return True


def _same(word: str, wanted: str) -> bool:
    return word.startswith(wanted[:-1]) if wanted.endswith("*") else word == wanted


class Lexicon:
    """One language's crisis words, compiled."""

    def __init__(self, data: LexiconFile) -> None:
        self.language = data.language
        self.spellings = {fold(k): fold(v) for k, v in data.spellings.items()}
        self.heard = [self._phrase(p) for p in data.heard]
        self.ordinary = [self._words(p) for p in data.ordinary]
        # Phrases by their first word, so a long message is not tried against all of them at
        # every word; those beginning with a prefix (suicid*) are tried everywhere.
        self._by_first: dict[str, list[_Phrase]] = {}
        self._by_prefix = [p for p in self.heard if p.words[0].endswith("*")]
        for phrase in self.heard:
            if not phrase.words[0].endswith("*"):
                self._by_first.setdefault(phrase.words[0], []).append(phrase)

    def _words(self, text: str) -> list[str]:
        """The message's words, SMS spellings replaced."""
        out: list[str] = []
        for word in fold(text).split():
            out += self.spellings.get(word, word).split()
        return out

    def _phrase(self, phrase: str) -> _Phrase:
        words: list[str] = []
        for raw in phrase.split():
            folded = self._words(raw)
            if raw.endswith("*") and folded:
                folded[-1] += "*"  # fold() turned the * into a space
            words += folded
        return _Phrase(tuple(words))

    def hears(self, text: str) -> bool:
        words = _with_barriers(self._words(text), self.ordinary)
        for start, word in enumerate(words):
            for phrase in [*self._by_first.get(word, ()), *self._by_prefix]:
                if phrase.found_at(words, start):
                    return True
        return False


def _with_barriers(words: list[str], ordinary: list[list[str]]) -> list[str]:
    """Each ordinary phrase, where it stands word for word, becomes one barrier."""
    out, index = [], 0
    while index < len(words):
        match = next((o for o in ordinary if o and words[index : index + len(o)] == o), None)
        if match is None:
            out.append(words[index])
            index += 1
        else:
            out.append(BARRIER)
            index += len(match)
    return out


@dataclass(frozen=True)
class CrisisWords:
    lexicons: Mapping[str, Lexicon]

    def heard(self, text: str) -> bool:
        """Whether any language's lexicon hears a crisis in this message."""
        return any(lexicon.hears(text) for lexicon in self.lexicons.values())


def load_lexicon(path: Path) -> Lexicon:
    source = path.read_text(encoding="utf-8")
    data, problems = parse_yaml(source, LexiconFile, LEXICON_KEYS)
    if data is None:
        raise FlowError(path, located(source, problems))
    return Lexicon(data)


def load_crisis_words(folder: Path = CRISIS_DIR) -> CrisisWords:
    lexicons = [load_lexicon(path) for path in sorted(folder.glob("*.yaml"))]
    if not lexicons:
        raise FlowError(folder, ["1:1: no crisis lexicon (<lang>.yaml) in this folder"])
    return CrisisWords({lexicon.language: lexicon for lexicon in lexicons})


def load_corpus(path: Path) -> CorpusFile:
    source = path.read_text(encoding="utf-8")
    data, problems = parse_yaml(source, CorpusFile, CORPUS_KEYS)
    if data is None:
        raise FlowError(path, located(source, problems))
    return data


@dataclass(frozen=True)
class CorpusResult:
    language: str
    missed: tuple[str, ...]  # crisis messages not heard
    false_alarms: tuple[str, ...]  # ordinary messages heard as a crisis
    heard_total: int
    ordinary_total: int

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.ordinary_total


def run_corpus(words: CrisisWords, corpus: Mapping[str, CorpusFile]) -> list[CorpusResult]:
    return [
        CorpusResult(
            language,
            tuple(text for text in data.heard if not words.heard(text)),
            tuple(text for text in data.ordinary if words.heard(text)),
            len(data.heard),
            len(data.ordinary),
        )
        for language, data in sorted(corpus.items())
    ]


def corpus_files(folder: Path = CORPUS_DIR) -> Iterable[Path]:
    return sorted(folder.glob("*.yaml"))
