"""`python -m bot directory check`: what volunteers must re-verify or fix in the directory."""

import subprocess
import sys
from datetime import date
from pathlib import Path

from bot.cli.checks import check_directory_file
from flows.directory import DIRECTORY_FILE, load_directory

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 21)


def test_the_project_directory_passes_the_check():
    # As of the day it was last reviewed, not today: whether entries are due for a new check
    # depends on the calendar (volunteers run the check themselves), the rest does not.
    reviewed = max(service.verified_on for service in load_directory().data.services)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "directory", "check", "--on", reviewed.isoformat()],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert "0 problem(s)" in result.stderr


def broken(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = DIRECTORY_FILE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "directory.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def lines_of(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_stale_unreached_and_misrouted_entries_are_reported_with_their_line(tmp_path, capsys):
    path = broken(
        tmp_path,
        ("verified_on: 2026-12-01", "verified_on: 2026-04-01"),  # line_3114, 234 days before
        ("send: [pharos, point_de_contact]", "send: [pharos]"),  # point_de_contact unreached
        ("send: [bee_helpline, police_lu, stopncii, scas]", "send: [bee_helpline, police_lu, stopncii, scas, stopline]"),
    )  # fmt: skip
    assert check_directory_file(path, TODAY) == 1
    out = lines_of(capsys)
    source = path.read_text().splitlines()
    stale = next(line for line in out if "line_3114" in line)
    assert "234 days ago" in stale and "verified_on" in stale
    number = int(stale.split(":")[1])
    assert source[number - 1].strip() == "verified_on: 2026-04-01", "points at the line to fix"
    assert any("'point_de_contact' is reached by no rule" in line for line in out)
    misrouted = next(line for line in out if "'stopline' is sent to" in line)
    assert (
        "age: adult" in misrouted
        and "country: lu" in misrouted
        and "whom it is not for" in misrouted
    )
    assert len(out) == 3


def test_people_left_without_a_door_are_reported(tmp_path, capsys):
    path = broken(
        tmp_path,
        ("  - if: {country: other}\n    say: [referral-elsewhere]\n    send: [platform_report]\n", ""),
        ("  - if: {country: other, age: adult, kind: [ai_image, shared_image, sextortion, other]}\n    send: [stopncii]\n", ""),
    )  # fmt: skip
    assert check_directory_file(path, TODAY) == 1
    assert any("no service for {" in line and "country: other" in line for line in lines_of(capsys))


def test_unknown_services_and_missing_texts_stop_the_load(tmp_path, capsys):
    path = broken(
        tmp_path,
        ("send: [stopline]", "send: [stoplin]"),
        ("  - id: kjt\n", "  - id: kjt_new\n"),
    )
    assert check_directory_file(path, TODAY) == 1
    out = "\n".join(lines_of(capsys))
    assert "sends 'stoplin', which is not a service" in out
    assert "text 'service-kjt_new-name' is missing" in out
