"""The built wheel is complete: installed in a fresh virtual environment, away from the source
tree, the volunteers' commands find every file they read."""

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

from tests.processes import ROOT

SITE_PACKAGES = Path(sysconfig.get_paths()["purelib"])  # the dependencies, already installed
UNPACKAGED = (".git", ".venv", "node_modules", "__pycache__", "*.egg-info", "build", "data")


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_the_installed_wheel_runs_the_flow_tests_and_the_text_check(tmp_path):
    # Built from a copy: setuptools leaves build/ and *.egg-info/ beside the sources.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*UNPACKAGED))
    built = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
        "--wheel-dir", tmp_path / "dist", source, cwd=tmp_path,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("abri-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "flows/schema.json",
        "flows/directory.schema.json",
        "flows/tests/incident.yaml",
        "flows/directory.yaml",
        "i18n/fr/bot.ftl",
        "bot/telegram/fonts/DejaVuSans.ttf",
    ):
        assert needed in names, f"{needed} is missing from the wheel"
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names), "no licence"

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    installed = run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        wheel, cwd=tmp_path,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]
    # The dependencies come from this environment's site-packages, added as a plain path: its
    # .pth files (the editable install of the source tree among them) are not read from there.
    fresh_site = next((fresh / "lib").glob("python3*/site-packages"))
    (fresh_site / "dependencies.pth").write_text(f"{SITE_PACKAGES}\n")

    where = run(
        python, "-c", "import bot, flows; print(bot.__file__, flows.__file__)", cwd=tmp_path
    )
    assert where.returncode == 0, where.stderr
    assert all(path.startswith(str(fresh)) for path in where.stdout.split()), where.stdout

    flow_tests = run(python, "-m", "bot", "flows", "test", cwd=tmp_path)
    assert flow_tests.returncode == 0, flow_tests.stdout + flow_tests.stderr
    count = int(flow_tests.stderr.split("flows test: ")[1].split(" test(s)")[0])
    assert count >= 8, flow_tests.stderr
    texts = run(python, "-m", "bot", "i18n", "check", cwd=tmp_path)
    assert texts.returncode == 0, texts.stdout + texts.stderr
    assert "i18n check: 0 problem(s)" in texts.stderr


def test_a_flow_test_folder_without_tests_says_so_and_fails(tmp_path, capsys):
    from bot.cli import flows as flows_cli

    assert flows_cli.run_tests(tmp_path) == 1
    assert "no test found" in capsys.readouterr().err
