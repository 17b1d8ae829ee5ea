"""`python -m bot i18n check` finds every kind of problem, with file and line."""

import shutil
import subprocess
import sys
from pathlib import Path

from i18n.catalog import I18N_DIR
from i18n.check import check

ROOT = Path(__file__).resolve().parents[1]


def test_the_project_texts_pass_the_check():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "i18n", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "0 problem(s)" in result.stderr


def test_missing_mismatched_empty_and_unused_texts_are_reported(tmp_path):
    root = tmp_path / "i18n"
    shutil.copytree(I18N_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    german = root / "de" / "bot.ftl"
    lines = [line for line in german.read_text().splitlines() if not line.startswith("held-drop")]
    text = "\n".join(lines).replace(
        "note-saved = Notiz gespeichert, verschlüsselt, mit Datum.",
        "note-saved = Notiz { $count } gespeichert.",
    )
    german.write_text(text + '\nnotes-extra = { "" }\n')
    (root / "fr" / "bot.ftl").write_text((root / "fr" / "bot.ftl").read_text() + "orphan = x\n")
    problems = "\n".join(check({}, root))
    assert "bot/views/screens.py:" in problems and "'held-drop' is missing in i18n/de" in problems
    assert (
        "de/bot.ftl:" in problems
        and "'note-saved' uses $count but fr uses no variables" in problems
    )
    assert "'notes-extra' is empty" in problems
    assert "'orphan' is never used" in problems
