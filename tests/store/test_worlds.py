"""World templates and living playthroughs: one behaviour suite for every store."""

from __future__ import annotations

import asyncio

import pytest

from tests.store.worlds import imported, start, tiny_world
from tests.world.tiny import TINY
from tta_server.store.base import (
    Alert,
    HoldWrite,
    NewEvent,
    PauseWrite,
    Role,
    SessionOnHold,
    StaleState,
    StateWrite,
    Store,
)
from tta_server.world import apply
from tta_server.world.state import WorldState
from tta_server.world_catalogue import graph_of, record_of


async def test_import_is_idempotent_and_a_changed_file_updates(store: Store) -> None:
    world = tiny_world()
    record, graph = record_of(world), graph_of(world)
    assert await store.import_world(record, graph) == "created"
    assert await store.import_world(record, graph) == "unchanged"
    assert await store.import_world(record_of(world), graph) == "unchanged"
    [listed] = await store.list_worlds()
    assert (listed.id, listed.title, listed.version) == ("tiny", world.meta.title, record.version)
    assert listed.doc == record.doc

    changed = tiny_world(TINY.replace('title = "The Tiny Yard"', 'title = "The Little Yard"'))
    assert await store.import_world(record_of(changed), graph_of(changed)) == "updated"
    [listed] = await store.list_worlds()
    assert listed.title == "The Little Yard" and listed.version != record.version


async def test_concurrent_imports_of_one_world_create_it_once(store: Store) -> None:
    world = tiny_world()
    results = await asyncio.gather(
        *(store.import_world(record_of(world), graph_of(world)) for _ in range(4))
    )
    assert sorted(results) == ["created", "unchanged", "unchanged", "unchanged"]
    assert [w.id for w in await store.list_worlds()] == ["tiny"]


async def _two_sessions(store: Store) -> tuple[str, str]:
    acc = await store.create_account("wren", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Wren", {}, 5)
    await imported(store)
    s1, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
    s2, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
    return s1.id, s2.id


def _after(state: dict[str, object], *action: str | None) -> dict[str, object]:
    world = tiny_world()
    outcome = apply(world, WorldState.model_validate(state), action)  # type: ignore[arg-type]
    assert outcome.ok, outcome.message()
    return outcome.state.model_dump(mode="json")


async def test_each_session_has_its_own_living_world(store: Store) -> None:
    s1, s2 = await _two_sessions(store)
    p1 = await store.get_playthrough(s1)
    assert p1 is not None and p1.version == 1 and p1.world_id == "tiny"
    moved = _after(p1.state, "go", "e")
    version = record_of(tiny_world()).version
    await store.append_events(
        s1, [NewEvent("narrative.end")], turn_id="t1", state=StateWrite(moved, 1, version)
    )
    p1, p2 = await store.get_playthrough(s1), await store.get_playthrough(s2)
    assert p1 is not None and p1.version == 2 and p1.state == moved
    assert p1.state["location"] == "hut"
    assert p2 is not None and p2.version == 1 and p2.state["location"] == "yard"
    assert await store.get_playthrough("missing") is None


async def test_a_stale_save_writes_nothing(store: Store) -> None:
    s1, _ = await _two_sessions(store)
    p = await store.get_playthrough(s1)
    assert p is not None
    version = record_of(tiny_world()).version
    first = StateWrite(_after(p.state, "go", "e"), 1, version)
    await store.append_events(s1, [NewEvent("x")], turn_id="t1", state=first)
    stale = StateWrite(_after(p.state, "wait"), 1, version)  # read at version 1, too
    with pytest.raises(StaleState):
        await store.append_events(s1, [NewEvent("y")], turn_id="t2", state=stale)
    events = await store.read_events(s1, 0, 10)
    assert [e.type for e in events] == ["a", "x"]
    again = await store.get_playthrough(s1)
    assert again is not None and again.version == 2 and again.state == first.state
    # the refused turn id was not recorded: it can be played again
    later = StateWrite(_after(first.state, "wait"), 2, version)
    done = await store.append_events(s1, [NewEvent("y")], turn_id="t2", state=later)
    assert not done.replayed and [e.seq for e in done.events] == [3]


async def test_concurrent_saves_from_one_version_let_exactly_one_win(store: Store) -> None:
    s1, _ = await _two_sessions(store)
    p = await store.get_playthrough(s1)
    assert p is not None
    version = record_of(tiny_world()).version
    saves = [StateWrite(_after(p.state, "wait"), 1, version) for _ in range(4)]
    results = await asyncio.gather(
        *(
            store.append_events(s1, [NewEvent("x")], turn_id=f"t{i}", state=w)
            for i, w in enumerate(saves)
        ),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert all(isinstance(r, StaleState) for r in results if isinstance(r, BaseException))
    final = await store.get_playthrough(s1)
    assert final is not None and final.version == 2


async def test_reimporting_a_changed_world_keeps_sessions(store: Store) -> None:
    s1, _ = await _two_sessions(store)
    changed = tiny_world(TINY.replace('title = "The Tiny Yard"', 'title = "The Little Yard"'))
    assert await store.import_world(record_of(changed), graph_of(changed)) == "updated"
    p = await store.get_playthrough(s1)
    assert p is not None and p.state["location"] == "yard"
    moved = StateWrite(_after(p.state, "go", "e"), p.version, record_of(changed).version)
    await store.append_events(s1, [NewEvent("x")], state=moved)
    p = await store.get_playthrough(s1)
    assert p is not None and p.world_version == record_of(changed).version


async def test_history_reads_backwards_by_type(store: Store) -> None:
    s1, _ = await _two_sessions(store)
    for i in range(5):
        await store.append_events(s1, [NewEvent("turn.input", {"i": i}), NewEvent("noise")])
    page = await store.read_events_before(s1, 100, 3, ("turn.input", "a"))
    assert [(e.seq, e.data) for e in page] == [(10, {"i": 4}), (8, {"i": 3}), (6, {"i": 2})]
    rest = await store.read_events_before(s1, 6, 10, ("turn.input", "a"))
    assert [e.seq for e in rest] == [4, 2, 1]
    assert await store.read_events_before(s1, 1, 10, ("turn.input",)) == []


async def test_load_session_reads_the_session_its_world_and_its_character(store: Store) -> None:
    s1, _ = await _two_sessions(store)
    owner = await store.get_account_by_username("wren")
    assert owner is not None
    loaded = await store.load_session(owner.id, s1)
    assert loaded is not None
    assert loaded.session == await store.get_session(owner.id, s1)
    assert loaded.playthrough == await store.get_playthrough(s1)
    character_id = loaded.session.character_id
    assert loaded.character == await store.get_character(owner.id, character_id)
    assert loaded.character is not None and loaded.character.name == "Wren"

    stranger = await store.create_account("ash", "h", Role.PLAYER)
    assert await store.load_session(stranger.id, s1) is None
    assert await store.load_session(owner.id, "missing") is None

    assert await store.delete_character(owner.id, character_id)
    orphan = await store.load_session(owner.id, s1)
    assert orphan is not None and orphan.character is None and orphan.playthrough is not None


@pytest.mark.parametrize("kind", ["pause", "hold"])
async def test_a_played_turn_never_goes_past_a_pause_or_hold_it_had_not_seen(
    store: Store, kind: str
) -> None:
    s1, _ = await _two_sessions(store)
    version = record_of(tiny_world()).version
    p = await store.get_playthrough(s1)
    assert p is not None
    if kind == "pause":
        await store.append_events(s1, [NewEvent("session.paused")], pause=PauseWrite("fran: tea"))
    else:
        owner = await store.get_account_by_username("wren")
        assert owner is not None
        alert = Alert("a1", 1.0, owner.id, "wren", "c", "Wren", s1, "crisis", None, (), "words")
        await store.append_events(
            s1, [NewEvent("safety.crisis")], turn_id="t0", alert=alert, hold=HoldWrite(alert)
        )
    turn = StateWrite(_after(p.state, "go", "e"), 1, version)
    with pytest.raises(SessionOnHold):
        await store.append_events(s1, [NewEvent("narrative.end")], turn_id="t1", state=turn)
    unchanged = await store.get_playthrough(s1)
    assert unchanged is not None and unchanged.version == 1
    assert [e.type for e in await store.read_events(s1, 1, 10)] == [
        "session.paused" if kind == "pause" else "safety.crisis"
    ]
    # a facilitator's message (no world change) still goes in; once lifted, the turn plays
    await store.append_events(s1, [NewEvent("facilitator.message")])
    if kind == "pause":
        await store.append_events(s1, [NewEvent("session.resumed")], pause=PauseWrite(None))
    else:
        await store.append_events(s1, [NewEvent("safety.resolved")], hold=HoldWrite(None))
    await store.append_events(s1, [NewEvent("narrative.end")], turn_id="t1", state=turn)
    played = await store.get_playthrough(s1)
    assert played is not None and played.version == 2
