"""The deploy files say what the code reads: every setting they set exists, every process they
start is a command the bot has, and the image runs unprivileged with a healthcheck."""

import re
from pathlib import Path

import yaml

from bot.settings import Settings
from dashboard.settings import DashboardSettings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
# Read by something else than our settings: the healthcheck, PostgreSQL's image, Caddy.
NOT_OURS = {"HEALTH_URL", "POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD"}
NOT_OURS |= {"BOT_DOMAIN", "DASHBOARD_DOMAIN"}


def known_settings() -> set[str]:
    return {name.upper() for name in DashboardSettings.model_fields} | NOT_OURS


def test_compose_sets_only_settings_that_exist_and_runs_real_commands():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"worker", "scheduler", "dashboard", "postgres", "redis", "caddy"} <= set(services)
    for name in ("worker", "scheduler", "dashboard"):
        service = services[name]
        assert set(service["environment"]) <= known_settings(), name
        assert service["command"][:2] == ["python", "-m"]
    assert services["worker"]["command"] == ["python", "-m", "bot"]
    assert services["scheduler"]["command"] == ["python", "-m", "bot", "scheduler"]
    assert services["worker"]["environment"]["WEBHOOK_URL"].endswith("/telegram")
    assert "handle /telegram" in (DEPLOY / "Caddyfile").read_text()


def test_the_dashboard_gets_no_vault_key():
    """It never opens a person's data: a leak of its container must not give the key."""
    dashboard = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]["dashboard"]
    assert not dashboard.get("secrets")
    assert not [name for name in dashboard["environment"] if name.startswith("VAULT")]
    unit = (DEPLOY / "systemd" / "abri-dashboard.service").read_text()
    assert "UnsetEnvironment=VAULT_KEY VAULT_KEY_FILE" in unit
    assert re.search(r"^InaccessiblePaths=.*/etc/abri/vault\.key", unit, re.M)


def test_env_example_names_only_settings_that_exist():
    names = re.findall(r"^#? ?([A-Z][A-Z_]+)=", (DEPLOY / ".env.example").read_text(), re.M)
    assert set(names) <= known_settings()
    assert set(Settings.model_fields) <= {n.lower() for n in names}, "every bot setting shown"


def test_the_image_is_built_in_stages_and_runs_unprivileged_with_a_healthcheck():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, re.M)) == 2
    users = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*bot\.health", dockerfile, re.M)


def test_systemd_units_start_real_commands():
    for unit in (DEPLOY / "systemd").glob("*.service"):
        text = unit.read_text()
        assert re.search(r"^ExecStart=\S+python -m (bot|bot scheduler|dashboard)$", text, re.M)
        assert "User=abri" in text and "RestartPreventExitStatus=2" in text
