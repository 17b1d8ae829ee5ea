"""`python -m bot flows …`: what volunteers use on the files they edit.

validate [FILES]  every problem at once, as file:line:col: message (exit 1 if any)
test              run the conversation tests of flows/tests/*.yaml
graph FLOW        a Mermaid diagram of a flow
schema            rewrite flows/schema.json and flows/directory.schema.json from the models
simulate FLOW     walk a flow in the terminal, as a person would (nothing kept)
reload            ask the running bot to load the edited flows and texts (SIGHUP)
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel

from bot.settings import Settings, load_settings
from flows.crisis import (
    CORPUS_DIR,
    CRISIS_DIR,
    CorpusFile,
    LexiconFile,
    corpus_files,
    load_corpus,
    load_lexicon,
)
from flows.directory import DirectoryFile, load_directory
from flows.graph import mermaid
from flows.model import Flow
from flows.script import DIRECTORY_NAME, FLOWS_DIR, FlowError, load_script, load_scripts
from flows.testing import TESTS_DIR, load_tests, run_case
from i18n.catalog import load_catalog
from i18n.check import text_check

SCHEMAS: dict[Path, type[BaseModel]] = {
    FLOWS_DIR / "schema.json": Flow,
    FLOWS_DIR / "directory.schema.json": DirectoryFile,
    FLOWS_DIR / "crisis.schema.json": LexiconFile,
    FLOWS_DIR / "crisis-corpus.schema.json": CorpusFile,
}
PID_FILE = "abri.pid"  # in DATA_DIR, written by the running bot


def validate(files: list[Path]) -> int:
    """Flows, the directory, the crisis lexicons and their corpus, as the bot would load them."""
    files = files or [
        *sorted(FLOWS_DIR.glob("*.yaml")),
        *sorted(CRISIS_DIR.glob("*.yaml")),
        *corpus_files(CORPUS_DIR),
    ]
    check = text_check()
    problems: list[str] = []
    for path in files:
        try:
            if path.name == DIRECTORY_NAME:
                load_directory(path, check_text=check)
            elif path.parent.name == CORPUS_DIR.name:
                load_corpus(path)
            elif path.parent.name == CRISIS_DIR.name:
                load_lexicon(path)
            else:
                load_script(path, check_text=check)
        except FlowError as error:
            problems += [f"{path}:{problem}" for problem in error.problems]
        except OSError as error:
            problems.append(f"{path}:1:1: cannot be read ({error.strerror})")
    for problem in problems:
        print(problem)
    print(f"flows validate: {len(problems)} problem(s) in {len(files)} file(s)", file=sys.stderr)
    return 1 if problems else 0


def run_tests(tests_dir: Path = TESTS_DIR) -> int:
    scripts, directory = load_scripts(), load_directory()
    failures: list[str] = []
    count = 0
    for path in sorted(tests_dir.glob("*.yaml")):
        tests, problems = load_tests(path)
        failures += problems
        if tests is None:
            continue
        if tests.flow not in scripts:
            failures.append(f"{path}:1:1: there is no flow '{tests.flow}'")
            continue
        for index, case in enumerate(tests.tests):
            count += 1
            found = run_case(path, index, case, scripts[tests.flow], directory)
            failures += map(str, found)
    for failure in failures:
        print(failure)
    if count == 0:  # an install without its tests, or an empty folder: not a pass
        print(f"flows test: no test found in {tests_dir}", file=sys.stderr)
        return 1
    print(f"flows test: {count} test(s), {len(failures)} failure(s)", file=sys.stderr)
    return 1 if failures else 0


def graph(flow: str) -> int:
    path = _flow_path(flow)
    print(mermaid(load_script(path).flow), end="")
    return 0


def schemas() -> dict[Path, str]:
    """The JSON Schemas the YAML files point to, as they should be now."""
    return {
        path: json.dumps(
            {"$schema": "https://json-schema.org/draft/2020-12/schema"}
            | model.model_json_schema(by_alias=True),
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
        for path, model in SCHEMAS.items()
    }


def write_schemas() -> int:
    for path, text in schemas().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


def reload(data_dir: Path) -> int:
    pid_file = data_dir / PID_FILE
    try:
        pid = int(pid_file.read_text())
        os.kill(pid, signal.SIGHUP)
    except (OSError, ValueError):
        print(f"abri: no running bot found ({pid_file})", file=sys.stderr)
        return 1
    print(f"asked the bot (pid {pid}) to reload; its log says whether the new flows were taken")
    return 0


async def simulate(flow: str, language: str) -> int:
    """The terminal chat on a throw-away database, starting with this flow file."""
    # Only this command needs the database layer: the others stay quick to start.
    from bot.cli.chat import chat
    from bot.runtime import build_runtime

    script = load_script(_flow_path(flow), check_text=load_catalog().missing)
    with tempfile.TemporaryDirectory(prefix="abri-simulate-") as folder:
        settings = load_settings(Settings, data_dir=Path(folder), bot_token=None, _env_file=None)
        runtime = await build_runtime(settings)
        scripts = {**runtime.scripts, script.flow.id: script}
        runtime.content = replace(runtime.content, scripts=scripts)
        try:
            await chat(runtime, language, flow=script.flow.id)
        finally:
            await runtime.close()
    return 0


def _flow_path(flow: str) -> Path:
    """A flow by id ("incident") or by file name."""
    path = Path(flow)
    return path if path.suffix == ".yaml" else FLOWS_DIR / f"{flow}.yaml"
