"""One subscriber's messages, as both buses hand them out (:class:`QueueSubscription`).

A bus (:mod:`~tta_server.store.local_bus`, :mod:`~tta_server.store.redis_bus`) keeps the
subscribers of each channel and :meth:`~QueueSubscription.deliver`\\ s every message to each: a
copy goes into the subscriber's unbounded queue, read by ``async for``. Once closed, by the
subscriber (``aclose()``, which also tells the bus to forget it) or by the bus
(:meth:`~QueueSubscription.end`), nothing more is queued: what was queued before is still read,
then the iteration ends and stays ended.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any


class QueueSubscription:
    """Async iterator over one channel's messages; ``aclose()`` ends it and unsubscribes."""

    def __init__(self, channel: str, forget: Callable[[QueueSubscription], None]) -> None:
        self.channel = channel
        self._forget = forget
        """The bus's way to drop this subscriber (called once, by ``aclose()``)."""
        self.closed = False
        self._queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

    def deliver(self, message: Mapping[str, Any]) -> None:
        """Queue a copy of ``message`` (never waits); nothing once closed."""
        if not self.closed:
            self._queue.put_nowait(dict(message))

    def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        return self

    async def __anext__(self) -> dict[str, Any]:
        item = await self._queue.get()
        if item is None:
            self._queue.put_nowait(None)  # stay ended for later calls
            raise StopAsyncIteration
        return item

    def end(self) -> None:
        """End the iteration after what is queued, without telling the bus (the bus is
        closing). Idempotent."""
        if not self.closed:
            self.closed = True
            self._queue.put_nowait(None)

    async def aclose(self) -> None:
        """Unsubscribe and end the iteration. Idempotent."""
        if not self.closed:
            self._forget(self)
            self.end()
