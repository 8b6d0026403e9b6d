"""Group commit of the redis-neo4j store's appends (tta_server/store/neo4j_group_commit.py).

The store tests run on real Redis + Neo4j. To make a batch form without sleeping, a first
append is held in flight by a Neo4j lock another transaction of the test holds on its session
node; the appends started meanwhile queue (the test waits for the queue to hold them all), and
when the test releases the lock they are written together: the test checks that by the number of
statements the group commit wrote, then checks every row's own outcome.

The last tests drive :class:`GroupCommit` with plain functions standing in for the database,
to check how it routes rows and errors.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path
from typing import Any

import pytest
from neo4j import AsyncGraphDatabase
from neo4j.exceptions import ConstraintError, ServiceUnavailable

from tests.conftest import NEO4J_URI, open_clean_store, settings_for
from tests.store.worlds import imported, start, tiny_world
from tta_server.settings import StoreKind
from tta_server.store.base import (
    Alert,
    AppendResult,
    HoldWrite,
    NewEvent,
    NotFound,
    Role,
    SessionNotActive,
    SessionOnHold,
    StaleState,
    StateWrite,
    now,
)
from tta_server.store.neo4j_group_commit import GroupCommit
from tta_server.store.redis_neo4j import RedisNeo4jStore
from tta_server.world_catalogue import record_of


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[RedisNeo4jStore]:
    s = await open_clean_store(
        settings_for(StoreKind.REDIS_NEO4J, tmp_path, neo4j_append_batch_max=64)
    )
    assert isinstance(s, RedisNeo4jStore)
    yield s
    await s.close()


async def _sessions(store: RedisNeo4jStore, n: int) -> tuple[str, list[str]]:
    acc = await store.create_account(f"p{uuid.uuid4().hex[:8]}", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Wren", {}, 5)
    await imported(store)
    made = [
        await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
        for _ in range(n)
    ]
    return acc.id, [s.id for s, _ in made]


def _state(expect: int) -> StateWrite:
    w = start()
    return StateWrite(w.state, expect, record_of(tiny_world()).version)


def _alert(session_id: str, alert_id: str | None = None) -> Alert:
    return Alert(
        id=alert_id or uuid.uuid4().hex,
        at=now(),
        account_id="acc",
        username="wren",
        character_id="ch",
        character_name="Wren",
        session_id=session_id,
        level="crisis",
        category="suicide",
        reasons=("suicide.want_to_die",),
        text="words",
    )


async def _batched(
    store: RedisNeo4jStore, blocked_sid: str, calls: list[Awaitable[AppendResult]]
) -> list[AppendResult | BaseException]:
    """Run ``calls`` while an append of ``blocked_sid`` is held in flight by a Neo4j lock, so
    they queue and go in batches afterwards; return their outcomes (results or errors)."""
    settings = settings_for(StoreKind.REDIS_NEO4J, Path("."))
    driver = AsyncGraphDatabase.driver(NEO4J_URI)
    try:
        async with driver.session(database=settings.neo4j_database) as held:
            tx = await held.begin_transaction()
            lock = "MATCH (s:GameSession {id: $sid}) SET s._lock = true"
            await (await tx.run(lock, sid=blocked_sid)).consume()
            blocker = asyncio.ensure_future(store.append_events(blocked_sid, [NewEvent("b")]))
            for _ in range(1000):  # the blocker's flusher starts; it waits on the lock
                if store._appends.rows == 1:
                    break
                await asyncio.sleep(0)
            tasks = [asyncio.ensure_future(c) for c in calls]
            for _ in range(1000):  # each queues behind the blocked write
                if store._appends.queued == len(calls):
                    break
                await asyncio.sleep(0)
            assert store._appends.queued == len(calls) and not blocker.done()
            await tx.rollback()
            await blocker
            return await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await driver.close()


async def test_concurrent_appends_of_many_sessions_share_one_statement_each_its_own_outcome(
    store: RedisNeo4jStore,
) -> None:
    aid, sids = await _sessions(store, 12)
    blocked, fresh, replay, stale, held, ended = (
        sids[0],
        sids[1:8],
        sids[8],
        sids[9],
        sids[10],
        sids[11],
    )
    first = await store.append_events(replay, [NewEvent("x", {"n": 1})], turn_id="t1")
    alert = _alert(held)
    await store.append_events(held, [NewEvent("safety.crisis")], alert=alert, hold=HoldWrite(alert))
    await store.end_session(aid, ended, [NewEvent("end")])
    before = store._appends.batches

    calls: list[Awaitable[AppendResult]] = [
        store.append_events(
            sid, [NewEvent("turn", {"i": i}), NewEvent("more")], turn_id="t9", state=_state(1)
        )
        for i, sid in enumerate(fresh)
    ]
    calls.append(store.append_events(replay, [NewEvent("x", {"n": 2})], turn_id="t1"))
    calls.append(store.append_events(stale, [NewEvent("y")], turn_id="t2", state=_state(5)))
    calls.append(store.append_events(held, [NewEvent("z")], turn_id="t2", state=_state(1)))
    calls.append(store.append_events(ended, [NewEvent("late")], turn_id="t3"))
    calls.append(store.append_events("no-such-session", [NewEvent("q")]))
    outcomes = await _batched(store, blocked, calls)

    assert store._appends.batches == before + 2  # the blocked write, then all the others
    for i, (sid, out) in enumerate(zip(fresh, outcomes, strict=False)):
        assert isinstance(out, AppendResult) and not out.replayed
        assert [(e.seq, e.type, e.data) for e in out.events] == [
            (2, "turn", {"i": i}),
            (3, "more", {}),
        ]
        assert [e.seq for e in await store.read_events(sid, 0, 10)] == [1, 2, 3]
        in_neo4j = await store.get_session(aid, sid)
        assert in_neo4j is not None and in_neo4j.last_seq == 3
        p = await store.get_playthrough(sid)
        assert p is not None and p.version == 2
    replayed = outcomes[7]
    assert isinstance(replayed, AppendResult) and replayed.replayed
    assert replayed.events == first.events
    assert isinstance(outcomes[8], StaleState)
    assert isinstance(outcomes[9], SessionOnHold)
    assert isinstance(outcomes[10], SessionNotActive)
    assert isinstance(outcomes[11], NotFound)
    for sid, count in ((replay, 2), (stale, 1), (held, 2), (ended, 2)):
        assert len(await store.read_events(sid, 0, 10)) == count
        in_neo4j = await store.get_session(aid, sid)  # a refused row wrote nothing
        assert in_neo4j is not None and in_neo4j.last_seq == count
    p = await store.get_playthrough(stale)
    assert p is not None and p.version == 1


async def test_the_batch_size_cap_splits_what_queued(store: RedisNeo4jStore) -> None:
    _, sids = await _sessions(store, 8)
    store._appends.max_rows = 3
    before = store._appends.batches
    calls = [store.append_events(sid, [NewEvent("x")], turn_id="t1") for sid in sids[1:]]
    outcomes = await _batched(store, sids[0], calls)
    assert store._appends.batches == before + 1 + 3  # the blocked write, then 3 + 3 + 1
    assert all(isinstance(o, AppendResult) and o.events[0].seq == 2 for o in outcomes)


async def test_a_failing_batch_is_retried_row_by_row_so_one_bad_row_fails_alone(
    store: RedisNeo4jStore,
) -> None:
    _, sids = await _sessions(store, 6)
    same_id = uuid.uuid4().hex  # Alert.id is unique: two rows with it fail the whole batch
    calls = [
        store.append_events(sids[1], [NewEvent("c")], alert=_alert(sids[1], same_id)),
        store.append_events(sids[2], [NewEvent("c")], alert=_alert(sids[2], same_id)),
        *(store.append_events(sid, [NewEvent("x")], turn_id="t1") for sid in sids[3:]),
    ]
    before = store._appends.batches
    outcomes = await _batched(store, sids[0], calls)
    assert store._appends.batches == before + 2
    assert sum(isinstance(o, ConstraintError) for o in outcomes[:2]) == 1
    assert sum(isinstance(o, AppendResult) for o in outcomes[:2]) == 1
    for sid, out in zip(sids[3:], outcomes[2:], strict=True):
        assert isinstance(out, AppendResult) and [e.seq for e in out.events] == [2]
        assert [e.type for e in await store.read_events(sid, 0, 10)] == ["a", "x"]
    assert len(await store.list_alerts(None, 10)) == 1


class _Database:
    """Stands in for Neo4j: records what it was asked, holds the first write until released,
    and fails batches with ``fail`` when set."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.calls: list[tuple[str, list[int]]] = []
        self.fail: Exception | None = None

    async def one(self, row: dict[str, Any]) -> Any:
        self.calls.append(("one", [row["n"]]))
        await self.release.wait()
        return {"n": row["n"]}

    async def many(self, rows: list[dict[str, Any]]) -> list[Any]:
        self.calls.append(("many", [r["n"] for r in rows]))
        if self.fail is not None:
            raise self.fail
        return [{"n": r["n"]} for r in rows]


async def _queue_behind_a_held_write(db: _Database, commit: GroupCommit, n: int) -> list[Any]:
    first = asyncio.ensure_future(commit.write({"n": 0}))
    for _ in range(100):
        if db.calls:
            break
        await asyncio.sleep(0)
    tasks = [asyncio.ensure_future(commit.write({"n": i})) for i in range(1, n + 1)]
    for _ in range(100):
        if commit.queued == n:
            break
        await asyncio.sleep(0)
    assert commit.queued == n
    db.release.set()
    return [await first, *await asyncio.gather(*tasks, return_exceptions=True)]


async def test_an_idle_write_goes_alone_at_once_and_the_next_ones_together() -> None:
    db = _Database()
    commit = GroupCommit(db.one, db.many, max_rows=10)
    out = await _queue_behind_a_held_write(db, commit, 4)
    assert db.calls == [("one", [0]), ("many", [1, 2, 3, 4])]
    assert out == [{"n": i} for i in range(5)]


async def test_an_outage_fails_every_row_of_the_batch_without_retrying() -> None:
    db = _Database()
    db.fail = ServiceUnavailable("neo4j is down")
    commit = GroupCommit(db.one, db.many, max_rows=10)
    out = await _queue_behind_a_held_write(db, commit, 3)
    assert db.calls == [("one", [0]), ("many", [1, 2, 3])]
    assert out[0] == {"n": 0} and all(isinstance(o, ServiceUnavailable) for o in out[1:])


async def test_another_error_retries_each_row_alone() -> None:
    db = _Database()
    db.fail = ValueError("a bad row")
    commit = GroupCommit(db.one, db.many, max_rows=10)
    out = await _queue_behind_a_held_write(db, commit, 3)
    assert db.calls == [("one", [0]), ("many", [1, 2, 3]), ("one", [1]), ("one", [2]), ("one", [3])]
    assert out == [{"n": i} for i in range(4)]


async def test_a_caller_cancelled_while_queued_is_left_out_and_one_means_no_batching() -> None:
    db = _Database()
    commit = GroupCommit(db.one, db.many, max_rows=10)
    first = asyncio.ensure_future(commit.write({"n": 0}))
    for _ in range(100):
        if db.calls:
            break
        await asyncio.sleep(0)
    gone = asyncio.ensure_future(commit.write({"n": 1}))
    kept = asyncio.ensure_future(commit.write({"n": 2}))
    await asyncio.sleep(0)
    gone.cancel()
    db.release.set()
    assert await kept == {"n": 2} and await first == {"n": 0}
    assert db.calls == [("one", [0]), ("one", [2])]  # the one row left goes alone

    db.calls.clear()
    alone = GroupCommit(db.one, db.many, max_rows=1)
    assert await asyncio.gather(*(alone.write({"n": i}) for i in range(3))) == [
        {"n": i} for i in range(3)
    ]
    assert db.calls == [("one", [0]), ("one", [1]), ("one", [2])]
    with pytest.raises(ValueError, match="at least 1"):
        GroupCommit(db.one, db.many, max_rows=0)
