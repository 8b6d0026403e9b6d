"""The two buses hand out subscriptions the same way (one ``QueueSubscription`` for both): each
subscriber gets its own copy of every message of its channel, in order; ``aclose()`` ends the
iteration after what was queued, for good, and is safe to repeat; closing the bus ends every
subscription; the Redis bus unsubscribes from Redis when a channel's last subscriber leaves.
Run against the in-process bus and a real Redis (``scripts/services.sh``)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from tests.conftest import REDIS_URL
from tta_server.store.bus_subscription import QueueSubscription
from tta_server.store.local_bus import LocalBus
from tta_server.store.redis_bus import RedisBus

Bus = LocalBus | RedisBus
WAIT_S = 5.0


async def reachable_redis() -> aioredis.Redis:
    client = aioredis.from_url(REDIS_URL, decode_responses=True)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        raise RuntimeError(
            f"no Redis at {REDIS_URL} ({exc}); start it with: bash scripts/services.sh start redis"
        ) from exc
    return client


@pytest.fixture
async def redis_client() -> AsyncIterator[aioredis.Redis]:
    client = await reachable_redis()
    yield client
    await client.aclose()


@pytest.fixture(params=["local", "redis"])
async def bus(request: pytest.FixtureRequest) -> AsyncIterator[Bus]:
    made: Bus
    if request.param == "local":
        made = LocalBus()
        yield made
        await made.close()
        return
    redis = await reachable_redis()
    made = RedisBus(redis, f"test-{uuid.uuid4().hex[:8]}:")
    yield made
    await made.close()
    await redis.aclose()


async def next_of(sub: QueueSubscription) -> dict[str, object]:
    return await asyncio.wait_for(anext(sub), WAIT_S)


async def test_each_subscriber_gets_its_own_copy_of_its_channels_messages_in_order(
    bus: Bus,
) -> None:
    one, two = await bus.subscribe("chan"), await bus.subscribe("chan")
    other = await bus.subscribe("other")
    await bus.publish("chan", {"n": 1})
    await bus.publish("other", {"n": 9})
    await bus.publish("chan", {"n": 2})
    first = await next_of(one)
    first["n"] = 100  # a subscriber's copy is its own
    assert [first, await next_of(one)] == [{"n": 100}, {"n": 2}]
    assert [await next_of(two), await next_of(two)] == [{"n": 1}, {"n": 2}]
    assert await next_of(other) == {"n": 9}


async def test_aclose_ends_the_iteration_after_what_was_queued_for_good(bus: Bus) -> None:
    sub, stays = await bus.subscribe("chan"), await bus.subscribe("chan")
    await bus.publish("chan", {"n": 1})
    assert await next_of(stays) == {"n": 1}  # delivered everywhere, so queued in sub too
    await sub.aclose()
    await sub.aclose()  # safe to repeat
    await bus.publish("chan", {"n": 2})
    assert [m async for m in sub] == [{"n": 1}]
    with pytest.raises(StopAsyncIteration):
        await anext(sub)  # stays ended
    assert await next_of(stays) == {"n": 2}


async def test_closing_the_bus_ends_every_subscription(bus: Bus) -> None:
    subs = [await bus.subscribe("a"), await bus.subscribe("b")]
    await bus.close()
    for sub in subs:
        assert [m async for m in sub] == []


async def test_the_redis_bus_leaves_a_channel_when_its_last_subscriber_does(
    redis_client: aioredis.Redis,
) -> None:
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    bus_redis = await reachable_redis()
    bus = RedisBus(bus_redis, prefix)
    full = prefix + "bus:chan"

    async def subscribers() -> int:
        counts = await redis_client.pubsub_numsub(full)
        return int(counts[0][1])

    try:
        one, two = await bus.subscribe("chan"), await bus.subscribe("chan")
        assert await subscribers() == 1  # one Redis subscription for the process
        await one.aclose()
        assert await subscribers() == 1
        await two.aclose()
        # the writer task sends commands in order on one connection: once a later SUBSCRIBE
        # is confirmed, Redis has handled the UNSUBSCRIBE
        await bus.subscribe("later")
        assert await subscribers() == 0
    finally:
        await bus.close()
        await bus_redis.aclose()
