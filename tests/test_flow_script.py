"""Flow files: the real one is valid, and a broken one reports every problem at once."""

from dataclasses import replace

import pytest

from flows.engine import Back, Press, Typed, advance, begin, view
from flows.script import FLOWS_DIR, FlowError, load_script
from flows.script import _targets as next_steps
from i18n.catalog import load_catalog

BROKEN = """
id: broken
start: first
steps:
  - id: first
    say: [welcome]
    ask: choice
    choices: [{id: a, text: who-me}]
    next:
      - {if: {first: a}, then: missing}
  - id: lonely
    say: [welcome]
    next: first
  - id: first
    say: [no-such-text]
    final: true
"""


def test_the_incident_flow_is_valid_with_every_text_present():
    catalog = load_catalog()
    script = load_script(FLOWS_DIR / "incident.yaml", check_text=catalog.missing)
    assert script.flow.start == "welcome"
    assert len(script.version) == 12


def test_a_broken_flow_lists_every_problem(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN)
    with pytest.raises(FlowError) as caught:
        load_script(path, check_text=load_catalog().missing)
    problems = "\n".join(caught.value.problems)
    assert "step id 'first' is used twice" in problems
    assert "next step 'missing' does not exist" in problems
    assert "the last rule of 'next' must be an 'else'" in problems
    assert "'lonely' cannot be reached" in problems
    assert "text 'no-such-text' is missing" in problems


def test_not_yaml_and_unknown_fields_are_reported(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nstart: a\nsteps: [{id: a, say: [welcome], color: red, final: true}]\n")
    with pytest.raises(FlowError, match="color"):
        load_script(path)
    path.write_text("id: [unclosed")
    with pytest.raises(FlowError, match="not valid YAML"):
        load_script(path)


def test_progress_back_and_answers():
    script = load_script(FLOWS_DIR / "incident.yaml")
    state = begin(script)
    first = view(script, state)
    assert (first.current, first.total) == (1, 17), "the longest way: danger, blackmail, a witness"
    state = advance(script, state, Press("welcome", "begin")).state
    state = advance(script, state, Press("danger", "no")).state
    assert state.step == "kind" and state.answers["danger"] == "no"
    assert view(script, state).current == 3
    state = advance(script, state, Back()).state
    assert state.step == "danger" and "danger" not in state.answers
    outcome = advance(script, state, Typed("hello"))
    assert outcome.notice == "notice-typed-kept" and outcome.state == state, "asked again"
    assert [(s.field, s.text) for s in outcome.saved] == [("note", "hello")], "and kept"
    welcome = advance(script, begin(script), Typed("aide moi"))
    assert welcome.notice == "notice-typed-story" and welcome.state.step == "welcome"
    assert [(s.field, s.text) for s in welcome.saved] == [("describe", "aide moi")]
    stale = advance(script, state, Press("welcome", "begin"))
    assert stale.stale and stale.state == state


def test_the_step_count_never_grows_as_a_person_goes_on():
    """ "Step 3 of 15" after "of 14" reads as the road getting longer: each step is counted
    against the longest way from it, so the next one can only say as much or less."""
    for path in sorted(FLOWS_DIR.glob("*.yaml")):
        if path.name == "directory.yaml":
            continue
        script = load_script(path)
        for step in script.flow.steps:
            here = view(script, replace(begin(script), step=step.id))
            for target in next_steps(step):
                there = view(script, replace(begin(script), step=target, history=(step.id,)))
                assert there.total <= here.total, (path.name, step.id, target)
