"""Facilitator actions, active sessions and players' data rights in Neo4j (used by
:mod:`tta_server.store.redis_neo4j`).

Nodes: ``(:Action {id, at, actor, action, session_id, detail})`` (the audit trail, linked
``(:GameSession)-[:HAD_ACTION]->(:Action)`` when it concerns a session). A player's data is every
node reachable from their account: ``Account -HAS_SESSION-> GameSession -HAS_EVENT|HAS_TURN|
PLAYS|RAISED|HAD_ACTION-> ...`` and ``Account -OWNS-> Character``; :func:`delete_player` removes
all of it in one transaction.
"""

from __future__ import annotations

from typing import LiteralString

from neo4j import AsyncDriver, AsyncManagedTransaction

from tta_server.store.neo4j_plans import PLAN_ONCE

SCHEMA: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT tta_action_id IF NOT EXISTS FOR (x:Action) REQUIRE x.id IS UNIQUE",
    "CREATE INDEX tta_action_at IF NOT EXISTS FOR (x:Action) ON (x.at)",
    "CREATE INDEX tta_session_status IF NOT EXISTS FOR (s:GameSession) ON (s.status)",
)

LABELS: tuple[LiteralString, ...] = ("Action",)

Q_RECORD_ACTION: LiteralString = (
    PLAN_ONCE
    + """
CREATE (x:Action {id: $id, at: $at, actor: $actor, action: $action, session_id: $sid,
                  detail: $detail})
WITH x
OPTIONAL MATCH (s:GameSession {id: $sid})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (s)-[:HAD_ACTION]->(x))
"""
)

Q_LIST_ACTIONS: LiteralString = """
MATCH (x:Action) RETURN x {.*} AS x ORDER BY x.at DESC, x.id LIMIT $limit
"""

Q_FIND_SESSION: LiteralString = PLAN_ONCE + "MATCH (s:GameSession {id: $sid}) RETURN s {.*} AS s"

Q_ACTIVE_SESSIONS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Account)-[:HAS_SESSION]->(s:GameSession {status: 'active'})
WHERE ($only IS NULL OR s.id = $only)
  AND ($at IS NULL OR s.updated_at < $at OR (s.updated_at = $at AND s.id > $last))
OPTIONAL MATCH (c:Character {id: s.character_id})
OPTIONAL MATCH (s)-[:PLAYS]->(p:Playthrough)
RETURN s {.*} AS s, a.username AS username, c.name AS cname, c.data AS cdata,
       p.location AS location
ORDER BY s.updated_at DESC, s.id LIMIT $limit
"""
)

Q_ACK_ALERT: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Alert {id: $id}) SET a.acked_by = $by, a.acked_at = $at, a.note = $note
RETURN a {.*} AS a
"""
)

Q_PLAYER_ALERTS: LiteralString = """
MATCH (a:Alert {account_id: $aid}) RETURN a {.*} AS a ORDER BY a.at
"""

Q_SESSION_ACTIONS: LiteralString = """
MATCH (x:Action) WHERE x.session_id IN $sids RETURN x {.*} AS x ORDER BY x.at
"""

# Everything reachable from the account, deepest first; then the account itself.
Q_DELETE_PLAYER: tuple[LiteralString, ...] = (
    """
    MATCH (:Account {id: $aid})-[:HAS_SESSION]->(:GameSession)
          -[:HAS_EVENT|HAS_TURN|PLAYS|RAISED|HAD_ACTION|SAVED]->(x)
    DETACH DELETE x
    """,
    "MATCH (a:Alert {account_id: $aid}) DETACH DELETE a",
    "MATCH (:Account {id: $aid})-[:HAS_SESSION]->(s:GameSession) DETACH DELETE s",
    "MATCH (:Account {id: $aid})-[:OWNS]->(c:Character) DETACH DELETE c",
    "MATCH (a:Account {id: $aid}) DETACH DELETE a RETURN count(*) AS n",
)


async def delete_player(driver: AsyncDriver, db: str, account_id: str) -> bool:
    """Erase the account and everything reachable from it, in one transaction."""

    async def work(tx: AsyncManagedTransaction) -> bool:
        *parts, last = Q_DELETE_PLAYER
        for query in parts:
            await (await tx.run(query, aid=account_id)).consume()
        record = await (await tx.run(last, aid=account_id)).single(strict=True)
        return int(record["n"]) > 0

    async with driver.session(database=db) as session:
        return await session.execute_write(work)
