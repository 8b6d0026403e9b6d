"""Save slots and the undo moments kept with a playthrough: one behaviour suite for every store
(embedded SQLite and real Redis + Neo4j)."""

from __future__ import annotations

import asyncio

import pytest

from tests.store.worlds import imported, start
from tta_server.store.base import (
    NewEvent,
    NotFound,
    Role,
    SaveSlot,
    SaveSlotsFull,
    SessionNotActive,
    StateWrite,
    Store,
    now,
    undo_moment,
)


async def _session(store: Store, name: str = "sam") -> tuple[str, str]:
    acc = await store.create_account(name, "h", Role.PLAYER)
    ch = await store.create_character(acc.id, name.title(), {}, 5)
    await imported(store)
    session, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
    return acc.id, session.id


def _state(location: str, turn: int) -> dict[str, object]:
    return {**start().state, "location": location, "turn": turn}


async def test_slots_save_list_restore_and_overwrite_by_name_in_any_case(store: Store) -> None:
    _, sid = await _session(store)
    assert await store.list_slots(sid) == []
    assert await store.get_slot(sid, "bridge") is None
    assert await store.save_slot(SaveSlot(sid, "Bridge", _state("yard", 3), "v1", 10.0), 3)
    assert await store.save_slot(SaveSlot(sid, "attic", _state("yard", 5), "v1", 11.0), 3)
    found = await store.get_slot(sid, "BRIDGE")
    assert found == SaveSlot(sid, "Bridge", _state("yard", 3), "v1", 10.0)
    # the same name in another case replaces it (and takes the new spelling)
    assert not await store.save_slot(SaveSlot(sid, "bridge", _state("yard", 9), "v2", 12.0), 3)
    assert [(x.name, x.state["turn"], x.world_version) for x in await store.list_slots(sid)] == [
        ("attic", 5, "v1"),
        ("bridge", 9, "v2"),
    ]


async def test_slots_belong_to_their_session(store: Store) -> None:
    _, one = await _session(store, "una")
    _, two = await _session(store, "tam")
    await store.save_slot(SaveSlot(one, "main", _state("yard", 1), "v", now()), 3)
    assert await store.get_slot(two, "main") is None
    assert await store.list_slots(two) == []
    with pytest.raises(NotFound):
        await store.save_slot(SaveSlot("no-such-session", "main", _state("yard", 1), "v", 1.0), 3)


async def test_the_cap_refuses_a_new_name_but_not_saving_over_one(store: Store) -> None:
    _, sid = await _session(store)
    for name in ("a", "b"):
        await store.save_slot(SaveSlot(sid, name, _state("yard", 1), "v", now()), 2)
    with pytest.raises(SaveSlotsFull):
        await store.save_slot(SaveSlot(sid, "c", _state("yard", 1), "v", now()), 2)
    assert not await store.save_slot(SaveSlot(sid, "B", _state("yard", 2), "v", now()), 2)
    assert [x.name for x in await store.list_slots(sid)] == ["a", "B"]


async def test_parallel_saves_of_new_names_never_pass_the_cap(store: Store) -> None:
    _, sid = await _session(store)
    results = await asyncio.gather(
        *(
            store.save_slot(SaveSlot(sid, f"s{i}", _state("yard", i), "v", now()), 3)
            for i in range(8)
        ),
        return_exceptions=True,
    )
    assert sum(1 for r in results if r is True) == 3
    assert all(isinstance(r, SaveSlotsFull) for r in results if r is not True)
    assert len(await store.list_slots(sid)) == 3


async def test_an_ended_session_takes_no_saves(store: Store) -> None:
    acc, sid = await _session(store)
    await store.end_session(acc, sid, [NewEvent("session.ended")])
    with pytest.raises(SessionNotActive):
        await store.save_slot(SaveSlot(sid, "late", _state("yard", 1), "v", now()), 3)


async def test_undo_moments_and_brief_are_saved_with_the_state(store: Store) -> None:
    acc, sid = await _session(store)
    loaded = await store.load_session(acc, sid)
    assert loaded is not None and loaded.playthrough is not None
    assert (loaded.playthrough.undo, loaded.playthrough.brief) == ([], False)
    moments = ({"text": "go north", "state": _state("yard", 0)}, {"text": "w", "state": {}})
    encoded = tuple(undo_moment(str(m["text"]), m["state"]) for m in moments)  # type: ignore[arg-type]
    write = StateWrite(_state("yard", 1), 1, "v", moved=False, undo=encoded, brief=True)
    await store.append_events(sid, [NewEvent("x")], state=write)
    loaded = await store.load_session(acc, sid)
    assert loaded is not None and loaded.playthrough is not None
    assert loaded.playthrough.undo == list(moments)
    assert loaded.playthrough.brief is True
    again = await store.get_playthrough(sid)
    assert again is not None and (again.undo, again.brief, again.version) == (
        list(moments),
        True,
        2,
    )
