"""Property tests of the flow engine: whatever a person presses or types, in any order, the
conversation stays in a state the flow can show and continue from."""

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.engine import DONE, GO, SKIP, Back, Press, State, Typed, advance, begin, view
from flows.script import load_scripts

SCRIPTS = load_scripts()
TEXTS = st.text(max_size=300) | st.sampled_from(
    ["https://example.org/p/1", "javascript:alert(1)", "\u202e\x00", "x" * 5000, "", "21/11"]
)


def moves(script):
    """Presses of any choice of any step (the current one or not), typed text, or back."""
    steps = list(script.steps)
    choices = sorted({c.id for s in script.flow.steps for c in s.choices} | {GO, SKIP, DONE, "?"})
    press = st.builds(Press, st.sampled_from(steps), st.sampled_from(choices))
    return st.lists(st.one_of(press, st.builds(Typed, TEXTS), st.just(Back())), max_size=40)


def assert_valid(script, state: State) -> None:
    assert state.step in script.steps
    assert all(step in script.steps for step in state.history)
    assert state.step not in state.history[-1:], "never stuck on itself"
    shown = view(script, state)  # it can be shown
    assert shown.current == len(state.history) + 1 and shown.total >= shown.current
    if not shown.step.final:
        assert shown.buttons or shown.step.ask in ("text", "date", "url"), "a way on"


def walk(script, inputs) -> None:
    state = begin(script)
    for given_input in inputs:
        outcome = advance(script, state, given_input)
        assert_valid(script, outcome.state)
        for saved in outcome.saved:
            assert isinstance(given_input, Typed) and saved.text, "only typed text is saved"
        state = outcome.state


@settings(max_examples=300)
@given(st.data())
def test_any_sequence_keeps_the_incident_flow_valid(data):
    script = SCRIPTS["incident"]
    walk(script, data.draw(moves(script)))


@settings(max_examples=150)
@given(st.data())
def test_any_sequence_keeps_the_follow_up_flow_valid(data):
    script = SCRIPTS["followup"]
    walk(script, data.draw(moves(script)))


@given(st.lists(st.just(Back()), max_size=5))
def test_back_at_the_start_stays_at_the_start(backs):
    script = SCRIPTS["incident"]
    state = begin(script)
    for back in backs:
        state = advance(script, state, back).state
    assert state == begin(script)
