"""Start-up: a wrong or missing setting is one clear line and exit status 2, never a traceback."""

import asyncio
import base64
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TOKEN
from tests.servers import BACKEND, database_bytes

ROOT = Path(__file__).resolve().parents[1]
OTHER_KEY = base64.b64encode(b"k" * 32).decode()


def run_bot(data_dir: Path, *args: str, stdin: str = "", **env: str):
    clean = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "VAULT_KEY")}
    clean.update({"DATA_DIR": str(data_dir), "TELEGRAM_API_URL": "http://127.0.0.1:9", **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=data_dir.parent,  # not the repository: no .env is picked up by accident
        env={**clean, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ["PYTHONPATH"]])},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def assert_one_clear_line(result, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0]


def test_missing_token_explains_botfather_and_make_chat(tmp_path):
    result = run_bot(tmp_path / "data")
    assert_one_clear_line(result, "BOT_TOKEN", "@BotFather", "make chat")


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"BOT_TOKEN": "not-a-token"}, ["BOT_TOKEN"]),
        ({"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "ftp://x"}, ["TELEGRAM_API_URL"]),
        ({"BOT_TOKEN": TOKEN, "LOG_LEVEL": "LOUD"}, ["LOG_LEVEL"]),
        ({"BOT_TOKEN": TOKEN, "DATABASE_URL": "mysql://db"}, ["DATABASE_URL"]),
        ({"BOT_TOKEN": TOKEN, "VAULT_KEY": "%%%"}, ["VAULT_KEY", "base64"]),
        ({"BOT_TOKEN": TOKEN, "VAULT_KEY": "c2hvcnQ="}, ["VAULT_KEY", "32 bytes"]),
        ({"BOT_TOKEN": TOKEN, "VAULT_KEY_FILE": "/nonexistent/key"}, ["VAULT_KEY_FILE"]),
        (
            {"BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example/hook"},
            ["WEBHOOK_SECRET", "is required with WEBHOOK_URL"],
        ),
        ({"BOT_TOKEN": TOKEN, "WEBHOOK_URL": "http://bot.example/hook"}, ["WEBHOOK_URL", "https"]),
        ({"BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "has spaces"}, ["WEBHOOK_SECRET"]),
        ({"BOT_TOKEN": TOKEN, "REDIS_URL": "127.0.0.1:6379"}, ["REDIS_URL", "redis://"]),
        (
            {"BOT_TOKEN": TOKEN, "TIMESTAMP_URLS": "https://tsa.example/"},
            ["TIMESTAMP_CA_FILE", "is required with TIMESTAMP_URLS"],
        ),
        (
            {
                "BOT_TOKEN": TOKEN,
                "TIMESTAMP_URLS": "https://tsa.example/",
                "TIMESTAMP_CA_FILE": "/nonexistent.pem",
            },
            ["TIMESTAMP_CA_FILE", "cannot read"],
        ),
    ],
    ids=[
        "token",
        "api-url",
        "log-level",
        "database",
        "key-base64",
        "key-length",
        "key-file",
        "webhook-without-secret",
        "webhook-not-https",
        "webhook-secret-characters",
        "redis",
        "timestamps-without-roots",
        "timestamp-roots-missing",
    ],
)
def test_wrong_setting_is_one_line_and_status_2(tmp_path, env, words):
    assert_one_clear_line(run_bot(tmp_path / "data", **env), *words)


def test_chat_runs_without_a_token_and_creates_a_private_key_file(tmp_path, database):
    data_dir = tmp_path / "data"
    result = run_bot(data_dir, "chat", stdin="1\n2\n1\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "Bienvenue" in result.stdout and "Qui est concerné" in result.stdout
    mode = stat.S_IMODE((data_dir / "vault.key").stat().st_mode)
    assert mode == 0o600
    if BACKEND == "sqlite":
        assert stat.S_IMODE((data_dir / "abri.db").stat().st_mode) == 0o600
    for name in ("abri.db-wal", "abri.db-shm"):  # while open; SQLite gives them the same mode
        if (data_dir / name).exists():
            assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_the_wrong_master_key_for_existing_data_is_refused(tmp_path, database):
    data_dir = tmp_path / "data"
    assert run_bot(data_dir, "chat", stdin="/quit\n").returncode == 0
    before = database_bytes(data_dir)
    assert_one_clear_line(run_bot(data_dir, "chat", VAULT_KEY=OTHER_KEY), "master key")
    (data_dir / "vault.key").unlink()
    assert_one_clear_line(run_bot(data_dir, "chat"), "vault.key", "missing")
    assert database_bytes(data_dir) == before, "a refused start touches nothing"


async def test_a_token_telegram_refuses_is_one_line_and_status_2(telegram, tmp_path):
    telegram.fail_next("getMe", 401, "Unauthorized")
    env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": telegram.url}
    env["DATA_DIR"] = str(tmp_path / "data")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2, stderr.decode()[-3000:]
    assert stderr.decode().strip() == "abri: BOT_TOKEN: Telegram refused this token"


def test_an_unreachable_bot_api_is_one_line(tmp_path):
    result = run_bot(tmp_path / "data", BOT_TOKEN=TOKEN)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "abri: cannot reach the Bot API at http://127.0.0.1:9: check TELEGRAM_API_URL and the network"
    ]
    assert not (tmp_path / "data").exists(), "nothing was created before Telegram answered"
