"""Redis pub/sub as the :class:`~tta_server.store.base.Bus` of the ``redis-neo4j`` store.

One pub/sub connection per bus, subscribed to exactly the channels that have local subscribers;
channel ``c`` is the Redis channel ``<key_prefix>bus:c`` and messages are JSON objects.
:meth:`RedisBus.subscribe` returns only after Redis confirmed the subscription, so every message
published afterwards (by any process) is delivered. Delivery is at-most-once: messages published
while this process is disconnected from Redis are lost; local queues are unbounded (each
subscriber a :class:`~tta_server.store.bus_subscription.QueueSubscription`, as the in-process
bus's).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.client import PubSub

from tta_server.store.bus_subscription import QueueSubscription

log = logging.getLogger("tta.store.redis_bus")


class RedisBus:
    """:class:`~tta_server.store.base.Bus` over Redis pub/sub, shared by server processes.

    One pub/sub connection per bus. A writer task sends ``SUBSCRIBE`` / ``UNSUBSCRIBE`` in order
    when a channel gets its first local subscriber / loses its last; a reader task resolves
    subscription confirmations and copies each message into the subscribers' unbounded queues.
    :meth:`subscribe` returns only after Redis confirmed the channel's subscription, so every
    message published afterwards, by any process, is delivered. Delivery is at-most-once:
    messages published while the connection is down are lost (redis-py reconnects and
    resubscribes).
    """

    def __init__(self, redis: aioredis.Redis, key_prefix: str) -> None:
        self._redis = redis
        self._prefix = key_prefix + "bus:"
        self._pubsub: PubSub | None = None
        self._subs: dict[str, set[QueueSubscription]] = {}
        self._confirmed: dict[str, asyncio.Future[None]] = {}
        """Per channel with local subscribers: the confirmation of its (latest) SUBSCRIBE."""
        self._pending: dict[str, deque[asyncio.Future[None]]] = {}
        """Per full channel name: SUBSCRIBEs sent and not yet confirmed, oldest first."""
        self._commands: asyncio.Queue[tuple[str, str]] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._reader: asyncio.Task[None] | None = None

    async def publish(self, channel: str, message: Mapping[str, Any]) -> None:
        await self._redis.publish(
            self._prefix + channel, json.dumps(dict(message), separators=(",", ":"))
        )

    async def subscribe(self, channel: str) -> QueueSubscription:
        confirmed = self._confirmed.get(channel)
        if confirmed is None:
            confirmed = asyncio.get_running_loop().create_future()
            confirmed.add_done_callback(_retrieve)
            self._confirmed[channel] = confirmed
            self._pending.setdefault(self._prefix + channel, deque()).append(confirmed)
            self._send("subscribe", channel)
        sub = QueueSubscription(channel, self._remove)
        self._subs.setdefault(channel, set()).add(sub)
        try:
            await asyncio.shield(confirmed)
        except BaseException:
            await sub.aclose()
            raise
        return sub

    def _remove(self, sub: QueueSubscription) -> None:
        subs = self._subs.get(sub.channel)
        if subs is None:
            return
        subs.discard(sub)
        if not subs:
            del self._subs[sub.channel]
            self._confirmed.pop(sub.channel, None)
            self._send("unsubscribe", sub.channel)

    def _send(self, command: str, channel: str) -> None:
        if self._commands is None:
            self._commands = asyncio.Queue()
        self._commands.put_nowait((command, channel))
        if self._writer is None:
            self._writer = asyncio.get_running_loop().create_task(self._write_loop())

    async def _write_loop(self) -> None:
        assert self._commands is not None
        while True:
            command, channel = await self._commands.get()
            full = self._prefix + channel
            try:
                if self._pubsub is None:
                    self._pubsub = self._redis.pubsub()
                if command == "subscribe":
                    await self._pubsub.subscribe(full)
                    if self._reader is None:
                        self._reader = asyncio.get_running_loop().create_task(self._read_loop())
                else:
                    await self._pubsub.unsubscribe(full)
            except Exception as exc:  # kept alive: the subscribers see the error
                log.warning("bus %s %s failed: %s", command, channel, exc)
                if command == "subscribe":
                    pending = self._pending.get(full)
                    if pending:
                        failed = pending.popleft()
                        if not failed.done():
                            failed.set_exception(exc)
                        if self._confirmed.get(channel) is failed:
                            del self._confirmed[channel]  # the next subscriber retries

    async def _read_loop(self) -> None:
        assert self._pubsub is not None
        while True:
            try:
                message = await self._pubsub.get_message(timeout=None)
            except Exception as exc:  # kept alive: redis-py reconnects and resubscribes
                log.warning("bus reader: %s; retrying", exc)
                await asyncio.sleep(0.5)
                continue
            if message is None:
                continue
            kind = message["type"]
            full = message["channel"]
            if kind == "subscribe":
                pending = self._pending.get(full)
                while pending:
                    confirmed = pending.popleft()
                    if not confirmed.done():
                        confirmed.set_result(None)
                        break
                if pending is not None and not pending:
                    del self._pending[full]
            elif kind == "message" and full.startswith(self._prefix):
                subs = self._subs.get(full[len(self._prefix) :])
                if not subs:
                    continue
                try:
                    decoded = json.loads(message["data"])
                except ValueError:
                    decoded = None
                if not isinstance(decoded, dict):
                    log.warning("bus: dropped a message that is not a JSON object on %s", full)
                    continue
                for sub in tuple(subs):
                    sub.deliver(decoded)

    async def close(self) -> None:
        """Close every subscription, stop the tasks and the pub/sub connection."""
        for subs in list(self._subs.values()):
            for sub in subs:
                sub.end()
        self._subs.clear()
        self._confirmed.clear()
        for pending in self._pending.values():
            for confirmed in pending:
                if not confirmed.done():
                    confirmed.set_exception(RuntimeError("the bus is closed"))
        self._pending.clear()
        for task in (self._writer, self._reader):
            # redis-py can swallow a cancellation that lands inside a command: repeat it.
            while task is not None and not task.done():
                task.cancel()
                await asyncio.wait({task}, timeout=0.1)
        self._writer = self._reader = None
        self._commands = None
        if self._pubsub is not None:
            # typed by a name: redis-py before 8.2 leaves aclose unannotated (no-untyped-call)
            close: Callable[[], Awaitable[None]] = self._pubsub.aclose
            await close()
            self._pubsub = None


def _retrieve(future: asyncio.Future[None]) -> None:
    """Mark a future's exception as retrieved (it is re-raised to each subscriber)."""
    future.exception()
