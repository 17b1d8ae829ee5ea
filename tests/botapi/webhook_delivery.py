"""The stand-in's webhook side: once setWebhook is called, each pending update is posted to the
bot's address (several at a time, as Telegram does) until one answers 200."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout


class WebhookDelivery:
    """Mixed into FakeTelegram, whose state (updates, webhook, targets, the condition) it uses."""

    async def _m_setwebhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self.updates.clear()
        self.webhook = params
        if self._delivery is None:
            self._delivery = asyncio.create_task(self._deliver_to_webhook())
        return True

    async def _m_deletewebhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self.updates.clear()
        self.webhook = None
        return True

    async def _deliver_to_webhook(self) -> None:
        """Posts each pending update, several at a time (Telegram's max_connections)."""
        async with ClientSession(timeout=ClientTimeout(total=60)) as http:
            while True:
                async with self._changed:
                    await self._changed.wait_for(self._undelivered)
                for update in self._undelivered():
                    self._in_flight.add(update["update_id"])
                    task = asyncio.create_task(self._post_until_taken(http, update))
                    self._posting.add(task)  # kept until done: the loop holds tasks weakly
                    task.add_done_callback(self._posting.discard)

    def _undelivered(self) -> list[dict[str, Any]]:
        if self.webhook is None or not self.webhook_targets:
            return []
        return [u for u in self.updates if u["update_id"] not in self._in_flight]

    async def _post_until_taken(self, http: ClientSession, update: dict[str, Any]) -> None:
        secret = (self.webhook or {}).get("secret_token")
        while self.webhook is not None:
            targets = self.webhook_targets
            target = targets[next(self._turn) % len(targets)]
            if await self.call_webhook(target, update, secret, http) == 200:
                self.updates.remove(update)
                self.confirmed = max(self.confirmed, update["update_id"])
                break
            await asyncio.sleep(0.2)
        self._in_flight.discard(update["update_id"])
        async with self._changed:
            self._changed.notify_all()

    async def call_webhook(
        self,
        target: str,
        update: dict[str, Any],
        secret: str | None,
        http: ClientSession | None = None,
    ) -> int:
        """One POST of one update, as Telegram makes it; the HTTP status, 0 if none came."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        try:
            async with contextlib.AsyncExitStack() as stack:
                if http is None:
                    http = await stack.enter_async_context(ClientSession())
                async with http.post(target, json=update, headers=headers) as response:
                    status = response.status
        except (ClientError, TimeoutError):
            status = 0
        self.webhook_calls.append((target, status))
        return status
