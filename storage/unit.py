"""One update, one transaction: a unit of work opens it, repositories add and flush into it, and
it commits once. What must wait until it holds (waking the reminder loop) registers with
`after_commit`; what must be undone if it does not (the message ids it carried), with
`if_rolled_back`."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.chat_messages import ChatMessages
from storage.entries import Entries
from storage.flow_versions import FlowVersions
from storage.handled import HandledUpdates
from storage.handoffs import HandOffs
from storage.people import People
from storage.reminders import Reminders
from storage.stats import Stats
from storage.timestamps import Timestamps


class UnitOfWork:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._after: list[Callable[[], None]] = []
        self._undo: list[Callable[[], None]] = []
        self.committed = False

    async def __aenter__(self) -> UnitOfWork:
        self.session = self._sessions()
        self.people = People(self.session)
        self.entries = Entries(self.session)
        self.reminders = Reminders(self.session)
        self.chat_messages = ChatMessages(self.session)
        self.handled = HandledUpdates(self.session)
        self.flow_versions = FlowVersions(self.session)
        self.stats = Stats(self.session)
        self.timestamps = Timestamps(self.session)
        self.handoffs = HandOffs(self.session)
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.session.close()  # rolls back what was not committed
        if not self.committed:
            for undo in self._undo:
                undo()

    def if_rolled_back(self, undo: Callable[[], None]) -> None:
        self._undo.append(undo)

    def after_commit(self, hook: Callable[[], None]) -> None:
        self._after.append(hook)

    async def commit(self) -> None:
        await self.session.commit()
        self.committed = True
        for hook in self._after:
            hook()
        self._after, self._undo = [], []
