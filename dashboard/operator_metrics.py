"""/metrics for operators: process figures, reminders by status, anonymous event totals."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from dashboard.web import dashboard_of, same, signed_in
from storage.reminders import Reminders
from storage.stats import Stats


async def metrics(request: Request) -> Response:
    """For operators: process figures, reminders by status, anonymous event totals."""
    dashboard = dashboard_of(request)
    token = dashboard.settings.metrics_token
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
    if not (token and same(bearer, token.get_secret_value())) and await signed_in(request) is None:
        return PlainTextResponse("sign in or give the metrics token\n", status_code=401)
    async with dashboard.sessions() as session:
        reminders = await Reminders(session).by_status()
        events = await Stats(session).totals()
    status = GaugeMetricFamily("abri_reminders", "Reminders by status", labels=["status"])
    for name, count in reminders.items():
        status.add_metric([name], count)
    totals = CounterMetricFamily("abri_events", "Anonymous events counted", labels=["event"])
    for name, count in events.items():
        totals.add_metric([name], count)
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    registry.register(_Families([status, totals]))
    return Response(generate_latest(registry), media_type="text/plain; version=0.0.4")


class _Families(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> list[Metric]:
        return self.families
