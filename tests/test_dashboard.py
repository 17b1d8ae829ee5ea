"""The dashboard over HTTP: sessions, CSRF, throttling, roles, fixed periods, CSV, /metrics."""

import asyncio
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from dashboard.__main__ import main as dashboard_cli
from dashboard.accounts import SESSION_LENGTH, Accounts, Throttle
from dashboard.app import create_app
from dashboard.settings import DashboardSettings
from storage import stats
from storage.db import create_engine, migrate, session_factory
from storage.models import DashboardUser
from storage.stats import Event, Stats
from tests.servers import database_url

PASSWORD = "correct horse battery"
TODAY = datetime.now(UTC).date()
LAST_MONTH = TODAY.replace(day=1) - timedelta(days=1)  # a day of the last month that has ended


@pytest.fixture
def dashboard_env(tmp_path, monkeypatch, database):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("METRICS_TOKEN", "metrics-secret-token")
    return tmp_path


def add_user(name: str, role: str = "viewer", password: str = PASSWORD, monkeypatch=None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return dashboard_cli(["add-user", name, "--role", role, "--password-stdin"])


def seed(data_dir, day: date, events: list[tuple[Event, int]]) -> None:
    async def run():
        engine = create_engine(database_url(data_dir))
        await migrate(engine)
        async with session_factory(engine)() as session:
            for event, times in events:
                await Stats(session).add(day, [event] * times)
            await session.commit()
        await engine.dispose()

    asyncio.run(run())


@pytest.fixture
def client(dashboard_env):
    app = create_app(DashboardSettings(_env_file=None))
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as client:
        yield client


def sign_in(client: TestClient, name: str, password: str = PASSWORD):
    form = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    return client.post("/login", data={"name": name, "password": password, "csrf": token})


def csrf_of(page_html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page_html).group(1)


def test_every_page_but_sign_in_needs_a_session(client):
    for path in ("/", "/report.csv?table=use", "/users", "/?kind=month"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/login", path
    assert client.get("/metrics").status_code == 401
    login = client.get("/login")
    assert login.status_code == 200 and "Sign in" in login.text
    assert "script-src" not in login.headers["content-security-policy"]
    assert "default-src 'none'" in login.headers["content-security-policy"]


def test_signing_in_gives_a_strict_httponly_secure_cookie(client, dashboard_env, monkeypatch):
    assert add_user("ana", monkeypatch=monkeypatch) == 0
    response = sign_in(client, "ana")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(c for c in response.headers.get_list("set-cookie") if "abri_session=" in c)
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=strict" in cookie
    report = client.get("/")
    assert report.status_code == 200 and "anonymous statistics" in report.text

    # Signing out needs the form's token; without it the session stays.
    client.post("/logout", data={})
    assert client.get("/").status_code == 200
    client.post("/logout", data={"csrf": csrf_of(report.text)})
    assert client.get("/").status_code == 303


def test_the_sign_in_form_needs_its_token(client, monkeypatch):
    add_user("ana", monkeypatch=monkeypatch)
    refused = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": "forged"})
    assert refused.status_code == 400 and "expired" in refused.text
    assert client.get("/").status_code == 303


def test_wrong_passwords_are_throttled_and_say_how_long_to_wait(client, monkeypatch):
    add_user("ana", monkeypatch=monkeypatch)
    # An unknown name answers exactly as a wrong password does.
    assert "Wrong name or password" in sign_in(client, "nobody", "whatever it is").text
    for _ in range(4):  # five failures from this address in all
        wrong = sign_in(client, "ana", "not the password")
        assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    blocked = sign_in(client, "ana")
    assert blocked.status_code == 429 and "Too many attempts" in blocked.text
    assert client.get("/").status_code == 303


def test_accounts_are_argon2id_and_weak_passwords_are_refused(dashboard_env, monkeypatch, capsys):
    assert add_user("ana", monkeypatch=monkeypatch) == 0
    assert add_user("bob", password="short", monkeypatch=monkeypatch) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert add_user("ana", monkeypatch=monkeypatch) == 1

    async def stored():
        engine = create_engine(database_url(dashboard_env))
        async with session_factory(engine)() as session:
            rows = list(await session.scalars(select(DashboardUser)))
        await engine.dispose()
        return rows

    [ana] = asyncio.run(stored())
    assert ana.password_hash.startswith("$argon2id$") and PASSWORD not in ana.password_hash


def test_viewers_read_and_admins_also_manage_accounts(client, monkeypatch):
    add_user("vera", "viewer", monkeypatch=monkeypatch)
    add_user("adam", "admin", monkeypatch=monkeypatch)
    sign_in(client, "vera")
    assert client.get("/users").status_code == 403
    client.cookies.clear()
    sign_in(client, "adam")
    page = client.get("/users")
    assert page.status_code == 200 and "vera" in page.text
    forged = client.post(
        "/users", data={"action": "add", "name": "eve", "password": PASSWORD, "role": "admin"}
    )
    assert forged.status_code == 400 and "eve" not in forged.text.split("<h2>")[0]
    added = client.post(
        "/users",
        data={
            "action": "add",
            "name": "carla",
            "password": PASSWORD,
            "role": "viewer",
            "csrf": csrf_of(page.text),
        },
    )
    assert added.status_code == 200 and "Account carla added" in added.text
    client.cookies.clear()
    assert sign_in(client, "carla").status_code == 303


def test_only_ended_months_are_offered_without_filters(client, monkeypatch):
    add_user("ana", monkeypatch=monkeypatch)
    sign_in(client, "ana")
    assert client.get(f"/?kind=month&period={LAST_MONTH:%Y-%m}").status_code == 200
    for query in (
        "kind=day",
        "kind=week&period=2026-W47",
        "kind=month&period=2026-11-01..2026-11-03",
        f"kind=month&period={TODAY:%Y-%m}",  # still running: tomorrow minus today is one day
        "language=fr",  # all languages minus French minus English would be German
        "country=lu",
    ):
        response = client.get(f"/?{query}")
        assert response.status_code == 400 and "not offered" in response.text, query


def test_the_csv_hides_small_counts_and_what_would_give_them_away(
    client, dashboard_env, monkeypatch
):
    add_user("ana", monkeypatch=monkeypatch)
    seed(
        dashboard_env,
        LAST_MONTH,
        [
            (Event(stats.REFERRAL, "incident", "v1", "referral", "pharos", "fr", "fr"), 40),
            (Event(stats.REFERRAL, "incident", "v1", "referral", "pharos", "fr", "lu"), 3),
            (Event(stats.REFERRAL, "incident", "v1", "referral", "bee_stopline", "fr", "lu"), 25),
            (Event(stats.REFERRAL, "incident", "v1", "referral", "bee_helpline", "fr", "lu"), 30),
        ],
    )
    sign_in(client, "ana")
    page = client.get("/")
    assert "Where people were sent" in page.text and "Download CSV" in page.text
    response = client.get("/report.csv?table=referrals")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert f"abri-referrals-{LAST_MONTH:%Y-%m}.csv" in response.headers["content-disposition"]
    rows = {line.split(",")[0]: line.split(",")[1:] for line in response.text.splitlines()}
    assert rows["service"] == ["France", "Luxembourg", "total"]
    france, luxembourg, total = rows["Pharos"]
    assert luxembourg == "<10"
    assert "hidden" in (france, total), "43 − 40 would give the 3 away"
    assert rows["total"] == ["40", "58", "98"]
    seed(dashboard_env, TODAY, [(Event(stats.QUICK_EXIT, language="fr"), 30)])
    assert "quick exits" not in client.get("/").text, "this month appears once it has ended"
    assert client.get("/report.csv?table=nothing").status_code == 404


def test_metrics_need_the_token_or_a_session_and_hold_no_personal_data(client, dashboard_env):
    seed(dashboard_env, TODAY, [(Event(stats.QUICK_EXIT, language="fr"), 2)])
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"authorization": "Bearer wrong"})
    assert wrong.status_code == 401
    metrics = client.get("/metrics", headers={"authorization": "Bearer metrics-secret-token"})
    assert metrics.status_code == 200
    assert "abri_events" not in metrics.text and "quick_exit" not in metrics.text, (
        "exact counts, polled, would date each quick exit: the report suppresses them"
    )
    assert "abri_reminders" in metrics.text and "process_resident_memory_bytes" in metrics.text


async def test_a_session_ends_after_its_length(tmp_path, database):
    engine = create_engine(database_url(tmp_path))
    await migrate(engine)
    accounts = Accounts(session_factory(engine))
    await accounts.add("ana", PASSWORD, "viewer")
    token, _ = await accounts.sign_in("ana", PASSWORD)
    assert await accounts.signed_in(token) is not None
    later = datetime.now(UTC) + SESSION_LENGTH + timedelta(minutes=1)
    assert await accounts.signed_in(token, later) is None
    assert await accounts.signed_in(token) is None, "an expired session is removed"
    await engine.dispose()


async def post_form(app, path: str, form: dict[str, str], cookie: str) -> int:
    """One POST straight to the ASGI app, as a browser at 198.51.100.7 sends it: its status."""
    from urllib.parse import urlencode

    body = urlencode(form).encode()
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "https", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "server": ("testserver", 443), "client": ("198.51.100.7", 4000),
        "headers": [
            (b"host", b"testserver"), (b"cookie", cookie.encode()),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"content-length", str(len(body)).encode()),
        ],
    }  # fmt: skip
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return next(m["status"] for m in sent if m["type"] == "http.response.start")


def test_a_burst_of_wrong_passwords_gets_at_most_the_allowed_number_checked(client, monkeypatch):
    """40 tries sent at once: the throttle counts each before its password is checked."""
    import dashboard.accounts

    add_user("ana", monkeypatch=monkeypatch)
    checked = []
    real = dashboard.accounts._verified
    monkeypatch.setattr(
        dashboard.accounts, "_verified", lambda *args: checked.append(1) or real(*args)
    )
    token = csrf_of(client.get("/login").text)
    form = {"name": "ana", "password": "not the password", "csrf": token}

    async def burst() -> list[int]:
        tries = (post_form(client.app, "/login", form, f"abri_login={token}") for _ in range(40))
        return list(await asyncio.gather(*tries))

    statuses = client.portal.call(burst)
    assert 1 <= len(checked) <= 5 and statuses.count(401) == len(checked)
    assert statuses.count(429) == 40 - len(checked)


def visitor(client: TestClient, name: str, password: str, address: str):
    form = client.get("/login", headers={"x-forwarded-for": address})
    data = {"name": name, "password": password, "csrf": csrf_of(form.text)}
    return client.post("/login", data=data, headers={"x-forwarded-for": address})


@pytest.mark.parametrize(("trusted", "second_visitor"), [("testclient", 303), ("127.0.0.1", 429)])
def test_behind_a_trusted_proxy_one_visitors_failures_lock_out_only_them(
    dashboard_env, monkeypatch, trusted, second_visitor
):
    monkeypatch.setenv("DASHBOARD_TRUSTED_PROXIES", trusted)
    add_user("ana", monkeypatch=monkeypatch)
    app = create_app(DashboardSettings(_env_file=None))
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as client:
        for _ in range(5):
            visitor(client, "someone", "guessing away", "203.0.113.9")
        assert visitor(client, "someone", "guessing away", "203.0.113.9").status_code == 429
        # Another visitor behind the same proxy: locked out only if the proxy is not trusted.
        assert visitor(client, "ana", PASSWORD, "198.51.100.20").status_code == second_visitor


def test_the_throttle_keeps_bounded_memory_and_forgets_old_failures():
    moment = [0.0]
    throttle = Throttle(limit=5, window=900, clock=lambda: moment[0], capacity=100)
    for n in range(1000):
        throttle.attempt(*Throttle.keys(f"name-{n}-" + "x" * 1_000_000, "203.0.113.9"))
    assert len(throttle.failures) <= 100
    assert max(len(key) for key in throttle.failures) <= 80, "a huge name is not kept whole"
    moment[0] = 901.0
    throttle.attempt(*Throttle.keys("ana", "198.51.100.1"))
    assert set(throttle.failures) == {"name:ana", "address:198.51.100.1"}, "old entries went"


def test_easy_passwords_are_refused_with_a_reason(dashboard_env, monkeypatch, capsys):
    for weak in ("aaaaaaaaaaaa", "Password1234", "abriabriabri1"):
        assert add_user("bob", password=weak, monkeypatch=monkeypatch) == 1
        assert "too weak" in capsys.readouterr().err
    assert add_user("bob", password="tr0ub4dor&3 staple", monkeypatch=monkeypatch) == 0


def test_https_pages_tell_the_browser_to_keep_to_https(client):
    assert client.get("/login").headers["strict-transport-security"] == "max-age=31536000"


def test_removal_figures_per_platform_with_small_counts_hidden(client, dashboard_env, monkeypatch):
    add_user("ana", monkeypatch=monkeypatch)

    def link(event: str, platform: str, bucket: str = "") -> Event:
        return Event(event, "followup", "v1", bucket, platform, "fr", "fr")

    seed(
        dashboard_env,
        LAST_MONTH,
        [
            (link(stats.LINK_CHECKED, "instagram"), 40),
            (link(stats.LINK_GONE, "instagram", "0-7"), 12),
            (link(stats.LINK_GONE, "instagram", "8-30"), 10),
            (link(stats.LINK_GONE, "instagram", "31-90"), 10),
            (link(stats.LINK_GONE, "instagram", "91+"), 10),
            (link(stats.LINK_CHECKED, "x"), 30),
            (link(stats.LINK_GONE, "x", "0-7"), 12),
            (link(stats.LINK_GONE, "x", "8-30"), 4),
        ],
    )
    sign_in(client, "ana")
    assert "Did it come down?" in client.get("/").text
    table = client.get("/report.csv?table=removals").text
    rows = {line.split(",")[0]: line.split(",")[1:] for line in table.splitlines()}
    assert rows["platform"][-2:] == ["share gone", "median"]
    # Instagram: 42 said gone of 40 first asked (some were asked in an earlier month), the
    # middle one of 42 in "8–30 days".
    assert rows["Instagram"] == ["40", "42", "12", "10", "10", "10", "105 %", "in 8–30 days"]
    x = rows["X (Twitter)"]
    # 4, 0 and 0 are under 10: shown "<10" each, and 16 − 12 tells only that they add up to 4.
    assert x == ["30", "16", "12", "<10", "<10", "<10", "53 %", ""], "no median from hidden cells"


def test_handoff_figures_per_week_with_small_counts_hidden(client, dashboard_env, monkeypatch):
    add_user("ana", monkeypatch=monkeypatch)

    def talk(event: str, detail: str = "") -> Event:
        return Event(event, detail=detail, language="fr", country="fr")

    seed(
        dashboard_env,
        LAST_MONTH,
        [
            (talk(stats.TALK_ASKED, "open"), 40),
            (talk(stats.TALK_ASKED, "closed"), 12),
            (talk(stats.TALK_OPENED, "summary"), 30),
            (talk(stats.TALK_ANSWERED, "0-5"), 12),
            (talk(stats.TALK_ANSWERED, "6-15"), 10),
            (talk(stats.TALK_ANSWERED, "16-30"), 10),
            (talk(stats.TALK_ANSWERED, "31-60"), 10),
            (talk(stats.TALK_ANSWERED, "61+"), 10),
            (talk(stats.TALK_WAITED), 3),
            (talk(stats.TALK_CLOSED, "counsellor"), 25),
        ],
    )
    sign_in(client, "ana")
    assert "Talking to a counsellor" in client.get("/").text
    table = client.get("/report.csv?table=handoffs").text
    rows = [line.split(",") for line in table.splitlines()]
    assert rows[0][-2:] == ["median wait", "90 % answered within"]
    week = LAST_MONTH - timedelta(days=LAST_MONTH.weekday())
    assert rows[1][0] == f"week of {week.isoformat()}"
    # 52 answered: the 26th is in 16–30 minutes, the 47th after an hour; 3 left waiting: <10.
    assert rows[1][1:] == [
        "40", "12", "30", "<10", "25", "52", "12", "10", "10", "10", "10",
        "in 16–30 min", "after an hour",
    ]  # fmt: skip
