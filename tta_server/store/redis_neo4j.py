"""The ``redis-neo4j`` store: Neo4j holds everything durable, Redis holds hot state and pub/sub.

Neo4j (the truth; all writes are one transaction, one Cypher statement: a managed transaction,
except the appends, auto-commit queries (one Bolt round trip instead of two) retried where a
second try cannot write twice (:meth:`~tta_server.store.neo4j_appends.Neo4jAppends._write_auto`);
appends of different sessions that wait at the same moment share one, a group commit:
:mod:`~tta_server.store.neo4j_group_commit`):

* ``(:Account {id, username, username_key, password_hash, role, disabled, created_at})``
* ``(:Account)-[:OWNS]->(:Character {id, account_id, name, name_key, data, created_at,
  updated_at})``
* ``(:Account)-[:HAS_SESSION]->(:GameSession {id, account_id, character_id, world_id, status,
  created_at, updated_at, last_seq})<-[:PLAYS_IN]-(:Character)`` (deleting a character keeps
  its sessions and their history)
* ``(:GameSession)-[:HAS_EVENT]->(:Event {session_id, seq, type, data, at})``
* ``(:GameSession)-[:HAS_TURN]->(:Turn {key, session_id, turn_id, first_seq, last_seq, at})``
  with ``key = session_id + "/" + turn_id``
* ``(:GameSession)-[:SAVED]->(:SaveSlot {key, session_id, name, state, world_version,
  saved_at})`` with ``key = session_id + "/" +`` the folded name (``save NAME``); a session's
  ``Playthrough`` (:mod:`~tta_server.store.neo4j_worlds`) also holds ``undo`` (JSON) and
  ``brief``

``data`` properties are JSON strings (Neo4j properties cannot hold maps). ``username_key`` and
``name_key`` are :func:`tta_server.protocol.text.fold` of the name.
:meth:`RedisNeo4jStore.open` creates,
idempotently, uniqueness constraints on ``Account.id``, ``Account.username_key``,
``Character.id``, ``GameSession.id``, ``Turn.key``, ``SaveSlot.key`` and ``(Event.session_id,
Event.seq)`` (whose index also serves ordered event reads), and an index on
``Character.account_id``. The schema's version is the one ``(:TTASchema {id: "tta", version})``
node; :mod:`~tta_server.store.neo4j_migrations` holds the migrations :meth:`RedisNeo4jStore.open`
runs (after refusing a version newer than the code's), and
:mod:`~tta_server.store.neo4j_backup` the export and re-import behind ``tta-admin backup`` and
``restore``.

Serialisation: a write that must see a consistent count takes the Neo4j write lock of one node
first (``SET n._lock = true`` ... ``REMOVE n._lock``, in the same statement) and only then reads:
the ``Account`` for character creation/renaming (limit and per-account name uniqueness), the
``GameSession`` for appends (``last_seq`` allocation, ``Turn`` lookup, status). Seqs are therefore
gap-free and strictly increasing per session even across processes. Within one process, writes to
one session also queue on an :class:`asyncio.Lock` so their Redis writes happen in seq order.

Redis (hot state; ``P`` is ``key_prefix``, default ``tta:``; nothing here is needed to rebuild
durable data: a ``FLUSHALL`` loses only tokens and throttle counters):

* ``P token:<hash>`` -> account id, with the token's TTL (sliding: each touch resets it).
* ``P acct_tokens:<account id>`` -> set of token hashes, TTL >= its longest-lived token.
* ``P throttle:<key>`` -> hit count, TTL = the window (fixed window from the first hit).
* ``P events:<session id>`` -> replay Stream, entry id ``<seq>-1``, one field ``e`` holding the
  JSON array ``[type, at, data]``; capped at about ``replay_log_max_events`` (``MAXLEN ~``).
* ``P session_last:<session id>`` -> highest seq Redis has been told about.
* ``P bus:<channel>`` -> pub/sub channel of :class:`RedisBus` (JSON messages).

Replay keys expire :data:`~tta_server.store.redis_replay.REPLAY_TTL_S` after the session's last
write; they are written after the Neo4j commit by a Lua script that only extends the Stream
contiguously (``seq == top + 1``), so the Stream is always a gap-free run of events ending at its
top. :meth:`~tta_server.store.redis_replay.RedisReplay.read_events` answers from the Stream when
``session_last`` is present and the Stream holds the whole requested range up to it; otherwise (key
missing, Stream missing, behind, or trimmed past ``after_seq``) it reads Neo4j and, unless the
Stream was merely trimmed, replaces the Stream with the events from ``after_seq`` to the session's
last (when that is at most ``replay_log_max_events`` events), so the reader's next pages come from
Redis.

Plans and sockets: the statements run while people play start with
:data:`~tta_server.store.neo4j_plans.PLAN_ONCE` (Neo4j keeps their first plan instead of
replanning them, 15-150 ms each, as the data grows), and :meth:`RedisNeo4jStore.open` turns on
``TCP_NODELAY`` for the driver's connections (:mod:`~tta_server.store.bolt_nodelay`; without it
each new connection waited ~40 ms for a delayed ACK).

Where it is: this module's :class:`RedisNeo4jStore` holds the behaviour, with parts of it as
base classes: the sessions' write path, start, append and end
(:mod:`~tta_server.store.neo4j_appends`), schema upkeep (:mod:`~tta_server.store.neo4j_upkeep`),
tokens and throttles (:mod:`~tta_server.store.redis_tokens`) and the replay cache
(:mod:`~tta_server.store.redis_replay`). Its Cypher (schema and statements) is in
:mod:`~tta_server.store.neo4j_queries`, its Lua scripts in :mod:`~tta_server.store.redis_scripts`;
worlds and playthroughs, and the facilitators' and privacy statements, in
:mod:`~tta_server.store.neo4j_worlds` and :mod:`~tta_server.store.neo4j_care`.

Pub/sub: :class:`~tta_server.store.redis_bus.RedisBus` keeps one pub/sub connection per store,
subscribed to exactly the channels that have local subscribers.

Limits: the Lua scripts touch keys derived from arguments, so Redis must be standalone (not
Cluster). Neo4j must be 5.23 or later (``CALL (n) {...}`` in :meth:`RedisNeo4jStore.wipe`,
``COLLECT {...}`` subqueries). ``key_prefix`` namespaces Redis only: stores sharing a Neo4j
database share its data, and :meth:`RedisNeo4jStore.wipe` deletes all of it. A refill of a replay
Stream runs one Lua script over up to ``replay_log_max_events`` entries (Redis is busy for roughly
3 ms per 1,000 events). If a process dies (or Redis fails) between a Neo4j commit and its Redis
write, replay from Redis misses those events until the session's next append (which detects the
gap) or until the replay keys expire. Pub/sub is at-most-once: messages published while a process
is disconnected from Redis are lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any, LiteralString

import redis.asyncio as aioredis
from neo4j import READ_ACCESS, AsyncDriver, AsyncGraphDatabase, Record, RoutingControl
from neo4j import __version__ as neo4j_version
from neo4j.exceptions import ConstraintError

from tta_server.protocol.text import fold
from tta_server.store import bolt_nodelay, neo4j_migrations
from tta_server.store import neo4j_care as care
from tta_server.store import neo4j_queries as cypher
from tta_server.store import neo4j_worlds as worlds_graph
from tta_server.store.base import (
    CHECK_SLOW,
    Account,
    Action,
    Alert,
    Character,
    CharacterLimitReached,
    CharacterNameTaken,
    Event,
    GameSession,
    LoadedSession,
    NotFound,
    Playthrough,
    Role,
    SaveSlot,
    SaveSlotsFull,
    SessionNotActive,
    SessionView,
    UsernameTaken,
    WorldGraph,
    WorldRecord,
    login_device_key,
    login_name_key,
    now,
    session_view,
    slot_key,
)
from tta_server.store.export import export_document
from tta_server.store.neo4j_appends import Neo4jAppends, new_id
from tta_server.store.neo4j_migrations import MIGRATIONS, Migration
from tta_server.store.neo4j_upkeep import Neo4jUpkeep
from tta_server.store.redis_bus import RedisBus
from tta_server.store.redis_replay import RedisReplay, dumps
from tta_server.store.redis_tokens import RedisTokens

log = logging.getLogger(__name__)

REDIS_MAX_CONNECTIONS = 64
"""Redis connections per store (one is the bus's pub/sub connection); callers beyond this wait."""

REDIS_POOL_WAIT_S = 10.0
"""How long a Redis call waits for a free pooled connection before failing."""

CONNECT_TIMEOUT_S = 5.0
"""Seconds to wait for a TCP connection to Neo4j before giving up."""
CHECK_TIMEOUT_S = 3.0
"""Default time allowed to each dependency in :meth:`RedisNeo4jStore.check` (the server passes
its ``ready_check_timeout_s``)."""


def _short_error(exc: BaseException) -> str:
    text = str(exc) or ("timed out" if isinstance(exc, TimeoutError) else "")
    return " ".join(f"{type(exc).__name__}: {text}".rstrip(": ").split())[:200]


class RedisNeo4jStore(Neo4jAppends, Neo4jUpkeep, RedisTokens, RedisReplay):
    """:class:`~tta_server.store.base.Store` on Neo4j (durable) and Redis (hot state)."""

    kind = "redis-neo4j"

    def __init__(
        self,
        redis_url: str,
        neo4j_uri: str,
        neo4j_user: str,
        neo4j_password: str,
        neo4j_database: str,
        replay_log_max_events: int = 10_000,
        key_prefix: str = "tta:",
        timeout_s: float = 5.0,
        check_timeout_s: float = CHECK_TIMEOUT_S,
        migrations: Sequence[Migration] = MIGRATIONS,
        append_batch_max: int = 32,
    ) -> None:
        """``migrations``: the schema's (tests pass others, such as one that fails);
        ``append_batch_max``: the most appends one group commit writes together (1: none)."""
        self._migrations = migrations
        self._neo4j_uri = neo4j_uri
        self._neo4j_auth = (neo4j_user, neo4j_password) if neo4j_password else None
        self._db = neo4j_database
        self._maxlen = replay_log_max_events
        self._p = key_prefix
        self._driver_: AsyncDriver | None = None
        self._timeout = timeout_s
        self._check_timeout = check_timeout_s
        pool = aioredis.BlockingConnectionPool.from_url(
            redis_url,
            decode_responses=True,
            max_connections=REDIS_MAX_CONNECTIONS,
            timeout=min(REDIS_POOL_WAIT_S, timeout_s),
            socket_timeout=timeout_s,
            socket_connect_timeout=min(CONNECT_TIMEOUT_S, timeout_s),
        )
        self._redis: aioredis.Redis = aioredis.Redis.from_pool(pool)
        self.bus = RedisBus(self._redis, key_prefix)
        self._init_appends(append_batch_max)
        self._init_tokens()
        self._init_replay()

    # -- lifecycle ---------------------------------------------------------------------------
    async def open(self, migrate: bool = True) -> None:
        if self._driver_ is None:
            if not bolt_nodelay.install():
                log.warning(
                    "neo4j driver %s: could not turn on TCP_NODELAY for its connections "
                    "(tta_server/store/bolt_nodelay.py); each new connection may wait ~40 ms",
                    neo4j_version,
                )
            self._driver_ = AsyncGraphDatabase.driver(
                self._neo4j_uri,
                auth=self._neo4j_auth,
                notifications_min_severity="OFF",
                connection_timeout=min(CONNECT_TIMEOUT_S, self._timeout),
                connection_acquisition_timeout=self._timeout,
                max_transaction_retry_time=self._timeout,
            )
        await self._redis.ping()
        # Fails fast, naming the cause ("connection refused"), instead of retrying for 30 s.
        await self._driver.verify_connectivity()
        status = await self.schema_status()
        neo4j_migrations.refuse_newer(status)
        if migrate:
            await self._migrate(status)

    async def close(self) -> None:
        await self._appends.close()
        await self.bus.close()
        if self._driver_ is not None:
            await self._driver_.close()
            self._driver_ = None
        await self._redis.aclose()

    async def check(self) -> dict[str, str | None]:
        async def redis_check() -> None:
            await self._redis.ping()

        async def neo4j_check() -> None:  # an auto-commit query: no retries
            async with self._driver.session(
                database=self._db, default_access_mode=READ_ACCESS
            ) as session:
                result = await session.run("RETURN 1")
                await result.consume()

        async def one(check: Any) -> str | None:
            try:
                await asyncio.wait_for(check(), self._check_timeout)
            except TimeoutError:
                return f"{CHECK_SLOW} {self._check_timeout:g} s"
            except Exception as exc:  # any failure is reported, not raised
                return _short_error(exc)
            return None

        redis_error, neo4j_error = await asyncio.gather(one(redis_check), one(neo4j_check))
        return {"redis": redis_error, "neo4j": neo4j_error}

    # -- plumbing ------------------------------------------------------------------------------
    @property
    def _driver(self) -> AsyncDriver:
        if self._driver_ is None:
            raise RuntimeError("store is not open")
        return self._driver_

    async def _write(self, query: LiteralString, **params: Any) -> list[Record]:
        async with asyncio.timeout(self._timeout):  # a store that does not answer is an outage
            result = await self._driver.execute_query(query, params, database_=self._db)
        return result.records

    async def _read(self, query: LiteralString, **params: Any) -> list[Record]:
        async with asyncio.timeout(self._timeout):
            result = await self._driver.execute_query(
                query, params, database_=self._db, routing_=RoutingControl.READ
            )
        return result.records

    # -- accounts ------------------------------------------------------------------------------
    async def create_account(self, username: str, password_hash: str, role: Role) -> Account:
        account = Account(new_id(), username, password_hash, role, False, now())
        try:
            await self._write(
                cypher.Q_CREATE_ACCOUNT,
                id=account.id,
                username=username,
                key=fold(username),
                password_hash=password_hash,
                role=role.value,
                now=account.created_at,
            )
        except ConstraintError:
            raise UsernameTaken(username) from None
        return account

    async def get_account(self, account_id: str) -> Account | None:
        records = await self._read(cypher.Q_GET_ACCOUNT, id=account_id)
        return Account.from_row(records[0]["a"]) if records else None

    async def get_account_by_username(self, username: str) -> Account | None:
        records = await self._read(cypher.Q_GET_ACCOUNT_BY_KEY, key=fold(username))
        return Account.from_row(records[0]["a"]) if records else None

    async def list_accounts(self) -> list[Account]:
        return [Account.from_row(r["a"]) for r in await self._read(cypher.Q_LIST_ACCOUNTS)]

    async def update_account(
        self, account_id: str, *, role: Role | None = None, disabled: bool | None = None
    ) -> Account | None:
        if role is None and disabled is None:
            return await self.get_account(account_id)
        records = await self._write(
            cypher.Q_UPDATE_ACCOUNT,
            id=account_id,
            role=role.value if role is not None else None,
            disabled=disabled,
        )
        return Account.from_row(records[0]["a"]) if records else None

    # -- characters ----------------------------------------------------------------------------
    async def create_character(
        self, account_id: str, name: str, data: dict[str, Any], max_count: int
    ) -> Character:
        t = now()
        character = Character(new_id(), account_id, name, data, t, t)
        records = await self._write(
            cypher.Q_CREATE_CHARACTER,
            aid=account_id,
            cid=character.id,
            name=name,
            key=fold(name),
            data=dumps(data),
            max=max_count,
            now=t,
        )
        if not records:
            raise NotFound(account_id)
        if records[0]["n"] >= max_count:
            raise CharacterLimitReached(max_count)
        if records[0]["dup"]:
            raise CharacterNameTaken(name)
        return character

    async def list_characters(self, account_id: str) -> list[Character]:
        return [
            Character.from_row(r["c"])
            for r in await self._read(cypher.Q_LIST_CHARACTERS, aid=account_id)
        ]

    async def get_character(self, account_id: str, character_id: str) -> Character | None:
        records = await self._read(cypher.Q_GET_CHARACTER, aid=account_id, cid=character_id)
        return Character.from_row(records[0]["c"]) if records else None

    async def update_character(
        self, account_id: str, character_id: str, name: str, data: dict[str, Any]
    ) -> Character:
        records = await self._write(
            cypher.Q_UPDATE_CHARACTER,
            aid=account_id,
            cid=character_id,
            name=name,
            key=fold(name),
            data=dumps(data),
            now=now(),
        )
        if not records:
            raise NotFound(character_id)
        if records[0]["dup"]:
            raise CharacterNameTaken(name)
        return Character.from_row(records[0]["c"])

    async def delete_character(self, account_id: str, character_id: str) -> bool:
        records = await self._write(cypher.Q_DELETE_CHARACTER, aid=account_id, cid=character_id)
        return bool(records and records[0]["n"])

    # -- sessions and events -------------------------------------------------------------------
    async def get_session(self, account_id: str, session_id: str) -> GameSession | None:
        records = await self._read(cypher.Q_GET_SESSION, aid=account_id, sid=session_id)
        return GameSession.from_row(records[0]["s"]) if records else None

    async def load_session(self, account_id: str, session_id: str) -> LoadedSession | None:
        records = await self._read(cypher.Q_LOAD_SESSION, aid=account_id, sid=session_id)
        if not records:
            return None
        r = records[0]
        return LoadedSession(
            GameSession.from_row(r["s"]),
            None if r["p"] is None else Playthrough.from_row(session_id, r["p"]),
            None if r["c"] is None else Character.from_row(r["c"]),
        )

    async def list_sessions(self, account_id: str) -> list[GameSession]:
        return [
            GameSession.from_row(r["s"])
            for r in await self._read(cypher.Q_LIST_SESSIONS, aid=account_id)
        ]

    # -- safety alerts -------------------------------------------------------------------------
    async def list_alerts(self, before: float | None, limit: int) -> list[Alert]:
        records = await self._read(
            cypher.Q_LIST_ALERTS, before=before if before is not None else float("inf"), limit=limit
        )
        return [Alert.from_row(r["a"]) for r in records]

    async def get_alert(self, alert_id: str) -> Alert | None:
        records = await self._read(cypher.Q_GET_ALERT, id=alert_id)
        return Alert.from_row(records[0]["a"]) if records else None

    async def request_contact(self, alert_id: str) -> Alert | None:
        records = await self._write(cypher.Q_REQUEST_CONTACT, id=alert_id)
        return Alert.from_row(records[0]["a"]) if records else None

    async def purge_alerts(self, before: float) -> int:
        records = await self._write(cypher.Q_PURGE_ALERTS, before=before)
        return int(records[0]["n"]) if records else 0

    async def ack_alert(self, alert_id: str, by: str, note: str) -> Alert | None:
        records = await self._write(care.Q_ACK_ALERT, id=alert_id, by=by, note=note, at=now())
        return Alert.from_row(records[0]["a"]) if records else None

    # -- facilitators ----------------------------------------------------------------------------
    async def record_action(self, action: Action) -> None:
        await self._write(
            care.Q_RECORD_ACTION,
            id=action.id,
            at=action.at,
            actor=action.actor,
            action=action.action,
            sid=action.session_id,
            detail=action.detail,
        )

    async def list_actions(self, limit: int) -> list[Action]:
        return [Action.from_row(r["x"]) for r in await self._read(care.Q_LIST_ACTIONS, limit=limit)]

    async def find_session(self, session_id: str) -> GameSession | None:
        records = await self._read(care.Q_FIND_SESSION, sid=session_id)
        return GameSession.from_row(records[0]["s"]) if records else None

    async def list_active_sessions(
        self, limit: int, after: tuple[float, str] | None = None, only: str | None = None
    ) -> list[SessionView]:
        at, last = after if after is not None else (None, None)
        records = await self._read(care.Q_ACTIVE_SESSIONS, limit=limit, at=at, last=last, only=only)
        return [
            session_view(
                GameSession.from_row(r["s"]), r["username"], r["cname"], r["cdata"], r["location"]
            )
            for r in records
        ]

    # -- privacy -------------------------------------------------------------------------------
    async def export_player(self, account_id: str) -> dict[str, Any] | None:
        async def events(s: GameSession) -> list[Event]:
            records = await self._read(cypher.Q_EVENT_RANGE, sid=s.id, lo=1, hi=s.last_seq)
            return [Event.stored(s.id, *r.values()) for r in records]

        async def alerts(aid: str) -> list[Alert]:
            return [Alert.from_row(r["a"]) for r in await self._read(care.Q_PLAYER_ALERTS, aid=aid)]

        async def actions(sids: list[str]) -> list[Action]:
            records = await self._read(care.Q_SESSION_ACTIONS, sids=sids)
            return [Action.from_row(r["x"]) for r in records]

        return await export_document(
            self, account_id, events=events, alerts=alerts, actions=actions
        )

    async def delete_player(self, account_id: str) -> bool:
        account = await self.get_account(account_id)
        sessions = await self.list_sessions(account_id)
        found = await care.delete_player(self._driver, self._db, account_id)
        keys = [k for s in sessions for k in (self._stream_key(s.id), self._last_key(s.id))]
        if account is not None:
            keys.append(self._throttle_key(login_name_key(fold(account.username))))
        devices = self._throttle_key(login_device_key(account_id, "*"))
        keys += [k async for k in self._redis.scan_iter(match=devices, count=1000)]
        await self.revoke_account_tokens(account_id)
        if keys:
            await self._redis.delete(*keys)
        return found

    # -- save slots ----------------------------------------------------------------------------
    async def save_slot(self, slot: SaveSlot, max_slots: int) -> bool:
        records = await self._write(
            cypher.Q_SAVE_SLOT,
            sid=slot.session_id,
            key=f"{slot.session_id}/{slot.key}",
            name=slot.name,
            state=dumps(slot.state),
            world_version=slot.world_version,
            now=slot.saved_at,
            max=max_slots,
        )
        if not records:
            raise NotFound(slot.session_id)
        row = records[0]
        if row["status"] != "active":
            raise SessionNotActive(slot.session_id)
        if not row["ok"]:
            raise SaveSlotsFull(slot.session_id)
        return not row["existed"]

    async def list_slots(self, session_id: str) -> list[SaveSlot]:
        records = await self._read(cypher.Q_LIST_SLOTS, sid=session_id)
        return [SaveSlot.from_row(r["x"]) for r in records]

    async def get_slot(self, session_id: str, name: str) -> SaveSlot | None:
        records = await self._read(cypher.Q_GET_SLOT, key=f"{session_id}/{slot_key(name)}")
        return SaveSlot.from_row(records[0]["x"]) if records else None

    async def read_events_before(
        self, session_id: str, before_seq: int, limit: int, types: tuple[str, ...]
    ) -> list[Event]:
        records = await self._read(
            cypher.Q_EVENTS_BEFORE,
            sid=session_id,
            before=before_seq,
            types=list(types),
            limit=limit,
        )
        return [Event.stored(session_id, *r.values()) for r in records]

    async def get_playthrough(self, session_id: str) -> Playthrough | None:
        return await worlds_graph.get_playthrough(self._driver, self._db, session_id)

    # -- worlds --------------------------------------------------------------------------------
    async def import_world(self, record: WorldRecord, graph: WorldGraph) -> str:
        return await worlds_graph.import_world(self._driver, self._db, record, graph)

    async def list_worlds(self) -> list[WorldRecord]:
        return await worlds_graph.list_worlds(self._driver, self._db)
