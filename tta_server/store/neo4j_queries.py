"""The Cypher of :mod:`tta_server.store.redis_neo4j`: its schema and the statements its store
class runs (the data model they read and write is described in that module's docstring).

``SCHEMA`` is created idempotently by :meth:`~tta_server.store.redis_neo4j.RedisNeo4jStore.open`
(with the world and care modules' own). Each ``Q_*`` is one statement, run as one managed
transaction; those that start with :data:`~tta_server.store.neo4j_plans.PLAN_ONCE` are the ones
run while people play, and ``tests/store/test_neo4j_plans.py`` checks that each plans from a
lookup, never a scan. Player text only ever reaches them as parameters.
"""

from __future__ import annotations

from typing import LiteralString

from tta_server.store import neo4j_care as care
from tta_server.store import neo4j_worlds as worlds_graph
from tta_server.store.neo4j_plans import PLAN_ONCE

SCHEMA: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT tta_account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT tta_account_username IF NOT EXISTS"
    " FOR (a:Account) REQUIRE a.username_key IS UNIQUE",
    "CREATE CONSTRAINT tta_character_id IF NOT EXISTS FOR (c:Character) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT tta_session_id IF NOT EXISTS FOR (s:GameSession) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT tta_event_seq IF NOT EXISTS"
    " FOR (e:Event) REQUIRE (e.session_id, e.seq) IS UNIQUE",
    "CREATE CONSTRAINT tta_turn_key IF NOT EXISTS FOR (t:Turn) REQUIRE t.key IS UNIQUE",
    "CREATE CONSTRAINT tta_schema_id IF NOT EXISTS FOR (s:TTASchema) REQUIRE s.id IS UNIQUE",
    "CREATE INDEX tta_character_account IF NOT EXISTS FOR (c:Character) ON (c.account_id)",
    "CREATE CONSTRAINT tta_save_slot_key IF NOT EXISTS FOR (x:SaveSlot) REQUIRE x.key IS UNIQUE",
    *worlds_graph.SCHEMA,
    *care.SCHEMA,
    "CREATE CONSTRAINT tta_alert_id IF NOT EXISTS FOR (a:Alert) REQUIRE a.id IS UNIQUE",
    "CREATE INDEX tta_alert_at IF NOT EXISTS FOR (a:Alert) ON (a.at)",
)

# -- Neo4j statements ------------------------------------------------------------------------

Q_CREATE_ACCOUNT: LiteralString = (
    PLAN_ONCE
    + """
CREATE (:Account {id: $id, username: $username, username_key: $key,
                  password_hash: $password_hash, role: $role, disabled: false,
                  created_at: $now})
"""
)

Q_GET_ACCOUNT: LiteralString = PLAN_ONCE + "MATCH (a:Account {id: $id}) RETURN a {.*} AS a"

Q_GET_ACCOUNT_BY_KEY: LiteralString = (
    PLAN_ONCE + "MATCH (a:Account {username_key: $key}) RETURN a {.*} AS a"
)

Q_LIST_ACCOUNTS: LiteralString = "MATCH (a:Account) RETURN a {.*} AS a ORDER BY a.created_at, a.id"

Q_UPDATE_ACCOUNT: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Account {id: $id})
SET a.role = coalesce($role, a.role), a.disabled = coalesce($disabled, a.disabled)
RETURN a {.*} AS a
"""
)

# Lock the account, then count its characters and look for the name.
Q_CREATE_CHARACTER: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Account {id: $aid})
SET a._lock = true
WITH a
OPTIONAL MATCH (a)-[:OWNS]->(c:Character)
WITH a, count(c) AS n, count(CASE WHEN c.name_key = $key THEN 1 END) AS dup
FOREACH (_ IN CASE WHEN n < $max AND dup = 0 THEN [1] ELSE [] END |
  CREATE (a)-[:OWNS]->(:Character {id: $cid, account_id: $aid, name: $name, name_key: $key,
                                   data: $data, created_at: $now, updated_at: $now}))
REMOVE a._lock
RETURN n, dup
"""
)

Q_LIST_CHARACTERS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (:Account {id: $aid})-[:OWNS]->(c:Character)
RETURN c {.*} AS c ORDER BY c.created_at, c.id
"""
)

Q_GET_CHARACTER: LiteralString = (
    PLAN_ONCE
    + """
MATCH (c:Character {id: $cid}) WHERE c.account_id = $aid RETURN c {.*} AS c
"""
)

Q_UPDATE_CHARACTER: LiteralString = (
    PLAN_ONCE
    + """
MATCH (c:Character {id: $cid}) WHERE c.account_id = $aid
MATCH (a:Account {id: $aid})
SET a._lock = true
WITH a, c
OPTIONAL MATCH (a)-[:OWNS]->(o:Character) WHERE o.name_key = $key AND o.id <> $cid
WITH a, c, count(o) AS dup
FOREACH (_ IN CASE WHEN dup = 0 THEN [1] ELSE [] END |
  SET c.name = $name, c.name_key = $key, c.data = $data, c.updated_at = $now)
REMOVE a._lock
RETURN dup, c {.*} AS c
"""
)

Q_DELETE_CHARACTER: LiteralString = (
    PLAN_ONCE
    + """
MATCH (c:Character {id: $cid}) WHERE c.account_id = $aid
DETACH DELETE c
RETURN count(*) AS n
"""
)

# $events: [{type, data}]; seqs 1..n. $state: neo4j_worlds.state_params (version 1).
Q_CREATE_SESSION: LiteralString = (
    PLAN_ONCE
    + """
MATCH (c:Character {id: $cid})
WHERE c.account_id = $aid AND ($cver IS NULL OR c.updated_at = $cver)
MATCH (a:Account {id: $aid})
MATCH (w:World {id: $world})
CREATE (a)-[:HAS_SESSION]->(s:GameSession {id: $sid, account_id: $aid, character_id: $cid,
         world_id: $world, status: 'active', created_at: $now, updated_at: $now,
         last_seq: size($events)})<-[:PLAYS_IN]-(c)
FOREACH (i IN range(0, size($events) - 1) |
  CREATE (s)-[:HAS_EVENT]->(:Event {session_id: $sid, seq: i + 1, type: $events[i].type,
                                    data: $events[i].data, at: $now}))
CREATE (s)-[:PLAYS]->(p:Playthrough {session_id: $sid, world_id: $world,
         world_version: $state.world_version, state: $state.json, location: $state.location,
         version: 1, undo: $state.undo, brief: $state.brief})-[:OF_WORLD]->(w)
WITH s, p
CALL (p) {
"""
    + worlds_graph.LINK_PLAYTHROUGH
    + """
}
RETURN s.id AS id
"""
)

Q_GET_SESSION: LiteralString = (
    PLAN_ONCE
    + """
MATCH (s:GameSession {id: $sid}) WHERE s.account_id = $aid RETURN s {.*} AS s
"""
)

Q_LOAD_SESSION: LiteralString = (
    PLAN_ONCE
    + """
MATCH (s:GameSession {id: $sid}) WHERE s.account_id = $aid
OPTIONAL MATCH (p:Playthrough {session_id: $sid})
OPTIONAL MATCH (c:Character {id: s.character_id}) WHERE c.account_id = $aid
RETURN s {.*} AS s, p {.world_id, .world_version, .state, .version, .undo, .brief} AS p,
       c {.*} AS c
"""
)

Q_LIST_SESSIONS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (:Account {id: $aid})-[:HAS_SESSION]->(s:GameSession)
RETURN s {.*} AS s ORDER BY s.created_at DESC, s.id
"""
)

# Append events (and end the session when $end), and save the playthrough when $state is set.
# The session node is locked before last_seq, status, the turn and the playthrough version are
# read. Writes happen only when the turn is new, the session active and the playthrough version
# the one expected: otherwise the statement changes nothing (the lock is set and removed).
_APPEND_ROW: LiteralString = (
    """
MATCH (s:GameSession {id: $sid})
WHERE $aid IS NULL OR s.account_id = $aid
SET s._lock = true
WITH s
OPTIONAL MATCH (t:Turn {key: $tkey})
OPTIONAL MATCH (p:Playthrough {session_id: $sid})
WITH s, t, p, s.last_seq AS base, s.status AS status,
     $state IS NOT NULL AND (s.hold IS NOT NULL OR s.paused IS NOT NULL) AS held
WITH s, t, p, base, status, held,
     t IS NULL AND status = 'active' AND NOT held
     AND ($state IS NULL OR p.version = $state.expect) AS ok
FOREACH (_ IN CASE WHEN ok AND size($events) > 0 THEN [1] ELSE [] END |
  SET s.last_seq = base + size($events), s.updated_at = $now
  FOREACH (i IN range(0, size($events) - 1) |
    CREATE (s)-[:HAS_EVENT]->(:Event {session_id: $sid, seq: base + i + 1,
                                      type: $events[i].type, data: $events[i].data, at: $now}))
  FOREACH (_t IN CASE WHEN $tkey IS NULL THEN [] ELSE [1] END |
    CREATE (s)-[:HAS_TURN]->(:Turn {key: $tkey, session_id: $sid, turn_id: $turn_id,
                                    first_seq: base + 1, last_seq: base + size($events),
                                    at: $now})))
FOREACH (_ IN CASE WHEN ok AND $end THEN [1] ELSE [] END |
  SET s.status = 'ended', s.updated_at = $now)
FOREACH (_ IN CASE WHEN ok AND $state IS NOT NULL THEN [1] ELSE [] END |
  SET p.state = $state.json, p.location = $state.location,
      p.world_version = $state.world_version, p.undo = $state.undo, p.brief = $state.brief,
      p.version = p.version + 1)
FOREACH (a IN CASE WHEN ok AND $alert IS NOT NULL THEN [$alert] ELSE [] END |
  CREATE (s)-[:RAISED]->(n:Alert) SET n = a)
FOREACH (_ IN CASE WHEN ok AND $set_hold THEN [1] ELSE [] END | SET s.hold = $hold)
FOREACH (_ IN CASE WHEN ok AND $set_pause THEN [1] ELSE [] END | SET s.paused = $pause)
REMOVE s._lock
WITH s, t, p, base, status, held, ok
CALL (p, ok) {
  WITH p WHERE ok AND $state IS NOT NULL AND $state.relink
  OPTIONAL MATCH (p)-[r:AT|CARRIES]->()
  DELETE r
  WITH DISTINCT p
"""
    + worlds_graph.LINK_PLAYTHROUGH
    + """
}
RETURN status, base, t.first_seq AS turn_first, t.last_seq AS turn_last, held, ok
"""
)

Q_APPEND: LiteralString = PLAN_ONCE + _APPEND_ROW

# A group commit (tta_server/store/neo4j_group_commit.py): the appends of several sessions in
# one statement. $rows: [{i, sid, aid, tkey, turn_id, events, end, state, alert, set_hold,
# set_pause, pause, hold, now}], one per session, sorted by sid (so two processes' batches lock
# sessions in the same order). Each row runs exactly Q_APPEND's logic with its own parameters
# (every "$x" of it read as "row.x", and every WITH keeping row); a row whose session does not
# exist returns nothing.
Q_APPEND_BATCH: LiteralString = (
    PLAN_ONCE
    + "UNWIND $rows AS row\nCALL (row) {"
    + _APPEND_ROW.replace("CALL (p, ok) {", "CALL (p, ok, row) {")
    .replace("WITH ", "WITH row, ")
    .replace("WITH row, DISTINCT ", "WITH DISTINCT row, ")
    .replace("$", "row.")
    .replace("RETURN status, base,", "RETURN row.i AS i, status, base,")
    + "}\nRETURN i, status, base, turn_first, turn_last, held, ok\n"
)

Q_EVENT_RANGE: LiteralString = (
    PLAN_ONCE
    + """
MATCH (e:Event) WHERE e.session_id = $sid AND e.seq >= $lo AND e.seq <= $hi
RETURN e.seq AS seq, e.type AS type, e.data AS data, e.at AS at ORDER BY e.seq
"""
)

# Replay fallback: the session's last_seq and its events (after, hi], where hi is last_seq when
# $refill and last_seq - after <= $maxlen (to refill the replay Stream), else after + limit.
Q_READ_EVENTS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (s:GameSession {id: $sid})
WITH s.last_seq AS last
RETURN last, COLLECT {
  MATCH (e:Event)
  WHERE e.session_id = $sid AND e.seq > $after
    AND e.seq <= CASE WHEN $refill AND last - $after <= $maxlen THEN last
                      ELSE $after + $limit END
  RETURN [e.seq, e.type, e.data, e.at]
} AS events
"""
)

Q_EVENTS_BEFORE: LiteralString = (
    PLAN_ONCE
    + """
MATCH (e:Event) WHERE e.session_id = $sid AND e.seq < $before AND e.type IN $types
RETURN e.seq AS seq, e.type AS type, e.data AS data, e.at AS at ORDER BY e.seq DESC LIMIT $limit
"""
)

# A save slot: the session is locked, then its slots counted; a new name is refused past $max.
# $key is "<session id>/<folded name>" (unique), so a slot is found without its session.
Q_SAVE_SLOT: LiteralString = (
    PLAN_ONCE
    + """
MATCH (s:GameSession {id: $sid})
SET s._lock = true
WITH s
OPTIONAL MATCH (s)-[:SAVED]->(x:SaveSlot)
WITH s, count(x) AS n, count(CASE WHEN x.key = $key THEN 1 END) AS same
WITH s, n, same, s.status = 'active' AND (same > 0 OR n < $max) AS ok
CALL (s, ok) {
  WITH s WHERE ok
  MERGE (x:SaveSlot {key: $key})
  MERGE (s)-[:SAVED]->(x)
  SET x.session_id = $sid, x.name = $name, x.state = $state,
      x.world_version = $world_version, x.saved_at = $now
}
REMOVE s._lock
RETURN s.status AS status, same > 0 AS existed, ok
"""
)

Q_LIST_SLOTS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (:GameSession {id: $sid})-[:SAVED]->(x:SaveSlot)
RETURN x {.*} AS x ORDER BY x.key
"""
)

Q_GET_SLOT: LiteralString = PLAN_ONCE + "MATCH (x:SaveSlot {key: $key}) RETURN x {.*} AS x"

Q_LIST_ALERTS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Alert) WHERE a.at < $before
RETURN a {.*} AS a ORDER BY a.at DESC, a.id LIMIT $limit
"""
)

Q_GET_ALERT: LiteralString = PLAN_ONCE + "MATCH (a:Alert {id: $id}) RETURN a {.*} AS a"

Q_REQUEST_CONTACT: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Alert {id: $id}) SET a.contact_requested = true RETURN a {.*} AS a
"""
)

Q_PURGE_ALERTS: LiteralString = (
    PLAN_ONCE
    + """
MATCH (a:Alert) WHERE a.at < $before
DETACH DELETE a
RETURN count(*) AS n
"""
)

DATA_LABELS: tuple[LiteralString, ...] = (
    "Account",
    "Character",
    "GameSession",
    "Event",
    "Turn",
    "World",
    "Location",
    "Item",
    "NPC",
    "Playthrough",
    "Alert",
    "Action",
    "SaveSlot",
)
"""Every label of TTA's data (not its schema: ``TTASchema``, ``TtaMigration``): what
:data:`Q_WIPE` deletes and a backup (:mod:`~tta_server.store.neo4j_backup`) holds."""

Q_WIPE: LiteralString = (
    "MATCH (n) WHERE "
    + " OR ".join(["n:" + label for label in DATA_LABELS])
    + "\nCALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS\n"
)
