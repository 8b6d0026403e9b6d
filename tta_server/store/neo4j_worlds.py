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
from typing import Any, LiteralString

from neo4j import AsyncDriver, AsyncManagedTransaction

from tta_server.store.base import (
    Playthrough,
    StateWrite,
    WorldGraph,
    WorldRecord,
    now,
    undo_json,
)
from tta_server.store.neo4j_plans import PLAN_ONCE

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
        "undo": undo_json(write.undo),
        "brief": write.brief,
    }


Q_GET_PLAYTHROUGH: LiteralString = (
    PLAN_ONCE
    + """
MATCH (p:Playthrough {session_id: $sid})
RETURN p.world_id AS world_id, p.world_version AS world_version, p.state AS state,
       p.version AS version, p.undo AS undo, p.brief AS brief
"""
)


async def get_playthrough(driver: AsyncDriver, db: str, session_id: str) -> Playthrough | None:
    result = await driver.execute_query(
        Q_GET_PLAYTHROUGH, {"sid": session_id}, database_=db, routing_="r"
    )
    return Playthrough.from_row(session_id, result.records[0]) if result.records else None


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


def q_template(
    label: LiteralString,
    member: LiteralString,
    props: tuple[LiteralString, ...],
    link: LiteralString,
    starts: tuple[LiteralString, ...] = (),
) -> LiteralString:
    """The statement that makes the ``label`` nodes of world ``$id`` exactly ``$rows``.

    Nodes whose id is not in ``$rows`` are DETACH DELETEd and every ``link`` relationship out of
    the others is deleted; then each row is MERGEd by ``(world_id, id)``, gets ``props`` from its
    row and a ``member`` relationship from the World. With ``starts``, the node is linked by
    ``link`` to the node of one of those labels whose id is the row's ``start``, if any (without,
    the caller re-creates the ``link`` relationships itself, as :data:`Q_EXITS` does).

    Labels, relationship types and property names come only from the literals passed below
    (so the statement stays a ``LiteralString``); every value is a ``$`` parameter.
    """
    sets = ", ".join([f"t.{p} = x.{p}" for p in props])
    query = f"""
MATCH (w:World {{id: $id}})
OPTIONAL MATCH (old:{label} {{world_id: $id}}) WHERE NOT old.id IN [x IN $rows | x.id]
DETACH DELETE old
WITH DISTINCT w
OPTIONAL MATCH (:{label} {{world_id: $id}})-[r:{link}]->()
DELETE r
WITH DISTINCT w
UNWIND $rows AS x
MERGE (t:{label} {{world_id: $id, id: x.id}})
SET {sets}
MERGE (w)-[:{member}]->(t)
"""
    if starts:
        query += "WITH t, x\n"
        for target in starts:
            query += f"OPTIONAL MATCH (at_{target}:{target} {{world_id: $id, id: x.start}})\n"
        for target in starts:
            query += (
                f"FOREACH (_ IN CASE WHEN at_{target} IS NULL THEN [] ELSE [1] END"
                f" | CREATE (t)-[:{link}]->(at_{target}))\n"
            )
    return query


Q_LOCATIONS: LiteralString = q_template("Location", "HAS_LOCATION", ("name", "tags"), "EXIT")
Q_NPCS: LiteralString = q_template("NPC", "HAS_NPC", ("name", "start"), "STARTS_AT", ("Location",))
Q_ITEMS: LiteralString = q_template(
    "Item", "HAS_ITEM", ("name", "portable", "start"), "STARTS_IN", ("Location", "NPC")
)

Q_EXITS: LiteralString = """
UNWIND $rows AS x
MATCH (a:Location {world_id: $id, id: x.from}), (b:Location {world_id: $id, id: x.to})
CREATE (a)-[:EXIT {dir: x.dir, locked: x.locked}]->(b)
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
    return [WorldRecord.from_row(r) for r in result.records]
