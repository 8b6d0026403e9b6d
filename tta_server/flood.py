"""The flood guard: a WebSocket connection that closes itself when its peer floods it.

Every frame a client sends costs the server CPU before any request handling sees it, and some
never reach request handling at all: WebSocket pings are answered by the protocol layer itself.
:class:`GuardedConnection` counts **every** frame (text, binary, ping, pong, continuation) in a
token bucket holding ``flood_close_messages`` frames and refilled at that many per
``rate_limit_window_s``. A peer that empties it is sent a close frame with **1008** (policy
violation) and the reason :data:`FLOOD_REASON`, and nothing it sends afterwards is read: its
connection is held unread for :data:`TARPIT_S` (so a flooder's own sends block) and dropped.

Reconnecting is the flooder's next move, and opening a connection costs far more than a frame:
:class:`ConnectGate` allows each client address ``connect_rate_per_address`` new connections
per ``rate_limit_window_s`` (again a token bucket), and an address one of whose connections
floods may open its next connection only a full window later. Past it, the upgrade request is
answered with HTTP 429 and ``Retry-After``, before any WebSocket work.

The request-level rate limit (``rate_limit_messages``, answered with ``rate_limited``) lives in
:mod:`tta_server.connection`; this guard sits under it, for peers that ignore those answers.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import ClassVar

from websockets.asyncio.server import ServerConnection
from websockets.frames import CloseCode
from websockets.protocol import Event, State

log = logging.getLogger("tta.flood")

FLOOD_REASON = "too many messages: slow down and reconnect"
TARPIT_S = 10.0
"""Seconds a flooding peer's connection is held, unread, before it is dropped."""
READ_SLICE = 4096
"""Bytes fed to the WebSocket parser at a time. One read from a socket can hold 256 KiB:
tens of thousands of tiny frames, all parsed (and every ping answered) before the guard would
see the first. Fed in slices, the guard stops a flood within a slice and the rest is dropped."""


def _never() -> None:
    """Stands in for resuming reading from a peer that flooded."""


class GuardedConnection(ServerConnection):
    """A :class:`ServerConnection` with a flood guard (:func:`guarded` sets its limits) whose
    frames ready at once are written to the socket together (:meth:`send_data`)."""

    flood_frames: ClassVar[int] = 0
    """Bucket size in frames (0: no guard)."""
    flood_window_s: ClassVar[float] = 10.0
    on_flood: ClassVar[Callable[[GuardedConnection], None] | None] = None
    """Called once per flooding connection (a metric)."""

    flooded = False
    _tokens: float
    _last: float

    def send_data(self) -> None:
        """websockets' ``send_data``, with the frames waiting (the outbox's batch: a turn's
        frames) joined into one transport write, so one system call instead of one per frame;
        the same bytes in the same order. The end of the stream (an empty write) is left to
        websockets as it is."""
        writes = self.protocol.writes
        if len(writes) > 1 and all(writes):
            self.protocol.writes = [b"".join(writes)]
        super().send_data()

    def data_received(self, data: bytes) -> None:
        if self.flooded:
            return
        if not self.flood_frames or len(data) <= READ_SLICE:
            super().data_received(data)
            return
        view = memoryview(data)
        for start in range(0, len(data), READ_SLICE):
            super().data_received(bytes(view[start : start + READ_SLICE]))
            if self.flooded:
                return

    def process_event(self, event: Event) -> None:
        if self.flood_frames and self.request is not None:
            now = self.loop.time()
            if not hasattr(self, "_tokens"):
                self._tokens, self._last = float(self.flood_frames), now
            refill = (now - self._last) * self.flood_frames / self.flood_window_s
            self._tokens = min(float(self.flood_frames), self._tokens + refill) - 1.0
            self._last = now
            if self._tokens < 0:
                self._flood()
                return
        super().process_event(event)

    def _flood(self) -> None:
        if self.flooded or self.protocol.state is not State.OPEN:
            return
        self.flooded = True
        remote = self.remote_address[0] if self.remote_address else "unknown"
        log.info("flood: closing a connection from %s (1008)", remote)
        callback = type(self).on_flood
        if callback is not None:
            callback(self)
        self.protocol.fail(CloseCode.POLICY_VIOLATION, FLOOD_REASON)
        with contextlib.suppress(Exception):  # the transport may already be gone
            self.send_data()
        # Then never read from it again (a tarpit): a client that reads gets the close frame
        # and goes; one that does not keeps sending into a socket nobody reads until its own
        # buffers fill and its sends block, costing us nothing, and is dropped after
        # TARPIT_S. Dropping it at once only makes it reconnect, which costs far more.
        self.recv_messages.resume = _never
        self.transport.pause_reading()
        self.loop.call_later(TARPIT_S, self.transport.abort)


def guarded(
    frames: int,
    window_s: float,
    on_flood: Callable[[GuardedConnection], None] | None = None,
) -> type[GuardedConnection]:
    """A :class:`GuardedConnection` class with these limits (``frames`` 0: no guard)."""
    return type(
        "TtaConnection",
        (GuardedConnection,),
        {"flood_frames": frames, "flood_window_s": window_s, "on_flood": on_flood},
    )


class ConnectGate:
    """New connections per client address: a token bucket of ``burst`` refilled over
    ``window_s``; :meth:`penalise` puts an address that flooded a window in debt."""

    PRUNE_AT = 10_000
    """Addresses remembered before full buckets are forgotten."""

    def __init__(self, burst: int, window_s: float) -> None:
        self.burst = burst
        self.rate = burst / window_s if burst else 0.0
        self._buckets: dict[str, tuple[float, float]] = {}

    def _tokens(self, address: str, now: float) -> float:
        tokens, at = self._buckets.get(address, (float(self.burst), now))
        return min(float(self.burst), tokens + (now - at) * self.rate)

    def allow(self, address: str, now: float) -> float:
        """0 when a connection from ``address`` may open now (and counts it), else the seconds
        until one may."""
        if not self.burst:
            return 0.0
        tokens = self._tokens(address, now)
        if tokens < 1.0:
            self._buckets[address] = (tokens, now)
            return (1.0 - tokens) / self.rate
        if len(self._buckets) >= self.PRUNE_AT:
            self._prune(now)
        self._buckets[address] = (tokens - 1.0, now)
        return 0.0

    def penalise(self, address: str, now: float) -> None:
        """An address whose connection flooded opens its next connection one window later."""
        if self.burst:
            self._buckets[address] = (1.0 - self.burst, now)

    def _prune(self, now: float) -> None:
        full = [a for a in self._buckets if self._tokens(a, now) >= self.burst]
        for address in full:
            del self._buckets[address]
