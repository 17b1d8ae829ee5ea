"""`python -m bot flows …`: validate (every problem, file:line:col, hints), graph, schema."""

import os
import subprocess
import sys
from pathlib import Path

from bot.cli.flows import schemas
from flows.graph import mermaid
from flows.script import load_scripts

ROOT = Path(__file__).resolve().parents[1]

BROKEN = """\
id: broken
start: welcom
steps:
  - id: welcome
    say: [welcome, no-such-txt]
    ask: choise
    next: danger

  - id: danger
    say: [danger-question]
    ask: choice
    choices:
      - {id: "yes", text: danger-yes}
    next:
      - {if: {danger: "yes"}, then: emergncy}

  - id: emergency
    say: [emergency-title]
    colour: red
"""


def flows(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "flows", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_the_project_flows_are_valid():
    result = flows("validate")
    assert result.returncode == 0, result.stdout
    assert "0 problem(s) in 9 file(s)" in result.stderr  # flows, directory, crisis words


def test_every_problem_is_reported_at_once_with_line_column_and_hint(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN)
    result = flows("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        f"{path}:6:10: 'steps.0.ask': Input should be 'none', 'choice', 'text', 'url' or 'date'"
        in lines
    )
    assert f"{path}:19:13: unknown key 'colour'" in lines

    # Once the form is right, the graph and the texts are checked, all problems together.
    path.write_text(BROKEN.replace("choise", "none").replace("    colour: red\n", ""))
    lines = flows("validate", str(path)).stdout.splitlines()
    expected = [
        f"{path}:2:8: start step 'welcom' does not exist (did you mean 'welcome'?)",
        f"{path}:5:20: text 'no-such-txt' is missing in i18n/fr, i18n/en, i18n/de",
        f"{path}:15:37: step 'danger': next step 'emergncy' does not exist (did you mean 'emergency'?)",
        f"{path}:15:7: step 'danger': the last rule of 'next' must be an 'else'",
        f"{path}:17:5: step 'emergency': a dead end: give it a 'next' (or 'final: true')",
        f"{path}:17:9: step 'emergency' cannot be reached from 'welcom'",
    ]
    for line in expected:
        assert line in lines, "\n".join(lines)


def test_a_text_with_other_variables_in_one_language_is_reported(tmp_path):
    from i18n.check import text_check

    assert text_check()("age-question") == []
    assert "did you mean 'age-question'" in text_check()("age-questio")[0]


def test_the_json_schema_is_up_to_date():
    for path, text in schemas().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run `python -m bot flows schema`"
        )


def test_the_docs_show_the_current_diagram_of_each_flow():
    docs = (ROOT / "docs" / "flows.md").read_text(encoding="utf-8")
    for flow_id, script in load_scripts().items():
        assert f"```mermaid\n{mermaid(script.flow)}```" in docs, (
            f"docs/flows.md: the diagram of '{flow_id}' is out of date: "
            f"paste the output of `python -m bot flows graph {flow_id}`"
        )


def test_graph_draws_every_step_and_condition():
    result = flows("graph", "incident")
    assert result.returncode == 0
    assert 's_danger -- "danger = yes" --> s_emergency' in result.stdout
    assert 's_end(["end"])' in result.stdout


def test_simulate_walks_a_flow_in_the_terminal_and_keeps_nothing(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "flows", "simulate", "incident", "--lang", "en"],
        cwd=tmp_path,  # nothing may be written where it runs
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ["PYTHONPATH"]])},
        input="1\n2\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Are you in danger right now?" in result.stdout
    assert "What happened?" in result.stdout, "what is happening is asked first"
    assert list(tmp_path.iterdir()) == []


def test_flows_test_runs_the_volunteers_conversations():
    result = flows("test")
    assert result.returncode == 0, result.stdout
    assert "0 failure(s)" in result.stderr


def test_a_loop_with_no_way_out_is_a_dead_end(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text(
        "id: loop\nstart: a\nsteps:\n"
        "  - {id: a, say: [welcome], next: b}\n"
        "  - {id: b, say: [welcome], next: a}\n"
        "  - {id: c, say: [welcome], final: true}\n"
    )
    lines = flows("validate", str(path)).stdout.splitlines()
    assert any("step 'a' never leads to an end" in line for line in lines)
    assert any("step 'c' cannot be reached" in line for line in lines)
