"""A fake OpenAI-compatible chat-completions endpoint for LLM narrator tests.

A real TCP server (``asyncio.start_server`` on 127.0.0.1, a free port) speaking hand-written
HTTP/1.1: it reads one request per connection and hands it, with a :class:`Reply`, to a
*behaviour* (an async function written by the test) that streams whatever the test scripts:
Server-Sent Events in ``Transfer-Encoding: chunked`` or close-delimited bodies, error statuses,
malformed lines, stalls, or a connection cut part-way. Every response ends the connection.

Synchronisation is by events, never by sleeping: :attr:`FakeLlm.received` is set when a request
has been read, :attr:`FakeLlm.release` lets held behaviours finish (set on exit), and
:attr:`FakeLlm.disconnected` is set when a client hangs up while a behaviour waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

REASONS = {200: "OK", 401: "Unauthorized", 404: "Not Found", 500: "Internal Server Error"}


@dataclass(frozen=True)
class Request:
    """One HTTP request as received: header names lower-cased."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def chunk(content: str | None = None, finish: str | None = None, role: bool = False) -> dict:
    """A ``chat.completion.chunk`` with one choice."""
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = "assistant"
    if content is not None:
        delta["content"] = content
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


class Reply:
    """The response side of one connection."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: FakeLlm
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._server = server
        self._chunked = True

    async def start(
        self, status: int = 200, content_type: str = "text/event-stream", chunked: bool = True
    ) -> None:
        """Send the status line and headers; the body is chunked or ends when we close."""
        self._chunked = chunked
        framing = "Transfer-Encoding: chunked\r\n" if chunked else ""
        head = (
            f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\n"
            f"Content-Type: {content_type}\r\n{framing}Connection: close\r\n\r\n"
        )
        await self._write(head.encode())

    async def send(self, data: str | bytes) -> None:
        """Body bytes (one chunk when chunked)."""
        raw = data.encode() if isinstance(data, str) else data
        if self._chunked:
            raw = f"{len(raw):x}\r\n".encode() + raw + b"\r\n"
        await self._write(raw)

    async def event(self, payload: dict | str) -> None:
        """One SSE event: ``data: <payload>`` and a blank line."""
        text = payload if isinstance(payload, str) else json.dumps(payload)
        await self.send(f"data: {text}\n\n")

    async def stream(self, pieces: list[str], gap: float = 0.0) -> None:
        """A whole streamed completion: role delta, ``pieces``, stop, ``[DONE]``, end."""
        await self.event(chunk(role=True, content=""))
        for piece in pieces:
            await self.event(chunk(piece))
            if gap:
                await asyncio.sleep(gap)  # the slowness under test
        await self.event(chunk(finish="stop"))
        await self.event("[DONE]")
        await self.end()

    async def end(self) -> None:
        """End the body (the last chunk when chunked) and close the connection."""
        if self._chunked:
            await self._write(b"0\r\n\r\n")
        self._writer.close()

    async def error(self, status: int, body: str = '{"error": {"message": "nope"}}') -> None:
        """A complete non-streaming error response."""
        raw = body.encode()
        head = (
            f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(raw)}\r\n"
            "Connection: close\r\n\r\n"
        )
        await self._write(head.encode() + raw)
        self._writer.close()

    def cut(self) -> None:
        """Drop the connection at once, mid-body."""
        self._writer.transport.abort()

    async def until_client_leaves(self) -> None:
        """Wait until the client closes its side (then set ``disconnected``)."""
        while await self._reader.read(4096):
            pass
        self._server.disconnected.set()

    async def _write(self, raw: bytes) -> None:
        self._writer.write(raw)
        await self._writer.drain()


Behaviour = Callable[[Request, Reply], Awaitable[None]]


class FakeLlm:
    """The fake endpoint; use as ``async with FakeLlm(behaviour) as fake:``."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[Request] = []
        self.received = asyncio.Event()
        self.release = asyncio.Event()
        self.disconnected = asyncio.Event()
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def __aenter__(self) -> FakeLlm:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release.set()
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            request = await read_request(reader)
            self.requests.append(request)
            self.received.set()
            await self.behaviour(request, Reply(reader, writer, self))
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away; behaviours that care wait for it explicitly
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> Request:
    """One HTTP/1.1 request with a ``Content-Length`` body."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Request(method, path, headers, body)


async def nothing_listening() -> int:
    """A port on 127.0.0.1 that nothing listens on (a server bound and closed again)."""
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port
