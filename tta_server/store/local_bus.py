"""In-process pub/sub: the :class:`~tta_server.store.base.Bus` of the embedded store.

Subscribers each get an unbounded queue; :meth:`LocalBus.subscribe` registers at once, so a
message published after it returns is delivered. Closing the iterator unregisters it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from typing import Any


class Subscription:
    """Async iterator over one channel's messages; ``aclose()`` ends it."""

    def __init__(self, bus: LocalBus, channel: str) -> None:
        self._bus = bus
        self._channel = channel
        self.queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()

    def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        return self

    async def __anext__(self) -> dict[str, Any]:
        item = await self.queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        self._bus._remove(self._channel, self)
        self.queue.put_nowait(None)


class LocalBus:
    """Fan-out to subscribers in this process only."""

    def __init__(self) -> None:
        self._subs: dict[str, set[Subscription]] = {}

    async def publish(self, channel: str, message: Mapping[str, Any]) -> None:
        for sub in tuple(self._subs.get(channel, ())):
            sub.queue.put_nowait(dict(message))

    async def subscribe(self, channel: str) -> Subscription:
        sub = Subscription(self, channel)
        self._subs.setdefault(channel, set()).add(sub)
        return sub

    def _remove(self, channel: str, sub: Subscription) -> None:
        subs = self._subs.get(channel)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._subs[channel]

    async def close(self) -> None:
        for channel in list(self._subs):
            for sub in list(self._subs.get(channel, ())):
                await sub.aclose()
