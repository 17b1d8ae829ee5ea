"""The bot's /metrics for operators: updates, errors, reminders and the process; no person."""

import asyncio
import urllib.request

from tests.botapi.client import TestPerson
from tests.test_dashboard_browser import free_port, wait_for_port
from tests.test_restart import start_bot_process


async def test_the_bot_counts_updates_for_prometheus_and_nothing_personal(telegram, data_dir):
    port = free_port()
    process = await start_bot_process(telegram, data_dir, METRICS_PORT=str(port))
    try:
        await wait_for_port(port)
        person = TestPerson(telegram, 70_123_456, "fr", settle=0.3)
        await person.send("/start")
        await person.press("Commencer")
        await person.send("planted-metrics-text")
        url = f"http://127.0.0.1:{port}/metrics"
        body = await asyncio.to_thread(lambda: urllib.request.urlopen(url, timeout=5).read())
        metrics = body.decode()
    finally:
        await process.terminate()
    assert 'abri_updates_total{kind="message"} 2.0' in metrics
    assert 'abri_updates_total{kind="callback_query"} 1.0' in metrics
    assert "abri_update_errors_total 0.0" in metrics
    assert "process_resident_memory_bytes" in metrics
    assert "planted-metrics-text" not in metrics and "70123456" not in metrics
