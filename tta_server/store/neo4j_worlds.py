"""World templates and living playthroughs in Neo4j (used by :mod:`tta_server.store.redis_neo4j`).

The template of a world::

    (:World {id, title, version, doc, imported_at, updated_at})
      -[:HAS_LOCATION]->(:Location {world_id, id, name, tags})-[:EXIT {dir, locked}]->(:Location)
      -[:HAS_ITEM]->(:Item {world_id, id, name, portable, start})-[:STARTS_IN]->(:Location|:NPC)
      -[:HAS_NPC]->(:NPC {world_id, id, name, start})-[:STARTS_AT]->(:Location)

``doc`` is the checked world document (JSON) the engine plays; the nodes make the world
queryable and anchor each session's living instance::

    (:GameSession)-[:PLAYS]->(:Playthrough {session_id, world_id, world_version, state,
                                            location, version})-[:OF_WORLD]->(:World)
    (:Playthrough)-[:AT]->(:Location)    (:Playthrough)-[:CARRIES]->(:Item)

``state`` is the whole :class:`~tta_server.world.state.WorldState` as JSON (what moved, doors
opened, attitudes, arc progress, skills practised); ``AT`` and ``CARRIES`` mirror where the
player is and what they hold. Each session has its own playthrough, so sessions in the same
world never see each other's changes. Re-importing a changed world MERGEs template nodes by
``(world_id, id)``, so playthroughs keep their ``AT``/``CARRIES`` links to what still exists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, LiteralString

from neo4j import AsyncDriver, AsyncManagedTransaction

from tta_server.store.base import Playthrough, StateWrite, WorldGraph, WorldRecord, now

SCHEMA: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT tta_world_id IF NOT EXISTS FOR (w:World) REQUIRE w.id IS UNIQUE",
    "CREATE CONSTRAINT tta_location_key IF NOT EXISTS"
    " FOR (l:Location) REQUIRE (l.world_id, l.id) IS UNIQUE",
    "CREATE CONSTRAINT tta_item_key IF NOT EXISTS"
    " FOR (i:Item) REQUIRE (i.world_id, i.id) IS UNIQUE",
    "CREATE CONSTRAINT tta_npc_key IF NOT EXISTS FOR (n:NPC) REQUIRE (n.world_id, n.id) IS UNIQUE",
    "CREATE CONSTRAINT tta_playthrough_session IF NOT EXISTS"
    " FOR (p:Playthrough) REQUIRE p.session_id IS UNIQUE",
)

LABELS: tuple[LiteralString, ...] = ("World", "Location", "Item", "NPC", "Playthrough")
"""Node labels this module owns (for wiping)."""

# Links a playthrough ``p`` to where the player is and what they carry ($state: state_params).
LINK_PLAYTHROUGH: LiteralString = """
  OPTIONAL MATCH (l:Location {world_id: p.world_id, id: $state.location})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (p)-[:AT]->(l))
  WITH DISTINCT p
  UNWIND $state.inventory AS iid
  MATCH (i:Item {world_id: p.world_id, id: iid})
  CREATE (p)-[:CARRIES]->(i)
"""


def state_params(write: StateWrite) -> dict[str, Any]:
    """The ``$state`` parameter of the statements that save a playthrough."""
    state = write.state
    return {
        "json": json.dumps(state, ensure_ascii=False, separators=(",", ":")),
        "location": state["location"],
        "inventory": list(state.get("inventory", [])),
        "world_version": write.world_version,
        "expect": write.expect_version,
        "relink": write.moved,
    }


Q_GET_PLAYTHROUGH: LiteralString = """
MATCH (p:Playthrough {session_id: $sid})
RETURN p.world_id AS world_id, p.world_version AS world_version, p.state AS state,
       p.version AS version
"""


async def get_playthrough(driver: AsyncDriver, db: str, session_id: str) -> Playthrough | None:
    result = await driver.execute_query(
        Q_GET_PLAYTHROUGH, {"sid": session_id}, database_=db, routing_="r"
    )
    return playthrough_of(session_id, result.records[0]) if result.records else None


def playthrough_of(session_id: str, r: Mapping[str, Any]) -> Playthrough:
    """A :class:`Playthrough` from a node's ``world_id, world_version, state, version``."""
    return Playthrough(
        session_id, r["world_id"], r["world_version"], json.loads(r["state"]), int(r["version"])
    )


# -- import ----------------------------------------------------------------------------------
# The World node is MERGEd (unique id) and locked first, so concurrent imports serialise.
Q_LOCK_WORLD: LiteralString = """
MERGE (w:World {id: $id})
ON CREATE SET w.imported_at = $now
SET w._lock = true
RETURN w.version AS old
"""

Q_UNLOCK_WORLD: LiteralString = "MATCH (w:World {id: $id}) REMOVE w._lock"

Q_SET_WORLD: LiteralString = """
MATCH (w:World {id: $id})
SET w.title = $title, w.version = $version, w.doc = $doc, w.updated_at = $now
REMOVE w._lock
"""

Q_LOCATIONS: LiteralString = """
MATCH (w:World {id: $id})
OPTIONAL MATCH (old:Location {world_id: $id}) WHERE NOT old.id IN [x IN $rows | x.id]
DETACH DELETE old
WITH DISTINCT w
OPTIONAL MATCH (:Location {world_id: $id})-[r:EXIT]->()
DELETE r
WITH DISTINCT w
UNWIND $rows AS x
MERGE (l:Location {world_id: $id, id: x.id})
SET l.name = x.name, l.tags = x.tags
MERGE (w)-[:HAS_LOCATION]->(l)
"""

Q_EXITS: LiteralString = """
UNWIND $rows AS x
MATCH (a:Location {world_id: $id, id: x.from}), (b:Location {world_id: $id, id: x.to})
CREATE (a)-[:EXIT {dir: x.dir, locked: x.locked}]->(b)
"""

Q_NPCS: LiteralString = """
MATCH (w:World {id: $id})
OPTIONAL MATCH (old:NPC {world_id: $id}) WHERE NOT old.id IN [x IN $rows | x.id]
DETACH DELETE old
WITH DISTINCT w
OPTIONAL MATCH (:NPC {world_id: $id})-[r:STARTS_AT]->()
DELETE r
WITH DISTINCT w
UNWIND $rows AS x
MERGE (n:NPC {world_id: $id, id: x.id})
SET n.name = x.name, n.start = x.start
MERGE (w)-[:HAS_NPC]->(n)
WITH n, x
MATCH (l:Location {world_id: $id, id: x.start})
CREATE (n)-[:STARTS_AT]->(l)
"""

Q_ITEMS: LiteralString = """
MATCH (w:World {id: $id})
OPTIONAL MATCH (old:Item {world_id: $id}) WHERE NOT old.id IN [x IN $rows | x.id]
DETACH DELETE old
WITH DISTINCT w
OPTIONAL MATCH (:Item {world_id: $id})-[r:STARTS_IN]->()
DELETE r
WITH DISTINCT w
UNWIND $rows AS x
MERGE (i:Item {world_id: $id, id: x.id})
SET i.name = x.name, i.portable = x.portable, i.start = x.start
MERGE (w)-[:HAS_ITEM]->(i)
WITH i, x
OPTIONAL MATCH (l:Location {world_id: $id, id: x.start})
OPTIONAL MATCH (n:NPC {world_id: $id, id: x.start})
FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | CREATE (i)-[:STARTS_IN]->(l))
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (i)-[:STARTS_IN]->(n))
"""


async def import_world(driver: AsyncDriver, db: str, record: WorldRecord, graph: WorldGraph) -> str:
    """Create or replace a world template in one transaction: created, updated or unchanged."""

    async def work(tx: AsyncManagedTransaction) -> str:
        t = now()
        old = await (await tx.run(Q_LOCK_WORLD, id=record.id, now=t)).single(strict=True)
        if old["old"] == record.version:
            await (await tx.run(Q_UNLOCK_WORLD, id=record.id)).consume()
            return "unchanged"
        doc = json.dumps(record.doc, ensure_ascii=False, separators=(",", ":"))
        for query, rows in (
            (Q_LOCATIONS, graph.locations),
            (Q_EXITS, graph.exits),
            (Q_NPCS, graph.characters),
            (Q_ITEMS, graph.items),
        ):
            await (await tx.run(query, id=record.id, rows=rows)).consume()
        await (
            await tx.run(
                Q_SET_WORLD,
                id=record.id,
                title=record.title,
                version=record.version,
                doc=doc,
                now=t,
            )
        ).consume()
        return "created" if old["old"] is None else "updated"

    async with driver.session(database=db) as session:
        return await session.execute_write(work)


Q_LIST_WORLDS: LiteralString = """
MATCH (w:World) WHERE w.version IS NOT NULL
RETURN w.id AS id, w.title AS title, w.version AS version, w.doc AS doc,
       w.imported_at AS imported_at, w.updated_at AS updated_at
ORDER BY w.id
"""


async def list_worlds(driver: AsyncDriver, db: str) -> list[WorldRecord]:
    result = await driver.execute_query(Q_LIST_WORLDS, database_=db, routing_="r")
    return [
        WorldRecord(
            r["id"],
            r["title"],
            r["version"],
            json.loads(r["doc"]),
            float(r["imported_at"]),
            float(r["updated_at"]),
        )
        for r in result.records
    ]
