"""Every version of a flow the bot has served: a conversation finishes on the one it began."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import FlowVersion


class FlowVersions:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def keep(self, flow_id: str, version: str, source: str) -> None:
        if await self.session.get(FlowVersion, (flow_id, version)) is None:
            self.session.add(FlowVersion(flow_id=flow_id, version=version, source=source))
            await self.session.flush()

    async def source(self, flow_id: str, version: str) -> str | None:
        row = await self.session.get(FlowVersion, (flow_id, version))
        return row.source if row else None
