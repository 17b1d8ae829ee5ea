"""A stand-in Bot API server (aiohttp) that the real bot talks to over HTTP in tests.

It keeps chats as Telegram would, hands out updates through getUpdates or, once setWebhook was
called, posts them to the webhook, and refuses what Telegram refuses (see spec.py and html.py),
plus one rule of ours: no URL shown with previews on.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import re
import time
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from tests.botapi.forums import Forum, Forums
from tests.botapi.html import parse_html, utf16_length
from tests.botapi.messages import (
    BOT_USER,
    TEXT_LIMIT,
    URL,
    Call,
    Sent,
    chat_json,
    check_keyboard,
    deletable,
    kind_of,
    message_json,
    previews_off,
)
from tests.botapi.spec import Refused, Spec
from tests.botapi.webhook_delivery import WebhookDelivery


@functools.cache
def _spec() -> Spec:
    return Spec()  # 900 kB of JSON: read once per test process


class FakeTelegram(WebhookDelivery, Forums):
    def __init__(self, rate_limits: bool = False) -> None:
        # With rate_limits, sending faster than Telegram allows (30 a second in all, 1 a second
        # to one chat) is answered 429 with retry_after, as Telegram does.
        self.rate_limits = rate_limits
        self._sent_times: list[float] = []
        self._chat_times: dict[int, float] = {}
        self.spec = _spec()
        self.calls: list[Call] = []
        self.chats: dict[int, list[Sent]] = {}
        self.updates: list[dict[str, Any]] = []
        self.confirmed = 0  # highest update id the bot has confirmed through getUpdates' offset
        self._releases = 0  # getUpdates calls waiting when this grows answer at once
        self.failures: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
        self.drops: dict[str, list[float]] = {}
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._uploads: dict[str, bytes] = {}
        # Per language_code, "" = default; a chat's own commands under "chat:<id>".
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.forums: dict[int, Forum] = {}
        self.url = ""
        # Webhook mode. The webhook's public URL stands for the reverse proxy: tests name the
        # workers behind it in webhook_targets, and updates go to each in turn, as a proxy
        # would send them. A worker that does not answer 200 gets the update again, or the next
        # worker does, as Telegram retries.
        self.webhook: dict[str, Any] | None = None
        self.webhook_targets: list[str] = []
        self._in_flight: set[int] = set()
        self._posting: set[asyncio.Task] = set()
        self._turn = itertools.count()
        self._delivery: asyncio.Task | None = None
        self.webhook_calls: list[tuple[str, int]] = []  # (target, HTTP status or 0: no answer)

    # ---- lifecycle --------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        for task in [*self._posting, *filter(None, [self._delivery])]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._runner:
            await self._runner.cleanup()

    # ---- what tests do ----------------------------------------------------------------

    def fail_next(self, method: str, code: int, description: str, **parameters: Any) -> None:
        """Make the next call of `method` fail as Telegram would (429, 403, 5xx…)."""
        self.failures.setdefault(method.lower(), []).append((code, description, parameters))

    def drop_next(self, method: str, after: float = 0.0) -> None:
        """Make the next call of `method` go unanswered: after `after` seconds the connection is
        cut and the call is not carried out (a dropped connection; with a long `after`, a
        timeout on the bot's side)."""
        self.drops.setdefault(method.lower(), []).append(after)

    async def push_update(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **update})
        async with self._changed:
            self._changed.notify_all()
        return update_id

    def user_message(
        self, chat_id: int, thread_id: int | None = None, **content: Any
    ) -> dict[str, Any]:
        """A message someone writes: in their private chat, or in a topic of a supergroup."""
        message = {"message_id": next(self._ids), "date": int(time.time()), **content}
        message["chat"] = chat_json(chat_id)
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        self.chats.setdefault(chat_id, []).append(
            Sent(
                message["message_id"],
                chat_id,
                False,
                content.get("text", ""),
                kind=kind_of(content),
                thread_id=thread_id,
            )
        )
        return message

    async def release_polls(self) -> None:
        """Answers every getUpdates call now waiting, with what it has: a bot being stopped
        is not kept for the rest of its long poll."""
        self._releases += 1
        async with self._changed:
            self._changed.notify_all()

    async def wait(self, predicate, seconds: float = 10.0) -> None:
        async with asyncio.timeout(seconds), self._changed:
            await self._changed.wait_for(predicate)

    def called(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def errors(self) -> list[Call]:
        return [c for c in self.calls if c.error]

    # ---- the API --------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        form = await request.post()
        params = {k: v for k, v in form.items() if isinstance(v, str)}
        # Uploaded files travel as extra parts, named by "attach://<name>" in a parameter.
        self._uploads = {k: v.file.read() for k, v in form.items() if isinstance(v, FileField)}
        call = Call(method, dict(params))
        self.calls.append(call)
        if self.drops.get(method.lower()):
            call.forced = "dropped"
            await asyncio.sleep(self.drops[method.lower()].pop(0))
            request.transport.abort()
            raise asyncio.CancelledError  # aiohttp's way to leave a request without an answer
        try:
            forced = self.failures.get(method.lower())
            if forced:
                code, description, parameters = forced.pop(0)
                raise _Forced(code, description, parameters)
            decoded = self.spec.check_call(method, params)
            call.params = decoded
            result = await getattr(self, f"_m_{method.lower()}", self._m_default)(decoded)
        except Refused as refused:
            call.error = refused.description
            body = {"ok": False, "error_code": refused.code, "description": refused.description}
            return await self._respond(body)
        except _Forced as forced_error:
            call.forced = forced_error.description
            body = {
                "ok": False,
                "error_code": forced_error.code,
                "description": forced_error.description,
            }
            if forced_error.parameters:
                body["parameters"] = forced_error.parameters
            return await self._respond(body)
        return await self._respond({"ok": True, "result": result})

    async def _respond(self, body: dict[str, Any]) -> web.Response:
        async with self._changed:
            self._changed.notify_all()
        return web.json_response(body, status=body.get("error_code", 200))

    async def _m_default(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_getme(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def _m_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise Refused(
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
                code=409,
            )
        offset = int(params.get("offset", 0))
        if offset:
            self.confirmed = max(self.confirmed, offset - 1)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            async with self._changed:
                self._changed.notify_all()
        # Long polling, capped at one second, and cut short when the test stops the bot.
        releases = self._releases
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(min(float(params.get("timeout", 0)), 1.0)), self._changed:
                await self._changed.wait_for(
                    lambda: bool(self.updates) or self._releases != releases
                )
        return self.updates[: int(params.get("limit", 100))]

    async def _m_sendmessage(self, params: dict[str, Any]) -> Any:
        markup = params.get("text", "")
        if params.get("parse_mode", "").upper() == "HTML":
            parsed = parse_html(markup)
            text, hrefs = parsed.text, parsed.links
        else:
            text, hrefs = markup, ()
        if not text.strip():
            raise Refused("Bad Request: message text is empty")
        if utf16_length(text) > TEXT_LIMIT:
            raise Refused("Bad Request: message is too long")
        if (hrefs or URL.search(text)) and not previews_off(params):
            raise Refused("Bad Request (stand-in rule): a URL is shown with link previews on")
        buttons = check_keyboard(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        thread_id = params.get("message_thread_id")
        self.check_thread(chat_id, thread_id)
        self._check_rate(chat_id)
        sent = Sent(next(self._ids), chat_id, True, text, markup, buttons, thread_id=thread_id)
        self.chats.setdefault(chat_id, []).append(sent)
        return message_json(sent)

    async def _m_senddocument(self, params: dict[str, Any]) -> Any:
        reference = params["document"]
        if not reference.startswith("attach://") or reference[9:] not in self._uploads:
            raise Refused("Bad Request: wrong file identifier/HTTP URL specified")
        chat_id = int(params["chat_id"])
        sent = Sent(next(self._ids), chat_id, True, kind="document")
        sent.file = self._uploads[reference[9:]]
        self.chats.setdefault(chat_id, []).append(sent)
        message = message_json(sent)
        message["document"] = {
            "file_id": "doc",
            "file_unique_id": "doc",
            "file_size": len(sent.file),
        }
        return message

    def _check_rate(self, chat_id: int) -> None:
        if not self.rate_limits:
            return
        now = time.monotonic()
        self._sent_times = [t for t in self._sent_times if now - t < 1.0]
        if len(self._sent_times) >= 30 or now - self._chat_times.get(chat_id, -9.0) < 1.0:
            raise _Forced(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self._sent_times.append(now)
        self._chat_times[chat_id] = now

    async def _m_editmessagetext(self, params: dict[str, Any]) -> Any:
        sent = self._find(int(params["chat_id"]), int(params["message_id"]))
        buttons = check_keyboard(params.get("reply_markup"))
        if sent.html == params["text"] and sent.buttons == buttons:
            raise Refused(
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message"
            )
        sent.html, sent.text, sent.buttons = (
            params["text"],
            parse_html(params["text"]).text,
            buttons,
        )
        return message_json(sent)

    async def _m_deletemessage(self, params: dict[str, Any]) -> Any:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        message = self._find(chat_id, message_id)
        if not deletable(message):
            raise Refused("Bad Request: message can't be deleted")
        self.chats[chat_id].remove(message)
        return True

    async def _m_deletemessages(self, params: dict[str, Any]) -> Any:
        ids = params["message_ids"]
        if not 1 <= len(ids) <= 100:
            raise Refused("Bad Request: message_ids must hold 1 to 100 identifiers")
        # Messages that cannot be found or deleted are skipped, as Telegram does.
        chat = self.chats.get(int(params["chat_id"]), [])
        self.chats[int(params["chat_id"])] = [
            m for m in chat if m.message_id not in ids or not deletable(m)
        ]
        return True

    async def _m_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = params["commands"]
        if len(commands) > 100:
            raise Refused("Bad Request: too many commands")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise Refused("Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise Refused("Bad Request: command description must be 1-256 characters")
        scope = params.get("scope") or {"type": "default"}
        if scope["type"] == "chat":
            self.commands[f"chat:{scope['chat_id']}"] = commands
        else:
            self.commands[params.get("language_code", "")] = commands
        return True

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_getfile(self, params: dict[str, Any]) -> Any:
        return {"file_id": params["file_id"], "file_unique_id": "u", "file_path": "photos/x.jpg"}

    def _find(self, chat_id: int, message_id: int) -> Sent:
        for sent in self.chats.get(chat_id, []):
            if sent.message_id == message_id:
                return sent
        raise Refused("Bad Request: message to delete not found")


class _Forced(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any]) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters
