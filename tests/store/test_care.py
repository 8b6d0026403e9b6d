"""Facilitator records and players' data rights: one behaviour suite for every store, plus a
look at the raw data (SQLite tables; Neo4j nodes and Redis keys) to prove a deletion is whole."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import redis.asyncio as aioredis
from neo4j import AsyncGraphDatabase

from tests.conftest import NEO4J_URI, REDIS_URL
from tests.store.test_alerts import _alert
from tests.store.worlds import imported, start
from tta_server.store.base import (
    Action,
    HoldWrite,
    NewEvent,
    PauseWrite,
    Role,
    SaveSlot,
    Store,
    now,
)
from tta_server.store.sqlite import DB_FILE


async def _redis_value(r: aioredis.Redis, key: str) -> str:
    """A key's content as text, whatever its type (DUMP may compress, so read it plainly)."""
    kind = (await r.type(key)).decode()
    if kind == "stream":
        return repr(await r.xrange(key))
    if kind == "hash":
        return repr(await r.hgetall(key))
    if kind == "set":
        return repr(await r.smembers(key))
    if kind == "zset":
        return repr(await r.zrange(key, 0, -1))
    if kind == "list":
        return repr(await r.lrange(key, 0, -1))
    return repr(await r.get(key))


async def _player(store: Store, name: str, share: bool = False) -> tuple[str, str, str]:
    acc = await store.create_account(name, "argon2-hash-never-exported", Role.PLAYER)
    data = {"name": name.title(), "profile": {"share_transcript": share}}
    ch = await store.create_character(acc.id, name.title(), data, 5)
    await imported(store)
    s, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("session.started")], start())
    await store.save_token(f"tok-{name}", acc.id, 60)
    await store.throttle_hit(f"login:user:{name}", 60)
    await store.throttle_hit(f"login:device:{acc.id}:{name}-device-hash", 60)
    return acc.id, ch.id, s.id


async def test_acknowledged_alerts_actions_and_active_sessions(store: Store) -> None:
    acc, ch, sid = await _player(store, "nell", share=True)
    alert = _alert(acc, ch, sid, now())
    await store.append_events(sid, [NewEvent("x")], alert=alert, hold=HoldWrite(alert))
    acked = await store.ack_alert(alert.id, "fran", "Called her; she is with her sister.")
    assert acked is not None and acked.acked_by == "fran" and acked.acked_at is not None
    assert acked.note == "Called her; she is with her sister."
    assert await store.ack_alert("missing", "fran", "x") is None

    action = Action(uuid.uuid4().hex, now(), "fran", "pause", sid, "checking in")
    await store.record_action(action)
    assert await store.list_actions(10) == [action]

    await store.append_events(sid, [NewEvent("session.paused")], pause=PauseWrite("fran: a call"))
    found = await store.find_session(sid)
    assert found is not None and found.paused == "fran: a call" and found.hold == alert.id
    [view] = await store.list_active_sessions(10)
    assert (view.username, view.character_name, view.location) == ("nell", "Nell", "yard")
    assert view.share_transcript and view.session.id == sid
    await store.append_events(sid, [NewEvent("session.resumed")], pause=PauseWrite(None))
    found = await store.find_session(sid)
    assert found is not None and found.paused is None


async def test_export_holds_everything_but_the_password_hash(store: Store) -> None:
    acc, ch, sid = await _player(store, "oona")
    alert = _alert(acc, ch, sid, now())
    await store.append_events(sid, [NewEvent("turn.input", {"text": "hello"})], alert=alert)
    await store.record_action(Action(uuid.uuid4().hex, now(), "fran", "message", sid, "hi"))
    await store.save_slot(SaveSlot(sid, "Bridge", start().state, "v", now()), 5)
    doc = await store.export_player(acc)
    assert doc is not None
    assert "argon2-hash-never-exported" not in json.dumps(doc)
    assert doc["account"]["username"] == "oona"
    assert [c["id"] for c in doc["characters"]] == [ch]
    [session] = doc["sessions"]
    assert [e["type"] for e in session["events"]] == ["session.started", "turn.input"]
    assert session["playthrough"]["location"] == "yard"
    assert session["undo"] == []
    assert [(x["name"], x["state"]["location"]) for x in session["save_slots"]] == [
        ("Bridge", "yard")
    ]
    assert [a["text"] for a in doc["alerts"]] == [alert.text]
    assert [a["detail"] for a in doc["actions"]] == ["hi"]
    assert await store.export_player("missing") is None


async def test_delete_leaves_no_trace_and_spares_others(store: Store, tmp_path: Path) -> None:
    acc, ch, sid = await _player(store, "pearl")
    other, _, other_sid = await _player(store, "quin")
    alert = _alert(acc, ch, sid, now())
    await store.append_events(
        sid, [NewEvent("turn.input", {"text": "x"})], turn_id="t1", alert=alert
    )
    await store.record_action(Action(uuid.uuid4().hex, now(), "fran", "message", sid, "hi"))
    await store.save_slot(SaveSlot(sid, "pearl's bridge", start().state, "v", now()), 5)
    assert await store.read_events(sid, 0, 10)  # the replay cache is filled too

    assert await store.delete_player(acc) is True
    assert await store.delete_player(acc) is False
    assert await store.export_player(acc) is None
    assert await store.get_account(acc) is None and await store.find_session(sid) is None
    assert await store.touch_token("tok-pearl", 60) is None
    assert await store.export_player(other) is not None  # others untouched
    assert await store.touch_token("tok-quin", 60) == other

    needles = [acc, ch, sid, alert.id, "pearl"]
    if store.kind == "embedded":
        db = sqlite3.connect(tmp_path / DB_FILE)
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                text = json.dumps(row, default=str)
                assert not any(n in text for n in needles), (table, row)
        db.close()
    else:
        driver = AsyncGraphDatabase.driver(NEO4J_URI, auth=None)
        result = await driver.execute_query("MATCH (n) RETURN properties(n) AS p")
        await driver.close()
        for record in result.records:
            text = json.dumps(record["p"], default=str)
            assert not any(n in text for n in needles), record["p"]
        r = aioredis.from_url(REDIS_URL)
        keys = [k.decode() async for k in r.scan_iter(count=1000)]
        values = [await _redis_value(r, k) for k in keys]
        await r.aclose()
        for key, value in zip(keys, values, strict=True):
            assert not any(n in key or n in value for n in needles), key
    assert other_sid
