"""In-process pub/sub: the :class:`~tta_server.store.base.Bus` of the embedded store.

Subscribers each get an unbounded queue (a
:class:`~tta_server.store.bus_subscription.QueueSubscription`, as the Redis bus's);
:meth:`LocalBus.subscribe` registers at once, so a message published after it returns is
delivered. Closing the iterator unregisters it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tta_server.store.bus_subscription import QueueSubscription


class LocalBus:
    """Fan-out to subscribers in this process only."""

    def __init__(self) -> None:
        self._subs: dict[str, set[QueueSubscription]] = {}

    async def publish(self, channel: str, message: Mapping[str, Any]) -> None:
        for sub in tuple(self._subs.get(channel, ())):
            sub.deliver(message)

    async def subscribe(self, channel: str) -> QueueSubscription:
        sub = QueueSubscription(channel, self._remove)
        self._subs.setdefault(channel, set()).add(sub)
        return sub

    def _remove(self, sub: QueueSubscription) -> None:
        subs = self._subs.get(sub.channel)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._subs[sub.channel]

    async def close(self) -> None:
        for channel in list(self._subs):
            for sub in list(self._subs.get(channel, ())):
                await sub.aclose()
