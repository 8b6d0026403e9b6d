"""One behaviour suite for every store: embedded SQLite and real Redis + Neo4j."""

from __future__ import annotations

import asyncio

import pytest

from tests.store.worlds import imported, start
from tta_server.store.base import (
    CharacterLimitReached,
    CharacterNameTaken,
    NewEvent,
    NotFound,
    Role,
    SessionNotActive,
    Store,
    UsernameTaken,
)


async def test_account_round_trip_and_case_insensitive_uniqueness(store: Store) -> None:
    acc = await store.create_account("Alice_1", "hash", Role.PLAYER)
    assert (await store.get_account(acc.id)) == acc
    found = await store.get_account_by_username("alice_1")
    assert found is not None and found.id == acc.id and found.username == "Alice_1"
    with pytest.raises(UsernameTaken):
        await store.create_account("ALICE_1", "other", Role.PLAYER)
    updated = await store.update_account(acc.id, role=Role.FACILITATOR, disabled=True)
    assert updated is not None and updated.role is Role.FACILITATOR and updated.disabled
    assert [a.username for a in await store.list_accounts()] == ["Alice_1"]
    assert await store.get_account("nope") is None


async def test_concurrent_registration_of_one_name_creates_one_account(store: Store) -> None:
    results = await asyncio.gather(
        *(store.create_account("Bob" if i % 2 else "bob", "h", Role.PLAYER) for i in range(6)),
        return_exceptions=True,
    )
    created = [r for r in results if not isinstance(r, BaseException)]
    assert len(created) == 1
    assert all(isinstance(r, UsernameTaken) for r in results if isinstance(r, BaseException))


async def test_tokens_slide_and_revoke(store: Store) -> None:
    acc = await store.create_account("carol", "h", Role.PLAYER)
    await store.save_token("t1", acc.id, 60)
    await store.save_token("t2", acc.id, 60)
    assert await store.touch_token("t1", 60) == acc.id
    assert await store.touch_token("missing", 60) is None
    assert await store.revoke_token("t1") is True
    assert await store.touch_token("t1", 60) is None
    assert await store.revoke_token("t1") is False
    assert sorted(await store.revoke_account_tokens(acc.id)) == ["t2"]
    assert await store.touch_token("t2", 60) is None


async def test_throttle_window_counts_and_clears(store: Store) -> None:
    assert await store.throttle_count("login:x") == (0, 0.0)
    assert await store.throttle_hit("login:x", 60) == 1
    assert await store.throttle_hit("login:x", 60) == 2
    count, retry = await store.throttle_count("login:x")
    assert count == 2 and 0 < retry <= 60
    await store.throttle_clear("login:x")
    assert (await store.throttle_count("login:x"))[0] == 0


async def test_parallel_takes_never_pass_the_limit_and_releases_give_back(store: Store) -> None:
    results = await asyncio.gather(*(store.throttle_take("t:k", 5, 60) for _ in range(50)))
    assert sum(1 for r in results if r == 0) == 5
    assert all(0 < r <= 60 for r in results if r)
    assert (await store.throttle_count("t:k"))[0] == 5
    await store.throttle_release("t:k")
    assert await store.throttle_take("t:k", 5, 60) == 0
    assert await store.throttle_take("t:k", 5, 60) > 0
    for _ in range(9):
        await store.throttle_release("t:k")
    assert (await store.throttle_count("t:k"))[0] == 0  # never below zero
    await store.throttle_release("t:never")
    assert (await store.throttle_count("t:never"))[0] == 0


async def test_character_crud_is_scoped_to_its_account(store: Store) -> None:
    a = await store.create_account("dana", "h", Role.PLAYER)
    b = await store.create_account("eve", "h", Role.PLAYER)
    data = {"name": "Zoë", "pronouns": "she/her", "traits": ["brave"]}
    c = await store.create_character(a.id, "Zoë", data, 5)
    assert c.data == data
    assert await store.get_character(b.id, c.id) is None
    assert await store.list_characters(b.id) == []
    assert [x.id for x in await store.list_characters(a.id)] == [c.id]
    with pytest.raises(NotFound):
        await store.update_character(b.id, c.id, "Hacked", {"name": "Hacked"})
    assert await store.delete_character(b.id, c.id) is False
    changed = await store.update_character(a.id, c.id, "Zoë Moon", {"name": "Zoë Moon"})
    assert changed.name == "Zoë Moon" and changed.data == {"name": "Zoë Moon"}
    assert changed.updated_at >= c.updated_at
    assert await store.delete_character(a.id, c.id) is True
    assert await store.get_character(a.id, c.id) is None


async def test_character_names_unique_per_account_regardless_of_case(store: Store) -> None:
    a = await store.create_account("fay", "h", Role.PLAYER)
    b = await store.create_account("gus", "h", Role.PLAYER)
    first = await store.create_character(a.id, "José", {"name": "José"}, 5)
    with pytest.raises(CharacterNameTaken):
        await store.create_character(a.id, "JOSÉ", {"name": "JOSÉ"}, 5)
    await store.create_character(b.id, "josé", {"name": "josé"}, 5)  # other account: fine
    other = await store.create_character(a.id, "李小龍", {"name": "李小龍"}, 5)
    with pytest.raises(CharacterNameTaken):
        await store.update_character(a.id, other.id, "josé", {"name": "josé"})
    assert (await store.get_character(a.id, other.id)).name == "李小龍"  # type: ignore[union-attr]
    assert len(await store.list_characters(a.id)) == 2
    assert first.name == "José"


async def test_character_limit_holds_under_concurrency(store: Store) -> None:
    a = await store.create_account("hal", "h", Role.PLAYER)
    results = await asyncio.gather(
        *(store.create_character(a.id, f"Hero {chr(65 + i)}", {}, 5) for i in range(9)),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 5
    assert all(
        isinstance(r, CharacterLimitReached) for r in results if isinstance(r, BaseException)
    )
    assert len(await store.list_characters(a.id)) == 5


async def _session(store: Store, name: str = "ivy") -> tuple[str, str]:
    acc = await store.create_account(name, "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Ivy", {}, 5)
    await imported(store)
    session, opening = await store.create_session(
        acc.id, ch.id, "tiny", [NewEvent("session.started", {"world": "tiny"})], start()
    )
    assert [e.seq for e in opening] == [1]
    assert session.last_seq == 1 and session.status == "active"
    return acc.id, session.id


async def test_a_start_for_a_changed_character_stores_nothing(store: Store) -> None:
    acc = await store.create_account("ida", "h", Role.PLAYER)
    seen = await store.create_character(acc.id, "Ida", {}, 5)
    await imported(store)
    now = await store.update_character(acc.id, seen.id, "Ida Vale", {})
    assert now.updated_at != seen.updated_at
    with pytest.raises(NotFound):
        await store.create_session(
            acc.id, seen.id, "tiny", [NewEvent("a")], start(), seen.updated_at
        )
    assert await store.list_sessions(acc.id) == []
    session, _ = await store.create_session(
        acc.id, seen.id, "tiny", [NewEvent("a")], start(), now.updated_at
    )
    assert [s.id for s in await store.list_sessions(acc.id)] == [session.id]


async def test_session_needs_own_character(store: Store) -> None:
    a = await store.create_account("jon", "h", Role.PLAYER)
    b = await store.create_account("kim", "h", Role.PLAYER)
    ch = await store.create_character(a.id, "Jon", {}, 5)
    await imported(store)
    with pytest.raises(NotFound):
        await store.create_session(b.id, ch.id, "tiny", [], start())
    with pytest.raises(NotFound):  # a world never imported
        await store.create_session(a.id, ch.id, "atlantis", [], start())
    assert await store.list_sessions(b.id) == []


async def test_events_append_in_order_and_read_after_seq(store: Store) -> None:
    acc, sid = await _session(store)
    result = await store.append_events(sid, [NewEvent("a", {"n": 1}), NewEvent("b", {"n": 2})])
    assert [e.seq for e in result.events] == [2, 3] and not result.replayed
    events = await store.read_events(sid, 0, 100)
    assert [(e.seq, e.type) for e in events] == [(1, "session.started"), (2, "a"), (3, "b")]
    assert [e.data for e in await store.read_events(sid, 2, 100)] == [{"n": 2}]
    assert [e.seq for e in await store.read_events(sid, 0, 2)] == [1, 2]
    assert await store.read_events(sid, 3, 100) == []
    session = await store.get_session(acc, sid)
    assert session is not None and session.last_seq == 3


async def test_concurrent_appends_get_gap_free_increasing_seqs(store: Store) -> None:
    _, sid = await _session(store)
    await asyncio.gather(
        *(
            store.append_events(sid, [NewEvent("x", {"i": i}), NewEvent("y", {"i": i})])
            for i in range(20)
        )
    )
    events = await store.read_events(sid, 0, 1000)
    assert [e.seq for e in events] == list(range(1, 42))
    # the two events of one append stay together
    for first, second in zip(events[1::2], events[2::2], strict=True):
        assert first.type == "x" and second.type == "y" and first.data == second.data


async def test_turn_ids_are_applied_once(store: Store) -> None:
    _, sid = await _session(store)
    first = await store.append_events(sid, [NewEvent("turn.ack", {"k": 1})], turn_id="t-1")
    again = await store.append_events(sid, [NewEvent("turn.ack", {"k": 2})], turn_id="t-1")
    assert again.replayed and [e.seq for e in again.events] == [e.seq for e in first.events]
    assert again.events[0].data == {"k": 1}
    results = await asyncio.gather(
        *(store.append_events(sid, [NewEvent("turn.ack")], turn_id="t-2") for _ in range(5))
    )
    assert sum(not r.replayed for r in results) == 1
    assert len(await store.read_events(sid, 0, 100)) == 3


async def test_ended_session_refuses_appends_but_keeps_history(store: Store) -> None:
    acc, sid = await _session(store)
    closing = await store.end_session(acc, sid, [NewEvent("session.ended")])
    assert [e.seq for e in closing] == [2]
    with pytest.raises(SessionNotActive):
        await store.append_events(sid, [NewEvent("x")])
    with pytest.raises(SessionNotActive):
        await store.end_session(acc, sid, [])
    session = await store.get_session(acc, sid)
    assert session is not None and session.status == "ended"
    assert len(await store.read_events(sid, 0, 10)) == 2


async def test_sessions_are_private_and_listed_newest_first(store: Store) -> None:
    acc, s1 = await _session(store, "lee")
    ch = (await store.list_characters(acc))[0]
    s2, _ = await store.create_session(acc, ch.id, "tiny", [], start())
    other = await store.create_account("mo", "h", Role.PLAYER)
    assert await store.get_session(other.id, s1) is None
    with pytest.raises(NotFound):
        await store.end_session(other.id, s1, [])
    assert [s.id for s in await store.list_sessions(acc)] == [s2.id, s1]


async def test_unknown_session_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        await store.append_events("missing", [NewEvent("x")])
    assert await store.read_events("missing", 0, 10) == []


async def test_bus_delivers_to_subscribers_until_closed(store: Store) -> None:
    sub = await store.bus.subscribe("chan")
    await store.bus.publish("chan", {"n": 1})
    await store.bus.publish("other", {"n": 9})
    await store.bus.publish("chan", {"n": 2})
    got = [await asyncio.wait_for(anext(sub), 5) for _ in range(2)]
    assert got == [{"n": 1}, {"n": 2}]
    await sub.aclose()


async def test_check_reports_every_dependency_healthy(store: Store) -> None:
    report = await store.check()
    assert report and all(v is None for v in report.values())
