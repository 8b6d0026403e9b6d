"""Losing Redis entirely loses no account, character or game progress."""

from __future__ import annotations

from pathlib import Path

import redis.asyncio as aioredis

from tests.conftest import REDIS_URL, open_clean_store, settings_for
from tests.store.worlds import imported, start
from tta_server.settings import StoreKind
from tta_server.store.base import NewEvent, Role


async def test_flushall_keeps_durable_data_and_drops_only_tokens(tmp_path: Path) -> None:
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    try:
        acc = await store.create_account("pia", "hash", Role.PLAYER)
        ch = await store.create_character(acc.id, "Pia", {"name": "Pia"}, 5)
        await imported(store)
        session, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("start")], start())
        await store.append_events(session.id, [NewEvent("a"), NewEvent("b")], turn_id="t1")
        await store.save_token("tok", acc.id, 60)
        assert [e.seq for e in await store.read_events(session.id, 0, 10)] == [1, 2, 3]

        r = aioredis.from_url(REDIS_URL)
        await r.flushall()
        await r.aclose()

        assert await store.touch_token("tok", 60) is None  # players log in again
        assert (await store.get_account_by_username("PIA")) == acc
        assert [c.id for c in await store.list_characters(acc.id)] == [ch.id]
        events = await store.read_events(session.id, 0, 10)
        assert [(e.seq, e.type) for e in events] == [(1, "start"), (2, "a"), (3, "b")]
        assert [e.seq for e in await store.read_events(session.id, 2, 10)] == [3]
        again = await store.append_events(session.id, [NewEvent("x")], turn_id="t1")
        assert again.replayed and [e.seq for e in again.events] == [2, 3]
        more = await store.append_events(session.id, [NewEvent("c")])
        assert [e.seq for e in more.events] == [4]
        assert [e.seq for e in await store.read_events(session.id, 0, 10)] == [1, 2, 3, 4]
        playthrough = await store.get_playthrough(session.id)  # the living world is in Neo4j
        assert playthrough is not None and playthrough.state["location"] == "yard"
    finally:
        await store.close()
