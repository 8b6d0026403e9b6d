"""Bounded, non-blocking delivery of frames to one WebSocket peer.

Every frame the server sends to a connection goes through that connection's :class:`Outbox`:

* :meth:`Outbox.put` never waits. Frames are queued and a writer task sends them in order:
  the frames waiting when it wakes (a turn's, about five) together, at most
  :data:`BATCH_BYTES` at a time, which the connection
  (:class:`~tta_server.flood.GuardedConnection`) writes to the socket in one system call
  instead of one per frame.
* A peer that falls behind is dropped: when more than ``max_bytes`` of frames wait in the
  queue, or one send (of one batch, or the closing handshake) takes longer than
  ``timeout_s``, the TCP connection is aborted at once. A closing handshake would wait on the
  same full buffer, so the peer sees a dropped connection (close code 1006) and reconnects.
* :meth:`Outbox.close` queues a close frame behind the frames already queued; nothing can be
  queued after it.

So fan-out (safety alerts, broadcasts, takeovers, revocations) never waits on one slow socket,
and a client that stops reading costs the server at most ``max_bytes`` of memory and
``timeout_s`` of a writer task, never anyone else's time.

Senders that produce a lot for one peer (a replay of a long session) call :meth:`Outbox.room`
between pages: it waits until the queue is below half of ``max_bytes``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from websockets.asyncio.connection import Connection as WebSocket
from websockets.exceptions import ConnectionClosed

log = logging.getLogger("tta.outbox")


BATCH_BYTES = 64 * 1024
"""Most bytes of frames handed to the connection in one send (a batch holds at least one)."""


@dataclass(frozen=True, slots=True)
class _Close:
    code: int
    reason: str


class Outbox:
    """The queue of frames waiting to be sent to one peer, and the task that sends them."""

    def __init__(
        self,
        ws: WebSocket,
        *,
        max_bytes: int,
        timeout_s: float,
        on_drop: Callable[[str], None] | None = None,
    ) -> None:
        self._ws = ws
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self._on_drop = on_drop
        self._queue: deque[bytes | _Close] = deque()
        self.queued_bytes = 0
        self._wake = asyncio.Event()
        self._room = asyncio.Event()
        self._room.set()
        self.closed = False
        """True once a close was queued or the peer was dropped: :meth:`put` refuses frames."""
        self.dropped: str | None = None
        """Why the peer was dropped (None while it keeps up)."""
        self._task = asyncio.get_running_loop().create_task(self._run(), name="tta-outbox")

    def put(self, text: str) -> bool:
        """Queue one text frame; False if the outbox is closed or the frame dropped the peer."""
        if self.closed:
            return False
        data = text.encode("utf-8", "replace")  # a lone surrogate must not kill the writer
        self.queued_bytes += len(data)
        if self.queued_bytes > self.max_bytes:
            self.drop(f"more than {self.max_bytes} bytes waiting to be sent")
            return False
        self._queue.append(data)
        if self.queued_bytes > self.max_bytes // 2:
            self._room.clear()
        self._wake.set()
        return True

    def close(self, code: int, reason: str) -> None:
        """Send the queued frames, then close with ``code`` and ``reason``; returns at once."""
        if self.closed:
            return
        self.closed = True
        self._queue.append(_Close(code, reason))
        self._wake.set()

    def drop(self, why: str) -> None:
        """Abort the TCP connection now, discarding whatever is queued."""
        if self.dropped is not None:
            return
        self.closed = True
        self.dropped = why
        self._queue.clear()
        self.queued_bytes = 0
        self._room.set()
        self._wake.set()
        self._ws.transport.abort()
        if self._on_drop is not None:
            self._on_drop(why)

    async def room(self) -> None:
        """Wait until less than half of ``max_bytes`` is queued (or the outbox closed)."""
        await self._room.wait()

    async def finished(self) -> None:
        """Wait until the writer stops: the close was sent, or the peer closed or was dropped."""
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(self._task)

    async def aclose(self) -> None:
        """Stop the writer (the connection is over)."""
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self) -> None:
        ws = self._ws
        try:
            while True:
                if not self._queue:
                    self._wake.clear()
                    await self._wake.wait()
                    continue
                item = self._queue.popleft()
                async with asyncio.timeout(self.timeout_s):
                    if isinstance(item, _Close):
                        await ws.close(item.code, item.reason)
                        return
                    batch = [item]
                    size = len(item)
                    while self._queue and not isinstance(nxt := self._queue[0], _Close):
                        if size + len(nxt) > BATCH_BYTES:
                            break
                        self._queue.popleft()
                        batch.append(nxt)
                        size += len(nxt)
                    self.queued_bytes -= size
                    if self.queued_bytes <= self.max_bytes // 2:
                        self._room.set()
                    if len(batch) == 1:
                        await ws.send(item, text=True)
                    else:  # one text frame each, written together (websockets' own recipe)
                        async with ws.send_context():
                            for data in batch:
                                ws.protocol.send_text(data)
        except TimeoutError:
            self.drop(f"a send took longer than {self.timeout_s:g} s")
        except ConnectionClosed:
            self.closed = True
            self._queue.clear()
            self._room.set()
        except Exception:  # never leave a peer connected with nobody writing to it
            log.exception("outbox writer failed")
            self.drop("the writer failed")
