"""The server's time, as this client reads it: the times the server sends (a story's
``created_at`` and ``updated_at``) are read against the server's clock, not this computer's.

The server says its time in ``hello.server_time`` (docs/protocol.md). A :class:`ServerClock`
keeps it with this computer's steady clock (``time.monotonic``) at the moment it was read, so
:meth:`ServerClock.now` is the server's time now: right when this computer's wall clock is
wrong, set to another zone's idea of the epoch, or changed while the client runs. One clock
per connection (a reconnection, maybe to another server, reads a new hello). A hello from an
older server has no ``server_time``: the clock is this computer's wall clock, as before.
"""

from __future__ import annotations

import time

from tta_server.protocol.messages import Hello


class ServerClock:
    """The server's time now, from its hello (or this computer's clock without one)."""

    def __init__(self, server_time: float | None = None) -> None:
        self._offset = None if server_time is None else server_time - time.monotonic()
        """The server's time minus this computer's steady clock (None: no server time)."""

    @classmethod
    def from_hello(cls, hello: Hello | None) -> ServerClock:
        """The clock of a connection whose ``hello`` was just read."""
        return cls(hello.server_time if hello is not None else None)

    def now(self) -> float:
        """The server's time now, in seconds since the epoch."""
        if self._offset is None:
            return time.time()
        return time.monotonic() + self._offset
