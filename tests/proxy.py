"""A TCP proxy between the bot and a real server that a test can cut, as if the server stopped:
open connections are reset and new ones refused, until the test restores it.

It runs its own event loop in a thread: parts of the bot (APScheduler's job store) talk to the
database with blocking calls from the bot's loop, which would otherwise wait on the proxy forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


class CuttableProxy:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.is_cut = False
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._pipes: set[asyncio.Task] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> int:
        """Starts listening on 127.0.0.1; returns the port to connect to instead."""
        self._thread.start()
        self._server = self._run(asyncio.start_server(self._serve, "127.0.0.1", 0))
        return self._server.sockets[0].getsockname()[1]

    def cut(self) -> None:
        self._run(self._cut())

    def restore(self) -> None:
        self.is_cut = False

    def stop(self) -> None:
        self._run(self._stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    async def _cut(self) -> None:
        self.is_cut = True
        for writer in list(self._open):
            writer.transport.abort()

    async def _stop(self) -> None:
        await self._cut()
        self._server.close()
        for pipe in list(self._pipes):
            pipe.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    async def _serve(self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter):
        if self.is_cut:
            client_out.transport.abort()
            return
        try:
            server_in, server_out = await asyncio.open_connection(self.host, self.port)
        except OSError:
            client_out.transport.abort()
            return
        self._open.update((client_out, server_out))
        pipes = [
            asyncio.create_task(self._pipe(client_in, server_out)),
            asyncio.create_task(self._pipe(server_in, client_out)),
        ]
        self._pipes.update(pipes)
        await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        for writer in (client_out, server_out):
            writer.transport.abort()
            self._open.discard(writer)
        for pipe in pipes:
            pipe.cancel()
            self._pipes.discard(pipe)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                target.write(data)
                await target.drain()
