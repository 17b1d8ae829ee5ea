"""The conversation tests volunteers write in flows/tests/*.yaml, and the runner itself."""

import pytest

from flows.directory import load_directory
from flows.script import load_scripts
from flows.testing import TESTS_DIR, load_tests, run_case

SCRIPTS = load_scripts()
DIRECTORY = load_directory()
FILES = sorted(TESTS_DIR.glob("*.yaml"))
CASES = [
    pytest.param(path, index, id=f"{path.stem}: {case.name}")
    for path in FILES
    for index, case in enumerate(load_tests(path)[0].tests)
]


@pytest.mark.parametrize(("path", "index"), CASES)
def test_volunteer_conversation(path, index):
    tests, problems = load_tests(path)
    assert not problems
    failures = run_case(path, index, tests.tests[index], SCRIPTS[tests.flow], DIRECTORY)
    assert not failures, "\n".join(map(str, failures))


def test_every_test_file_is_well_formed():
    for path in FILES:
        tests, problems = load_tests(path)
        assert tests is not None, problems
        assert tests.flow in SCRIPTS


def test_a_failing_expectation_says_where_and_why(tmp_path):
    path = tmp_path / "wrong.yaml"
    path.write_text(
        "flow: incident\n"
        "tests:\n"
        "  - name: wrong\n"
        "    do:\n"
        "      - press: begin\n"
        "      - expect: {step: who}\n"
        "      - press: nonsense\n"
    )
    tests, _ = load_tests(path)
    failures = [str(f) for f in run_case(path, 0, tests.tests[0], SCRIPTS["incident"], DIRECTORY)]
    assert failures[0].startswith(f"{path}:6:9: wrong: expected step 'who'")
    assert "the person is at 'danger'" in failures[0]
    assert failures[1].startswith(
        f"{path}:7:9: wrong: press 'nonsense' does nothing at step 'danger'"
    )


def test_a_malformed_test_file_is_reported_with_a_hint(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("flow: incident\ntests:\n  - name: x\n    do:\n      - pres: begin\n")
    tests, problems = load_tests(path)
    assert tests is None
    assert any("did you mean 'press'" in p and p.startswith(f"{path}:5:") for p in problems)
