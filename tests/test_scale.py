"""Production mode with real processes: webhook workers behind a "proxy" (the stand-in posts to
each in turn), PostgreSQL and Redis shared, one reminder scheduler at a time."""

from __future__ import annotations

import asyncio
import itertools
import re
import sys
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest
from aiohttp import ClientSession
from redis.asyncio import Redis

from bot.clock import Clock
from tests.botapi.client import TestPerson
from tests.conftest import QUICK_TIMINGS, RunningBot
from tests.processes import ROOT, BotProcess, free_port, wait_for_port
from tests.servers import (
    BACKEND,
    REDIS_URL,
    execute,
    require_redis,
)
from tests.test_conversations import texts, walk_to_evidence, walk_to_the_end
from tests.test_reminders import eventually, reminder_messages, to_checkin

SECRET = "s3cret-token_for-tests"
PUBLIC_URL = "https://bot.example.org/telegram"
PLANTED = ["planted-redis-description-61x", "planted-redis-note-22q"]
DUE_NOW = Clock(timedelta(days=-1))  # "in 1 day" is due as soon as it is planned


@pytest.fixture
def postgres(database: str | None) -> str:
    """This test's PostgreSQL database: these tests run in make test's PostgreSQL pass."""
    if BACKEND != "postgresql":
        pytest.skip("needs PostgreSQL: runs in the PostgreSQL pass (ABRI_TEST_DATABASE=postgresql)")
    return database  # type: ignore[return-value]


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    require_redis()
    client = Redis.from_url(REDIS_URL)
    await client.flushdb()  # update numbers start at 1 in every test's stand-in
    yield client
    await client.flushdb()
    await client.aclose()


async def start_worker(
    telegram, data_dir, port: int | None = None, **settings: str
) -> tuple[BotProcess, str]:
    port = port or free_port()
    target = f"http://127.0.0.1:{port}/telegram"
    worker = BotProcess(
        telegram, data_dir, WEBHOOK_URL=PUBLIC_URL, WEBHOOK_SECRET=SECRET,
        WEBHOOK_PORT=str(port), **settings,
    )  # fmt: skip
    await worker.start()
    await worker.wait_for_log("webhook_listening")
    await wait_for_port(port)
    return worker, target


async def test_webhook_refuses_calls_without_the_secret_and_keeps_pending_updates(
    telegram, data_dir
):
    port = free_port()
    worker, target = await start_worker(telegram, data_dir, port)
    telegram.webhook_targets = [target]
    person = TestPerson(telegram, 40_001, "fr", settle=0.3)
    try:
        [set_webhook] = telegram.called("setWebhook")
        assert set_webhook.params["url"] == PUBLIC_URL
        assert set_webhook.params["secret_token"] == SECRET
        assert not set_webhook.params.get("drop_pending_updates")

        stranger = TestPerson(telegram, 40_002, "fr")
        forged = {"update_id": 999, "message": stranger.message("/start")}
        assert await telegram.call_webhook(target, forged, None) == 401
        assert await telegram.call_webhook(target, forged, "wrong-secret") == 401
        assert await telegram.call_webhook(target, forged, "sécret-ü") == 401, "not a 500"
        async with ClientSession() as http:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            for body in (b"{not json planted-body-1", b'{"update_id": "planted-body-2"}'):
                async with http.post(target, data=body, headers=headers) as response:
                    assert response.status == 400
        welcome = await person.send("/start")
        assert "Bienvenue" in texts(welcome)
        assert not stranger.messages(), "a refused call did nothing"

        # Telegram sending one update again (it did not hear our answer): handled once.
        shown = len(person.messages())
        again = {"update_id": 777, "message": person.message("/help")}
        assert await telegram.call_webhook(target, again, SECRET) == 200
        assert await telegram.call_webhook(target, again, SECRET) == 200
        assert len(person.messages()) == shown + 1
        assert await healthcheck(f"http://127.0.0.1:{port}/healthz") == 0
    finally:
        assert await worker.terminate() == 0
    assert not [line for line in worker.lines if "planted-body" in line], "no body is logged"
    assert not [line for line in worker.lines if "Traceback" in line]
    assert await healthcheck(f"http://127.0.0.1:{port}/healthz") == 1, "down is unhealthy"

    # A deploy: updates that come while no worker runs wait at Telegram, and none is dropped.
    person.patience = 60  # a worker's start, on a busy machine
    waiting = asyncio.create_task(person.send("/help"))
    await telegram.wait(
        lambda: any(u.get("message", {}).get("text") == "/help" for u in telegram.updates)
    )
    assert not waiting.done(), "nobody answers while no worker runs"
    worker, _ = await start_worker(telegram, data_dir, port)
    try:
        assert "/urgence" in texts(await waiting)
        assert not telegram.called("deleteWebhook"), "stopping never removes the webhook"
        assert all(not c.params.get("drop_pending_updates") for c in telegram.called("setWebhook"))
    finally:
        await worker.terminate()


async def healthcheck(url: str) -> int:
    """The container's HEALTHCHECK command, run against a real worker."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.health", url, cwd=ROOT, stderr=asyncio.subprocess.DEVNULL
    )
    return await process.wait()


def handled_intervals(workers: list[BotProcess]) -> list[tuple[float, float]]:
    """From both workers' logs: when updates were being handled (one person talks here)."""
    pattern = re.compile(r"timestamp='([^']+)'.*event='update_handled'.*ms=([\d.]+)")
    spans = []
    for line in (line for worker in workers for line in worker.lines):
        if match := pattern.search(line):
            end = datetime.fromisoformat(match[1].replace("Z", "+00:00")).timestamp()
            spans.append((end - float(match[2]) / 1000, end))
    return sorted(spans)


async def redis_keys_seen(redis: Redis, seen: set[bytes]) -> None:
    """Every key that shows in Redis while the workers run (a person's lock lives only while
    one of their updates is handled)."""
    while True:
        seen.update([key async for key in redis.scan_iter()])
        await asyncio.sleep(0.005)


async def test_two_workers_share_one_database_and_redis(telegram, data_dir, postgres, redis):
    settings = {"DATABASE_URL": postgres, "REDIS_URL": REDIS_URL}
    first, first_url = await start_worker(telegram, data_dir, **settings)
    second, second_url = await start_worker(telegram, data_dir, **settings)
    telegram.webhook_targets = [first_url, second_url]  # the proxy sends to each in turn
    person = TestPerson(telegram, 40_101, "fr", settle=0.3)
    seen: set[bytes] = set()
    watching = asyncio.create_task(redis_keys_seen(redis, seen))
    try:
        await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
        await person.send(PLANTED[0])
        assert {url for url, status in telegram.webhook_calls if status == 200} == {
            first_url,
            second_url,
        }, "both workers took part"

        # The same update delivered to both at once (Telegram retrying): handled once.
        replies = len(person.messages())
        duplicate = {"update_id": 5_000, "message": person.message("/help")}
        statuses = await asyncio.gather(
            telegram.call_webhook(first_url, duplicate, SECRET),
            telegram.call_webhook(second_url, duplicate, SECRET),
        )
        assert statuses == [200, 200]
        await asyncio.sleep(1)
        assert len(person.messages()) == replies + 1, "one /help, one answer"

        # Many updates of one person at once, spread over both workers: one at a time.
        for _ in range(6):
            await telegram.push_update({"message": person.message("/help")})
        await telegram.wait(lambda: len(person.messages()) == replies + 7, seconds=30)
        for (_, end), (start, _) in itertools.pairwise(handled_intervals([first, second])):
            assert start >= end - 0.005, "two updates of one person handled at once"

        # A worker killed mid-conversation: the proxy's next try reaches the other one.
        # It may die holding the person's lock: the other waits until the lock expires.
        await first.kill()
        person.patience = QUICK_TIMINGS["redis_lock_seconds"] + 10
        await person.send("https://example.org/p/1")
        await walk_to_the_end(person)
        await person.press("✍️ Ajouter une note")
        await person.send(PLANTED[1])
        await person.send("/notes")
        shown = texts(await person.press("Afficher mes notes"))
        assert PLANTED[0] in shown and PLANTED[1] in shown
    finally:
        watching.cancel()
        await first.terminate()
        await second.terminate()

    assert any(key.startswith(b"abri:lock:") for key in seen), "the workers did use Redis"
    stored = b" ".join([*seen, *[key async for key in redis.scan_iter()]])
    for secret in [*PLANTED, str(person.user_id), "planted"]:
        assert secret.encode() not in stored, f"{secret!r} is in Redis"


async def test_one_scheduler_leads_and_another_takes_over_when_it_dies(
    telegram, data_dir, settings, postgres, log_output
):
    on_postgres = settings.model_copy(update={"database_url": postgres})
    # The people ask from a process that sends no reminders itself (a webhook worker does not),
    # with a clock that makes "in 1 day" due at once.
    asking = RunningBot(on_postgres, telegram, DUE_NOW, quiet_hours=False, sends_reminders=False)
    env = {"DATABASE_URL": postgres}
    first = await BotProcess(telegram, data_dir, "scheduler", **env).start()
    await first.wait_for_log("reminders_leader")
    second = await BotProcess(telegram, data_dir, "scheduler", **env).start()
    await asking.start()
    try:
        await second.wait_for_log("reminders_standby")
        early = asking.person(user_id=40_200)
        await to_checkin(early)
        await early.press("Dans 1 jour")
        await first.wait_for_log("reminder_sent")  # woken by NOTIFY, sent, recorded
        await first.kill()
        # Planned while nobody leads: the next leader finds them in the table.
        people = [asking.person(user_id=40_201 + n) for n in range(3)]
        for person in people:
            await to_checkin(person)
            await person.press("Dans 1 jour")
        await second.wait_for_log("reminders_leader", seconds=30)
        for person in people:
            await telegram.wait(lambda p=person: reminder_messages(p), seconds=30)
        await eventually(lambda: second.log().count("event='reminder_sent'") == 3)
    finally:
        await asking.stop()
        await first.terminate()
        await second.terminate()
    assert [len(reminder_messages(p)) for p in [early, *people]] == [1, 1, 1, 1], "each once"
    assert first.log().count("event='reminder_sent'") == 1, "the first leader sent the early one"
    assert second.log().count("event='reminder_sent'") == 3, "sent by the one that took over"
    statuses = [row[0] for row in execute(postgres, "SELECT status FROM reminders")]
    assert statuses == ["sent"] * 4


async def test_a_conversation_with_counsellors_through_two_webhook_workers(
    telegram, data_dir, postgres, redis
):
    group = -1009876543210
    telegram.add_forum(group)
    settings = {
        "DATABASE_URL": postgres, "REDIS_URL": REDIS_URL, "COUNSELLORS_CHAT_ID": str(group),
        "ASSOCIATION_NAME": "Écoute Abri", "COUNSELLORS_HOURS": "mon-sun 00:00-24:00",
        "COUNSELLORS_HOLIDAYS": "",
    }  # fmt: skip
    first, first_url = await start_worker(telegram, data_dir, **settings)
    second, second_url = await start_worker(telegram, data_dir, **settings)
    telegram.webhook_targets = [first_url, second_url]
    person = TestPerson(telegram, 40_202, "fr", settle=0.3)
    counsellor = {"id": 777, "is_bot": False, "first_name": "Claire"}

    def in_topic(text: str) -> bool:
        return any(m.from_bot and m.text == text for m in telegram.topic_messages(group, topic))

    try:
        await person.send("/talk")
        await person.press("Oui, avec le résumé")
        (topic,) = telegram.forums[group].topics
        for number in range(4):  # relayed without a reply: waited for in the topic
            await telegram.push_update({"message": person.message(f"message {number}")})
            await telegram.wait(lambda n=number: in_topic(f"message {n}"), seconds=15)
        for number in range(4):
            written = telegram.user_message(
                group, topic, text=f"réponse {number}", **{"from": counsellor}
            )
            await telegram.push_update({"message": written})
            await telegram.wait(
                lambda n=number: person.last().text.endswith(f"réponse {n}"), seconds=15
            )
        assert {url for url, status in telegram.webhook_calls if status == 200} == {
            first_url,
            second_url,
        }, "both workers took part"
        closing = telegram.user_message(group, topic, text="/close", **{"from": counsellor})
        await telegram.push_update({"message": closing})
        await telegram.wait(lambda: telegram.forums[group].topics[topic].closed, seconds=15)
        assert "a fermé la conversation" in texts(person.messages()[-1:])
    finally:
        await first.terminate()
        await second.terminate()
