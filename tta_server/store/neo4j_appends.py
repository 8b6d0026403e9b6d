"""The write path of the ``redis-neo4j`` store's sessions: starting a session, appending a turn's
events (alone or in a group commit, :mod:`~tta_server.store.neo4j_group_commit`) and ending it,
each committed to Neo4j and then written to the replay Stream
(:mod:`~tta_server.store.redis_replay`). A part of
:class:`~tta_server.store.redis_neo4j.RedisNeo4jStore` (a base class); the data model, the locks
and the ordering rules are in that module's docstring.
"""

from __future__ import annotations

import asyncio
import json
import random
import uuid
import weakref
from typing import TYPE_CHECKING, Any, LiteralString

from neo4j import AsyncDriver, Record
from neo4j.exceptions import DriverError, Neo4jError

from tta_server.store import neo4j_queries as cypher
from tta_server.store import neo4j_worlds as worlds_graph
from tta_server.store.base import (
    Alert,
    AppendResult,
    Event,
    GameSession,
    HoldWrite,
    NewEvent,
    NotFound,
    PauseWrite,
    SessionNotActive,
    SessionOnHold,
    StaleState,
    StateWrite,
    now,
)
from tta_server.store.neo4j_group_commit import GroupCommit
from tta_server.store.redis_replay import dumps

RETRY_FIRST_S = 0.05
"""The first wait before :meth:`Neo4jAppends._write_auto` tries again; each next one doubles
(with 20 % jitter) up to :data:`RETRY_MAX_S`, all within the store's ``timeout_s``."""
RETRY_MAX_S = 1.0


def new_id() -> str:
    """A new record id (32 hex digits)."""
    return uuid.uuid4().hex


def _alert_params(a: Alert) -> dict[str, Any]:
    return {
        "id": a.id,
        "at": a.at,
        "account_id": a.account_id,
        "username": a.username,
        "character_id": a.character_id,
        "character_name": a.character_name,
        "session_id": a.session_id,
        "level": a.level,
        "category": a.category,
        "reasons": list(a.reasons),
        "text": a.text,
        "contact_requested": a.contact_requested,
        "acked_by": a.acked_by,
        "acked_at": a.acked_at,
        "note": a.note,
        "escalated": a.escalated,
    }


class Neo4jAppends:
    """:meth:`create_session`, :meth:`append_events` and :meth:`end_session` of the store."""

    _db: str
    _timeout: float

    if TYPE_CHECKING:  # the store's own, declared for the type checker only

        @property
        def _driver(self) -> AsyncDriver: ...

        async def _write(self, query: LiteralString, **params: Any) -> list[Record]: ...

        async def _read(self, query: LiteralString, **params: Any) -> list[Record]: ...

        async def _cache_events(
            self,
            session_id: str,
            last_seq: int,
            events: list[Event],
            encoded: list[str] | None = None,
            *,
            refill: bool = False,
        ) -> None: ...

    def _init_appends(self, append_batch_max: int) -> None:
        """The session locks and the group commit (``append_batch_max`` rows a batch at most)."""
        self._session_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._appends = GroupCommit(self._append_one, self._append_many, append_batch_max)

    def _session_lock(self, session_id: str) -> asyncio.Lock:
        lock = self._session_locks.get(session_id)
        if lock is None:
            lock = asyncio.Lock()
            self._session_locks[session_id] = lock
        return lock

    async def create_session(
        self,
        account_id: str,
        character_id: str,
        world_id: str,
        opening: list[NewEvent],
        start: StateWrite,
        character_version: float | None = None,
    ) -> tuple[GameSession, list[Event]]:
        session_id = new_id()
        t = now()
        encoded = [dumps(e.data) for e in opening]
        async with self._session_lock(session_id):
            records = await self._write(
                cypher.Q_CREATE_SESSION,
                aid=account_id,
                cid=character_id,
                cver=character_version,
                sid=session_id,
                world=world_id,
                events=[{"type": e.type, "data": d} for e, d in zip(opening, encoded, strict=True)],
                state=worlds_graph.state_params(start),
                now=t,
            )
            if not records:
                raise NotFound(character_id)
            events = [
                Event(session_id, i, e.type, json.loads(d), t)
                for i, (e, d) in enumerate(zip(opening, encoded, strict=True), 1)
            ]
            await self._cache_events(session_id, len(events), events, encoded)
        session = GameSession(
            session_id, account_id, character_id, world_id, "active", t, t, len(events)
        )
        return session, events

    async def end_session(
        self, account_id: str, session_id: str, closing: list[NewEvent]
    ) -> list[Event]:
        result = await self._append(session_id, closing, account_id=account_id, end=True)
        return result.events

    async def append_events(
        self,
        session_id: str,
        events: list[NewEvent],
        turn_id: str | None = None,
        state: StateWrite | None = None,
        alert: Alert | None = None,
        hold: HoldWrite | None = None,
        pause: PauseWrite | None = None,
    ) -> AppendResult:
        return await self._append(
            session_id, events, turn_id=turn_id, state=state, alert=alert, hold=hold, pause=pause
        )

    async def warm_statements(self) -> int:
        """The group commit's statement (:data:`~tta_server.store.neo4j_queries.Q_APPEND_BATCH`)
        with no rows: one player's warm-up never makes a batch, so without this the first batch
        after a start would plan it (``PLAN_ONCE``: planned once, then kept)."""
        await self._write_auto(cypher.Q_APPEND_BATCH, idempotent=True, rows=[])
        return 1

    async def _write_auto(
        self, query: LiteralString, *, idempotent: bool, **params: Any
    ) -> list[Record]:
        """``query`` as one auto-commit transaction: one Bolt round trip (RUN and PULL, the
        commit done by Neo4j), where ``execute_query``'s managed transaction takes two (BEGIN,
        RUN and PULL, then COMMIT) and about 1 ms more of the driver's CPU
        (docs/performance.md, "redis-neo4j CPU per turn, 2026-12-05").

        The driver retries a managed transaction but never an auto-commit one; this retries
        what the driver would have, when trying again cannot write twice: an error Neo4j
        answered with and calls retryable (a deadlock, a lock or leader change: the statement
        was rolled back), and, when ``idempotent`` (every row has a turn id, so a second try
        of a committed row only finds its turn), a connection lost or refused. A lost
        connection on a write that is not idempotent (a session's end, an append without a
        turn id) is raised, as an outage: it may have committed (the managed path raises the
        same when the connection is lost during COMMIT). All tries end within ``timeout_s``.
        """
        delay = RETRY_FIRST_S
        async with asyncio.timeout(self._timeout):  # a store that does not answer is an outage
            while True:
                try:
                    async with self._driver.session(database=self._db) as session:
                        result = await session.run(query, params)
                        return [record async for record in result]
                except (Neo4jError, DriverError) as exc:
                    if not exc.is_retryable() or not (idempotent or isinstance(exc, Neo4jError)):
                        raise
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))  # noqa: S311 (jitter)
                delay = min(RETRY_MAX_S, delay * 2)

    async def _append_one(self, params: dict[str, Any]) -> Record | None:
        """One append alone (:data:`~tta_server.store.neo4j_queries.Q_APPEND`)."""
        records = await self._write_auto(
            cypher.Q_APPEND, idempotent=params["tkey"] is not None, **params
        )
        return records[0] if records else None

    async def _append_many(self, rows: list[dict[str, Any]]) -> list[Record | None]:
        """Appends of different sessions in one statement
        (:data:`~tta_server.store.neo4j_queries.Q_APPEND_BATCH`), in session-id order."""
        order = sorted(range(len(rows)), key=lambda k: rows[k]["sid"])
        records = await self._write_auto(
            cypher.Q_APPEND_BATCH,
            idempotent=all(row["tkey"] is not None for row in rows),
            rows=[{**rows[k], "i": k} for k in order],
        )
        found: list[Record | None] = [None] * len(rows)
        for record in records:
            found[record["i"]] = record
        return found

    async def _append(
        self,
        session_id: str,
        new: list[NewEvent],
        *,
        account_id: str | None = None,
        turn_id: str | None = None,
        end: bool = False,
        state: StateWrite | None = None,
        alert: Alert | None = None,
        hold: HoldWrite | None = None,
        pause: PauseWrite | None = None,
    ) -> AppendResult:
        """One statement (alone or in a group commit with other sessions' appends): lock the
        session, check turn, status and playthrough version, write events (and end, and the
        state)."""
        t = now()
        encoded = [dumps(e.data) for e in new]
        turn_key = f"{session_id}/{turn_id}" if turn_id is not None else None
        params = {
            "sid": session_id,
            "aid": account_id,
            "tkey": turn_key,
            "turn_id": turn_id,
            "events": [{"type": e.type, "data": d} for e, d in zip(new, encoded, strict=True)],
            "end": end,
            "state": None if state is None else worlds_graph.state_params(state),
            "alert": None if alert is None else _alert_params(alert),
            "set_hold": hold is not None,
            "set_pause": pause is not None,
            "pause": None if pause is None else pause.reason,
            "hold": hold.alert.id if hold is not None and hold.alert is not None else None,
            "now": t,
        }
        async with self._session_lock(session_id):
            row = await self._appends.write(params)
            if row is None:
                raise NotFound(session_id)
            if row["turn_first"] is not None:
                recorded = await self._read(
                    cypher.Q_EVENT_RANGE, sid=session_id, lo=row["turn_first"], hi=row["turn_last"]
                )
                return AppendResult(
                    [Event.stored(session_id, *r.values()) for r in recorded], replayed=True
                )
            if row["status"] != "active":
                raise SessionNotActive(session_id)
            if row["held"]:
                raise SessionOnHold(session_id)
            if not row["ok"]:
                raise StaleState(session_id)
            base = int(row["base"])
            events = [
                Event(session_id, base + i, e.type, json.loads(d), t)
                for i, (e, d) in enumerate(zip(new, encoded, strict=True), 1)
            ]
            if events:
                await self._cache_events(session_id, base + len(events), events, encoded)
        return AppendResult(events)
