"""The redis-neo4j store's appends are auto-commit queries (one Bolt round trip, not a managed
transaction's two), which the driver does not retry: the store retries them itself where a
second try cannot write twice (``Neo4jAppends._write_auto``).

Connections are cut by Neo4j itself (``dbms.killConnections``): between writes (as a restart
leaves the pool) and while the store's statement waits on a lock the test holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path

import pytest
from neo4j import AsyncGraphDatabase
from neo4j.exceptions import ClientError

from tests.conftest import NEO4J_URI, open_clean_store, settings_for
from tests.store.worlds import imported, start
from tta_server.settings import StoreKind
from tta_server.store.base import AppendResult, NewEvent, Role
from tta_server.store.redis_neo4j import RedisNeo4jStore

KILLER = "tta-test-killer/1"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[RedisNeo4jStore]:
    s = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    assert isinstance(s, RedisNeo4jStore)
    yield s
    await s.close()


async def _cut_store_connections(database: str) -> int:
    """Close, from Neo4j's side, every Bolt connection but this function's own."""
    driver = AsyncGraphDatabase.driver(NEO4J_URI, auth=None, user_agent=KILLER)
    try:
        listed = await driver.execute_query(
            "CALL dbms.listConnections() YIELD connectionId, userAgent "
            "WHERE userAgent <> $me RETURN collect(connectionId) AS ids",
            me=KILLER,
            database_=database,
        )
        ids = listed.records[0]["ids"]
        await driver.execute_query("CALL dbms.killConnections($ids)", ids=ids, database_=database)
        return len(ids)
    finally:
        await driver.close()


async def _session(store: RedisNeo4jStore, name: str) -> str:
    acc = await store.create_account(name, "h", Role.PLAYER)
    ch = await store.create_character(acc.id, name, {}, 5)
    await imported(store)
    session, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("start")], start())
    return session.id


async def _cut_mid_statement(
    database: str, session_id: str, write: Awaitable[AppendResult]
) -> AppendResult | BaseException:
    """Run ``write`` (an append of ``session_id``) while the test's own transaction holds that
    session's lock, so the store's statement waits inside Neo4j; cut the store's connections
    there (Neo4j rolls the statement back), then release the lock; ``write``'s outcome."""
    driver = AsyncGraphDatabase.driver(NEO4J_URI, auth=None, user_agent=KILLER)
    try:
        async with driver.session(database=database) as held:
            tx = await held.begin_transaction()
            lock = "MATCH (s:GameSession {id: $sid}) SET s._lock = true"
            await (await tx.run(lock, sid=session_id)).consume()
            task = asyncio.ensure_future(write)
            # Until Neo4j reports the store's statement waiting on the lock. A deadline, not a
            # count of polls: on a cold, loaded server (CI beside another suite) the store's
            # statement can take seconds to arrive, and 500 quick polls ran out before it did.
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 60.0
            waiting = 0
            while not task.done() and loop.time() < deadline:
                blocked = await driver.execute_query(
                    "SHOW TRANSACTIONS YIELD status, currentQuery "
                    "WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS 'HAS_EVENT' "
                    "RETURN count(*) AS n",
                    database_=database,
                )
                waiting = blocked.records[0]["n"]
                if waiting:
                    break
            assert not task.done(), f"the store's write ended before it waited: {task!r}"
            assert waiting == 1, f"{waiting} statements waiting on the lock after 60 s"
            assert await _cut_store_connections(database) >= 1
            await tx.rollback()
        return (await asyncio.gather(task, return_exceptions=True))[0]
    finally:
        await driver.close()


async def test_a_connection_cut_between_writes_is_no_error(
    store: RedisNeo4jStore, tmp_path: Path
) -> None:
    """Neo4j closing a pooled connection (a restart, an idle timeout): the driver drops it."""
    database = settings_for(StoreKind.REDIS_NEO4J, tmp_path).neo4j_database
    sid = await _session(store, "idle")
    assert await _cut_store_connections(database) >= 1
    assert [e.seq for e in (await store.append_events(sid, [NewEvent("a")])).events] == [2]


async def test_a_statement_neo4j_ends_mid_way_is_raised_not_tried_again_and_wrote_nothing(
    store: RedisNeo4jStore, tmp_path: Path
) -> None:
    """Neo4j stops the statement and says so (``LockClientStopped``, not retryable): it was
    rolled back; the error reaches the caller, with or without a turn id, as it did when the
    append was a managed transaction."""
    database = settings_for(StoreKind.REDIS_NEO4J, tmp_path).neo4j_database
    sid = await _session(store, "stopped")
    for turn_id in ("t1", None):
        out = await _cut_mid_statement(
            database, sid, store.append_events(sid, [NewEvent("a")], turn_id=turn_id)
        )
        assert isinstance(out, ClientError), out
        assert out.code == "Neo.ClientError.Transaction.LockClientStopped"
    again = await store.append_events(sid, [NewEvent("b")], turn_id="t1")
    assert not again.replayed and [e.seq for e in again.events] == [2]
    assert [e.seq for e in await store.read_events(sid, 0, 10)] == [1, 2]
