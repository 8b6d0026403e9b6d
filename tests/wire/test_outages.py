"""A database that stops answering (issue 13, item 6): requests are answered ``unavailable``
with a retry-after within seconds, not after half a minute; a crisis message still gets the
crisis lines; and everything works again once the database is back. On redis-neo4j the link to
Neo4j or Redis is cut by a proxy (connections stay open, nothing arrives); on the embedded store
another process holds the database's write lock."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.conftest import NEO4J_PORT, REDIS_PORT, open_clean_store, settings_for
from tests.wire.blackhole import Blackhole
from tests.wire.client import Client, character, player
from tta_server.app import App
from tta_server.handlers.turns import CRISIS_BUDGET_S
from tta_server.settings import StoreKind
from tta_server.store.sqlite import DB_FILE

PW = "correct horse battery"
BAR_S = 6.0
"""The issue's bar: an outage is answered within 6 s (the store timeout is 5 s)."""


@asynccontextmanager
async def behind_proxies(tmp_path: Path) -> AsyncIterator[tuple[str, dict[str, Blackhole]]]:
    holes = {"neo4j": Blackhole(NEO4J_PORT), "redis": Blackhole(REDIS_PORT)}
    ports = {name: await hole.start() for name, hole in holes.items()}
    settings = settings_for(
        StoreKind.REDIS_NEO4J,
        tmp_path,
        port=0,
        shutdown_grace_s=1,
        neo4j_uri=f"bolt://127.0.0.1:{ports['neo4j']}",
        redis_url=f"redis://127.0.0.1:{ports['redis']}/0",
    )
    store = await open_clean_store(settings)
    await store.close()
    app = App(settings)
    await app.start()
    try:
        yield f"ws://127.0.0.1:{app.port}", holes
    finally:
        for hole in holes.values():
            hole.mend()
        await app.shutdown()
        for hole in holes.values():
            await hole.close()


async def timed(c: Client, kind: str, **fields: object) -> tuple[dict[str, object], float]:
    t0 = time.perf_counter()
    reply = await c.request(kind, **fields)
    return reply, time.perf_counter() - t0


async def playing(url: str, name: str) -> Client:
    c = await player(url, name)
    made = await c.ok("character.create", character=character())
    started = await c.ok(
        "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
    )
    await c.wait_events(started["session"]["last_seq"])
    return c


async def test_a_neo4j_outage_is_answered_within_seconds_and_crisis_lines_still_go_out(
    tmp_path: Path,
) -> None:
    async with behind_proxies(tmp_path) as (url, holes):
        c = await playing(url, "olive")
        holes["neo4j"].cut()
        reply, took = await timed(c, "character.list")
        print(f"neo4j cut: character.list answered {reply.get('code')} in {took:.2f} s")
        assert reply["code"] == "unavailable" and took < BAR_S
        assert reply["retry_after"] == 5 and "may not have been done" in str(reply["message"])
        reply, took = await timed(c, "turn", turn_id="t9", text="i want to end my life tonight")
        print(f"neo4j cut: a crisis turn answered {reply.get('code')} in {took:.2f} s")
        assert reply["code"] == "unavailable" and took < CRISIS_BUDGET_S + 1
        assert "999" in str(reply["message"])  # the character lives in GB
        holes["neo4j"].mend()
        listed = await c.ok("character.list")
        assert len(listed["characters"]) == 1
        await c.close()


async def test_a_redis_outage_is_answered_within_seconds(tmp_path: Path) -> None:
    async with behind_proxies(tmp_path) as (url, holes):
        await (await player(url, "rosa")).close()
        holes["redis"].cut()
        c = await Client.open(url)
        reply, took = await timed(c, "login", username="rosa", password=PW)
        print(f"redis cut: login answered {reply.get('code')} in {took:.2f} s")
        assert reply["code"] == "unavailable" and took < BAR_S
        holes["redis"].mend()
        assert (await c.request("login", username="rosa", password=PW))["type"] == "login.ok"
        await c.close()


async def test_a_locked_embedded_store_is_answered_within_seconds(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.EMBEDDED, tmp_path, port=0, shutdown_grace_s=1)
    app = App(settings)
    await app.start()
    try:
        c = await player(f"ws://127.0.0.1:{app.port}", "uma")
        other = sqlite3.connect(tmp_path / DB_FILE, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            reply, took = await timed(c, "character.create", character=character())
            print(f"embedded locked: character.create answered {reply.get('code')} in {took:.2f} s")
            assert reply["code"] == "unavailable" and took < BAR_S
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert (await c.ok("character.list"))["characters"] == []  # nothing half-written
        await c.ok("character.create", character=character())
        await c.close()
    finally:
        await app.shutdown()


async def test_a_crisis_during_a_redis_outage_gets_its_lines_within_seconds(
    tmp_path: Path,
) -> None:
    async with behind_proxies(tmp_path) as (url, holes):
        c = await playing(url, "sofia")
        holes["redis"].cut()
        reply, took = await timed(c, "turn", turn_id="t9", text="i want to end my life tonight")
        answer = reply.get("code", reply["type"])
        print(f"redis cut: a crisis turn answered {answer} in {took:.2f} s")
        assert took < CRISIS_BUDGET_S + 1
        if reply["type"] == "error":  # the lines in the error itself
            assert reply["code"] == "unavailable" and "999" in str(reply["message"])
        else:  # or held and recorded as usual
            assert reply["safety"] == "crisis"
        holes["redis"].mend()
        await c.close()
