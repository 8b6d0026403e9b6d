"""One client of the TTA protocol, for everything that talks to a server from a script: the load
and alert benchmarks, ``tta-admin``'s operations and the tests. (The terminal client keeps its
own transport, :class:`tta_tui.net.Link`, which adds reconnects, resume and a turn queue.)

* :meth:`ProtocolClient.connect` opens the WebSocket and reads the server's ``hello``.
* :meth:`ProtocolClient.request` sends ``{type, id, **fields}`` and returns the frame that answers
  it (``<type>.ok`` or ``error``: the one whose ``re`` is the id). Frames read meanwhile (events,
  notices, alerts) go to :meth:`ProtocolClient.unanswered`.
* :meth:`ProtocolClient.recv` reads one frame; every frame read passes
  :meth:`ProtocolClient.received`.

Every read waits at most ``timeout_s``: :class:`TimeoutError` past it, and the library's
:class:`~websockets.exceptions.ConnectionClosed` when the server closes; callers turn those into
their own errors. A frame that is not a JSON object raises :class:`BadFrame`. Subclasses
override the two hooks to collect what they need.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from typing import Any, Self

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException


class BadFrame(ValueError):
    """The server sent something that is not a JSON object."""


class ProtocolClient:
    """One connection to a TTA server: requests matched to replies by id."""

    def __init__(self, ws: ClientConnection, *, timeout_s: float = 10.0, id_prefix: str = "r"):
        self.ws = ws
        self.timeout_s = timeout_s
        """Seconds each read may wait."""
        self.hello: dict[str, Any] = {}
        """The server's ``hello`` (version, limits), read by :meth:`connect`."""
        self._prefix = id_prefix
        self._ids = itertools.count(1)

    @classmethod
    async def connect(
        cls, url: str, *, timeout_s: float = 10.0, id_prefix: str = "r", **options: Any
    ) -> Self:
        """Open a connection and read ``hello``; ``options`` go to websockets' ``connect``."""
        options.setdefault("max_size", None)
        ws = await connect(url, open_timeout=timeout_s, **options)
        client = cls(ws, timeout_s=timeout_s, id_prefix=id_prefix)
        try:
            client.hello = await client.recv()
        except BaseException:
            await client.close()
            raise
        return client

    async def close(self) -> None:
        with contextlib.suppress(WebSocketException, OSError):
            await self.ws.close()

    def received(self, doc: dict[str, Any]) -> None:
        """Called with every frame read (a hook: subclasses count events, times ...)."""

    def unanswered(self, doc: dict[str, Any]) -> None:
        """Called with each frame read while waiting for a reply that is not that reply."""

    async def recv(self) -> dict[str, Any]:
        """The next frame from the server, decoded."""
        frame = await asyncio.wait_for(self.ws.recv(), self.timeout_s)
        try:
            doc = json.loads(frame)
        except ValueError:
            doc = None
        if not isinstance(doc, dict):
            raise BadFrame(f"the server sent a frame that is not a JSON object: {frame[:80]!r}")
        self.received(doc)
        return doc

    async def send(self, type_: str, **fields: Any) -> str:
        """Send a request; returns its id."""
        rid = f"{self._prefix}{next(self._ids)}"
        await self.ws.send(json.dumps({"type": type_, "id": rid, **fields}))
        return rid

    async def reply_to(self, rid: str) -> dict[str, Any]:
        """Read frames until the one answering request ``rid``; the others go to
        :meth:`unanswered`."""
        while True:
            doc = await self.recv()
            if doc.get("re") == rid:
                return doc
            self.unanswered(doc)

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """Send a request and return its reply (``<type>.ok`` or ``error``)."""
        return await self.reply_to(await self.send(type_, **fields))
