"""The checks volunteers run on what they edit: `i18n check` and `directory check`.

Each problem is one line, `file:line: message`, and the exit status is 1 when there is any.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from flows.directory import DIRECTORY_FILE, check_directory, load_directory
from flows.positions import positions
from flows.script import DIRECTORY_NAME, FLOWS_DIR, FlowError, load_script, load_scripts
from i18n.catalog import LANGUAGES, load_catalog
from i18n.check import check


def check_texts() -> int:
    flow_ids = dict.fromkeys(load_directory().text_ids(), DIRECTORY_FILE)
    for path in sorted(FLOWS_DIR.glob("*.yaml")):
        if path.name != DIRECTORY_NAME:
            flow_ids.update(dict.fromkeys(load_script(path).text_ids(), path))
    problems = check(flow_ids)
    for problem in problems:
        print(problem)
    print(f"i18n check: {len(problems)} problem(s) in {', '.join(LANGUAGES)}", file=sys.stderr)
    return 1 if problems else 0


def check_directory_file(path: Path, today: date) -> int:
    try:
        directory = load_directory(path, check_text=load_catalog().missing)
    except FlowError as error:
        for located in error.problems:
            print(f"{path}:{located}")
        return 1
    flows = [script.flow for script in load_scripts().values()]
    where = positions(path.read_text(encoding="utf-8"))
    problems = check_directory(directory, flows, today, where)
    for problem in problems:
        print(f"{path}:{problem.line}: {problem.message}")
    print(f"directory check: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0
