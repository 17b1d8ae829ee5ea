"""`python -m bot crisis check`: the crisis lexicons against their corpus. Every message of a
corpus's `heard` list must be heard (CI fails on one miss), and at most MAX_FALSE_ALARMS of its
`ordinary` list may be. Prints each miss and each false alarm, then the figures."""

from __future__ import annotations

import sys
from pathlib import Path

from flows.crisis import (
    CORPUS_DIR,
    CRISIS_DIR,
    corpus_files,
    load_corpus,
    load_crisis_words,
    run_corpus,
)

MAX_FALSE_ALARMS = 0.05


def check(lexicons: Path = CRISIS_DIR, corpus_dir: Path = CORPUS_DIR) -> int:
    words = load_crisis_words(lexicons)
    corpus = {path.stem: load_corpus(path) for path in corpus_files(corpus_dir)}
    failed = False
    for result in run_corpus(words, corpus):
        where = corpus_dir / f"{result.language}.yaml"
        for text in result.missed:
            print(f"{where}: missed (must be heard): {text}")
        for text in result.false_alarms:
            print(f"{where}: false alarm: {text}")
        rate = result.false_alarm_rate
        failed |= bool(result.missed) or rate > MAX_FALSE_ALARMS
        print(
            f"crisis check {result.language}: {result.heard_total} crisis messages, "
            f"{len(result.missed)} missed; {result.ordinary_total} ordinary, "
            f"{len(result.false_alarms)} false alarm(s) ({rate:.1%}, at most "
            f"{MAX_FALSE_ALARMS:.0%})",
            file=sys.stderr,
        )
    if not corpus:
        print(f"crisis check: no corpus in {corpus_dir}", file=sys.stderr)
        return 1
    return 1 if failed else 0
