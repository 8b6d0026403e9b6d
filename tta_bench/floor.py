"""The floor the load benchmark measures against (a WebSocket echo, Redis, Neo4j, argon2id), and
the memory readings."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from tta_bench.report import (
    ARGON2_SAMPLES,
    FLOOR_SAMPLES,
    TURN_TEXT,
    FloorStats,
    ms_since,
    percentile,
)
from tta_server.settings import Settings, StoreKind

if TYPE_CHECKING:
    from neo4j import AsyncDriver


# -- memory -----------------------------------------------------------------------------------
def proc_status_kib(key: str, pid: int | None = None) -> int | None:
    """A ``kB`` line of ``/proc/<pid>/status`` (this process when ``pid`` is None), e.g.
    ``VmRSS`` or ``VmHWM``; None where /proc is unavailable."""
    path = Path("/proc") / ("self" if pid is None else str(pid)) / "status"
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(":")
        if name == key:
            return int(value.split()[0])
    return None


# -- floor ------------------------------------------------------------------------------------
async def _measure(name: str, once: Callable[[], Awaitable[object]], n: int) -> FloorStats:
    """Time ``n`` sequential calls of ``once`` after one untimed warm-up."""
    try:
        await once()
        samples = []
        for _ in range(n):
            started = time.perf_counter()
            await once()
            samples.append(ms_since(started))
    except Exception as exc:  # a floor that cannot be measured is reported, not fatal
        return FloorStats(name, 0, 0.0, 0.0, f"{type(exc).__name__}: {exc}"[:200])
    s = sorted(samples)
    return FloorStats(name, len(s), percentile(s, 50), percentile(s, 95))


async def echo_floor(n: int = FLOOR_SAMPLES) -> FloorStats:
    """Round trip of a small text frame to a bare ``websockets`` echo server on this machine."""

    async def echo(ws: ServerConnection) -> None:
        async for frame in ws:
            await ws.send(frame)

    frame = json.dumps({"type": "turn", "id": "turn-1", "turn_id": "t0", "text": TURN_TEXT})
    async with serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}") as ws:

            async def once() -> None:
                await ws.send(frame)
                await ws.recv()

            return await _measure("websocket echo", once, n)


async def redis_floor(url: str, n: int = FLOOR_SAMPLES) -> FloorStats:
    """Round trip of ``PING`` with ``redis.asyncio`` (the store's client)."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    try:

        async def once() -> None:
            await client.ping()

        return await _measure("redis PING", once, n)
    finally:
        await client.aclose()


def _floor_driver(settings: Settings) -> AsyncDriver:
    """A driver of its own for the floor figures, with the store's socket options."""
    from neo4j import AsyncGraphDatabase

    from tta_server.store import bolt_nodelay

    bolt_nodelay.install()
    password = settings.neo4j_password.get_secret_value()
    auth = (settings.neo4j_user, password) if password else None
    return AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth)


async def neo4j_floor(settings: Settings, n: int = FLOOR_SAMPLES) -> FloorStats:
    """``RETURN 1`` as a managed read transaction, as the store's readiness check runs it."""
    from neo4j import RoutingControl

    driver = _floor_driver(settings)
    try:

        async def once() -> None:
            await driver.execute_query(
                "RETURN 1", database_=settings.neo4j_database, routing_=RoutingControl.READ
            )

        return await _measure("neo4j RETURN 1", once, n)
    finally:
        await driver.close()


async def neo4j_write_floor(settings: Settings, n: int = FLOOR_SAMPLES) -> FloorStats:
    """One small write transaction (``MERGE`` a probe node, set a property): the commit a turn
    cannot avoid. The probe node is deleted afterwards."""
    driver = _floor_driver(settings)
    db = settings.neo4j_database
    counter = itertools.count()
    try:

        async def once() -> None:
            await driver.execute_query(
                "MERGE (p:TtaBenchProbe {id: 1}) SET p.n = $n", {"n": next(counter)}, database_=db
            )

        return await _measure("neo4j write (MERGE + SET)", once, n)
    finally:
        with contextlib.suppress(Exception):
            await driver.execute_query("MATCH (p:TtaBenchProbe) DELETE p", database_=db)
        await driver.close()


async def argon2_floor(settings: Settings, n: int = ARGON2_SAMPLES) -> FloorStats:
    """One argon2id hash with the server's cost settings, in a worker thread as the server
    hashes: what ``register`` and ``login`` each cost in CPU at the least."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib, parallelism=1
    )

    async def once() -> None:
        await asyncio.to_thread(hasher.hash, "a password of ordinary length")

    return await _measure("argon2id hash", once, n)


async def measure_floor(settings: Settings) -> list[FloorStats]:
    """The echo floor, a floor for each service ``settings.store`` uses, and argon2id."""
    floor = [await echo_floor()]
    if settings.store is StoreKind.REDIS_NEO4J:
        floor.append(await redis_floor(settings.redis_url))
        floor.append(await neo4j_floor(settings))
        floor.append(await neo4j_write_floor(settings))
    floor.append(await argon2_floor(settings))
    return floor
