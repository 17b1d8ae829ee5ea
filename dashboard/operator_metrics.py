"""/metrics for operators: process figures and reminders by status, nothing else. Event
totals are left to the report, where small counts are suppressed: exact all-time counts polled
here would date each deletion or quick exit."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from dashboard.web import dashboard_of, same, signed_in
from storage.reminders import Reminders


async def metrics(request: Request) -> Response:
    """For operators: process figures and reminders by status (is the queue moving?)."""
    dashboard = dashboard_of(request)
    token = dashboard.settings.metrics_token
    bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
    if not (token and same(bearer, token.get_secret_value())) and await signed_in(request) is None:
        return PlainTextResponse("sign in or give the metrics token\n", status_code=401)
    async with dashboard.sessions() as session:
        reminders = await Reminders(session).by_status()
    status = GaugeMetricFamily("abri_reminders", "Reminders by status", labels=["status"])
    for name, count in reminders.items():
        status.add_metric([name], count)
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    registry.register(_Families([status]))
    return Response(generate_latest(registry), media_type="text/plain; version=0.0.4")


class _Families(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> list[Metric]:
        return self.families
