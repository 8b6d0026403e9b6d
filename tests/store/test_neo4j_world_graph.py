"""The template graph Neo4j keeps of a world, node by node and link by link, after an import
and after re-importing a changed world (what is gone is pruned, playthroughs keep their links).

Only the redis-neo4j store has this graph; tests/store/test_worlds.py is the behaviour suite
both stores share.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import AsyncGraphDatabase

from tests.conftest import NEO4J_URI, open_clean_store, settings_for
from tta_server.settings import StoreKind
from tta_server.store.base import NewEvent, Role, StateWrite, Store, WorldGraph, WorldRecord, now

Graph = tuple[dict[str, dict[str, Any]], list[tuple[str, str, str, dict[str, Any]]]]


@pytest.fixture
async def graph_store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    yield s
    await s.close()


def record(world_id: str, version: str) -> WorldRecord:
    t = now()
    return WorldRecord(world_id, f"World {world_id}", version, {"id": world_id}, t, t)


def loc(id_: str, name: str, *tags: str) -> dict[str, Any]:
    return {"id": id_, "name": name, "tags": list(tags)}


def way(a: str, b: str, direction: str, locked: bool = False) -> dict[str, Any]:
    return {"from": a, "to": b, "dir": direction, "locked": locked}


def item(id_: str, start: str, portable: bool = True) -> dict[str, Any]:
    return {"id": id_, "name": id_.title(), "portable": portable, "start": start}


def npc(id_: str, start: str) -> dict[str, Any]:
    return {"id": id_, "name": id_.title(), "start": start}


FIRST = WorldGraph(
    locations=[loc("hall", "Hall", "indoor"), loc("yard", "Yard"), loc("shed", "Shed", "out")],
    exits=[way("hall", "yard", "n"), way("yard", "hall", "s"), way("yard", "shed", "e", True)],
    items=[
        item("lamp", "hall"),
        item("key", "keeper"),
        item("stone", "player"),
        item("box", "shed", portable=False),
    ],
    characters=[npc("keeper", "hall"), npc("cat", "shed"), npc("ghost", "nowhere")],
)

# The shed, the cat and the box are gone; things moved; a cellar and a coin are new.
SECOND = WorldGraph(
    locations=[
        loc("hall", "Great Hall", "indoor", "lit"),
        loc("yard", "Yard"),
        loc("cellar", "Cellar"),
    ],
    exits=[way("hall", "yard", "n"), way("yard", "hall", "s"), way("hall", "cellar", "d", True)],
    items=[
        item("lamp", "keeper"),
        item("key", "hall"),
        item("stone", "player"),
        item("coin", "cellar"),
    ],
    characters=[npc("keeper", "yard"), npc("ghost", "cellar")],
)

# Another world with the same ids, which neither import of "w" may touch.
OTHER = WorldGraph(
    locations=[loc("hall", "Other Hall"), loc("shed", "Other Shed")],
    exits=[way("hall", "shed", "w")],
    items=[item("box", "shed")],
    characters=[npc("cat", "hall")],
)


async def template_graph() -> Graph:
    """Every World, Location, NPC, Item and Playthrough node and the links between them."""

    def key(labels: list[str], props: dict[str, Any]) -> str:
        [label] = labels
        if label == "World":
            return f"World {props['id']}"
        if label == "Playthrough":
            return f"Playthrough of {props['world_id']}"
        return f"{label} {props['world_id']}/{props['id']}"

    driver = AsyncGraphDatabase.driver(NEO4J_URI, auth=None)
    try:
        nodes = await driver.execute_query(
            "MATCH (n) WHERE n:World OR n:Location OR n:NPC OR n:Item OR n:Playthrough"
            " RETURN labels(n) AS labels, properties(n) AS props"
        )
        links = await driver.execute_query(
            "MATCH (a)-[r]->(b)"
            " WHERE (a:World OR a:Location OR a:NPC OR a:Item OR a:Playthrough)"
            " AND (b:World OR b:Location OR b:NPC OR b:Item OR b:Playthrough)"
            " RETURN labels(a) AS a_labels, properties(a) AS a, type(r) AS type,"
            " properties(r) AS props, labels(b) AS b_labels, properties(b) AS b"
        )
    finally:
        await driver.close()
    volatile = {"imported_at", "updated_at", "doc", "state", "version", "world_version"}
    found = {
        key(r["labels"], r["props"]): {k: v for k, v in r["props"].items() if k not in volatile}
        for r in nodes.records
    }
    edges = sorted(
        (key(r["a_labels"], r["a"]), r["type"], key(r["b_labels"], r["b"]), r["props"])
        for r in links.records
    )
    return found, edges


def expected(world_id: str, graph: WorldGraph) -> Graph:
    """The nodes and links an import of ``graph`` as world ``world_id`` should leave."""
    w = f"World {world_id}"
    nodes: dict[str, dict[str, Any]] = {w: {"id": world_id, "title": f"World {world_id}"}}
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    kinds = {x["id"]: "Location" for x in graph.locations} | {
        x["id"]: "NPC" for x in graph.characters
    }
    for label, rows, link in (
        ("Location", graph.locations, "HAS_LOCATION"),
        ("NPC", graph.characters, "HAS_NPC"),
        ("Item", graph.items, "HAS_ITEM"),
    ):
        for row in rows:
            node = f"{label} {world_id}/{row['id']}"
            nodes[node] = {"world_id": world_id, **row}
            edges.append((w, link, node, {}))
    for e in graph.exits:
        a, b = (f"Location {world_id}/{e[k]}" for k in ("from", "to"))
        edges.append((a, "EXIT", b, {"dir": e["dir"], "locked": e["locked"]}))
    for x in graph.characters:
        if kinds.get(x["start"]) == "Location":
            node = f"NPC {world_id}/{x['id']}"
            edges.append((node, "STARTS_AT", f"Location {world_id}/{x['start']}", {}))
    for x in graph.items:
        if x["start"] in kinds:
            node = f"Item {world_id}/{x['id']}"
            edges.append((node, "STARTS_IN", f"{kinds[x['start']]} {world_id}/{x['start']}", {}))
    return nodes, sorted(edges)


def merged(*graphs: Graph) -> Graph:
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for n, e in graphs:
        nodes |= n
        edges += e
    return nodes, sorted(edges)


async def test_an_import_and_a_changed_reimport_leave_exactly_the_worlds_graph(
    graph_store: Store,
) -> None:
    store = graph_store
    assert await store.import_world(record("other", "o1"), OTHER) == "created"
    assert await store.import_world(record("w", "v1"), FIRST) == "created"
    assert await template_graph() == merged(expected("other", OTHER), expected("w", FIRST))

    acc = await store.create_account("wren", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Wren", {}, 5)
    state = {"location": "yard", "inventory": ["stone", "lamp"]}
    session, _ = await store.create_session(
        acc.id, ch.id, "w", [NewEvent("a")], StateWrite(state, 0, "v1")
    )

    assert await store.import_world(record("w", "v2"), SECOND) == "updated"
    play = "Playthrough of w"
    nodes, edges = merged(expected("other", OTHER), expected("w", SECOND))
    nodes[play] = {
        "session_id": session.id,
        "world_id": "w",
        "location": "yard",
        "undo": "[]",
        "brief": False,
    }
    edges = sorted([
        *edges,
        (play, "OF_WORLD", "World w", {}),
        (play, "AT", "Location w/yard", {}),
        (play, "CARRIES", "Item w/stone", {}),
        (play, "CARRIES", "Item w/lamp", {}),
    ])  # fmt: skip
    assert await template_graph() == (nodes, edges)
