"""The replay cache of the ``redis-neo4j`` store: a capped Redis Stream of each session's events,
in front of Neo4j, which holds them all.

Keys (``P`` is the key prefix): ``P events:<session id>``, the Stream, entry id ``<seq>-1``, one
field ``e`` holding the JSON array ``[type, at, data]``, capped at about
``replay_log_max_events``; ``P session_last:<session id>``, the highest seq Redis has been told
about. Both expire :data:`REPLAY_TTL_S` after the session's last write. How the Stream is kept a
gap-free run of events, and when a read refills it from Neo4j, is described in
:mod:`tta_server.store.redis_neo4j`'s docstring.

:class:`RedisReplay` is a part of :class:`~tta_server.store.redis_neo4j.RedisNeo4jStore` (a base
class): it uses the store's Redis client, key prefix and Neo4j reads.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, LiteralString

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from tta_server.store import neo4j_queries as cypher
from tta_server.store import redis_scripts as lua
from tta_server.store.base import Event

if TYPE_CHECKING:
    from neo4j import Record

log = logging.getLogger(__name__)

REPLAY_TTL_S = 7 * 24 * 3600
"""Replay Stream and ``session_last`` keys expire this long after the session's last write."""


def dumps(data: Mapping[str, Any]) -> str:
    """Compact JSON, as event and character data are stored (in Neo4j and in the Stream)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _stream_entry(type_: str, data_json: str, at: float) -> str:
    """A replay Stream entry: the JSON array ``[type, at, data]`` (data already encoded)."""
    return f"[{json.dumps(type_, ensure_ascii=False)},{at!r},{data_json}]"


def _stream_event(session_id: str, entry_id: str, fields: Mapping[str, str]) -> Event:
    type_, at, data = json.loads(fields["e"])
    return Event(session_id, int(entry_id.split("-", 1)[0]), type_, data, float(at))


class RedisReplay:
    """:meth:`~tta_server.store.base.Store.read_events` and the writes that keep the Stream."""

    _redis: aioredis.Redis
    _p: str
    _maxlen: int

    if TYPE_CHECKING:

        async def _read(self, query: LiteralString, **params: Any) -> list[Record]: ...

    def _init_replay(self) -> None:
        """Register the script (after ``_redis`` is set)."""
        self._refilling: set[str] = set()
        self._lua_write_events = self._redis.register_script(lua.LUA_WRITE_EVENTS)

    def _stream_key(self, session_id: str) -> str:
        return f"{self._p}events:{session_id}"

    def _last_key(self, session_id: str) -> str:
        return f"{self._p}session_last:{session_id}"

    async def _cache_events(
        self,
        session_id: str,
        last_seq: int,
        events: list[Event],
        encoded: list[str] | None = None,
        *,
        refill: bool = False,
    ) -> None:
        """Write committed events to the replay Stream (best effort: Neo4j has them)."""
        args: list[str | int] = [
            self._maxlen,
            REPLAY_TTL_S,
            last_seq,
            "refill" if refill else "append",
        ]
        for i, e in enumerate(events):
            data = encoded[i] if encoded is not None else dumps(e.data)
            args += [e.seq, _stream_entry(e.type, data, e.at)]
        try:
            await self._lua_write_events(
                keys=[self._stream_key(session_id), self._last_key(session_id)], args=args
            )
        except RedisError as exc:
            log.warning("replay cache write failed for session %s: %s", session_id, exc)

    async def read_events(self, session_id: str, after_seq: int, limit: int) -> list[Event]:
        if limit <= 0:
            return []
        after = max(after_seq, 0)
        stream = self._stream_key(session_id)
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.get(self._last_key(session_id))
                pipe.xrange(stream, min=f"{after + 1}-0", max="+", count=limit)
                pipe.xrevrange(stream, max="+", min="-", count=1)
                cached_last, entries, tip = await pipe.execute()
        except RedisError as exc:
            log.warning("replay cache read failed for session %s: %s", session_id, exc)
            return await self._read_events_neo4j(session_id, after, limit, refill=False)
        top = int(tip[0][0].split("-", 1)[0]) if tip else 0
        if cached_last is not None:
            last = int(cached_last)
            if after >= last:
                return []
            want = min(limit, last - after)
            if (
                top == last
                and len(entries) == want
                and entries[0][0] == f"{after + 1}-1"
                and entries[-1][0] == f"{after + want}-1"
            ):
                return [_stream_event(session_id, eid, fields) for eid, fields in entries]
            # The Stream is complete up to last_seq but was trimmed past after_seq: Neo4j
            # answers, refilling would not help.
            trimmed = top == last and (
                not entries or int(entries[0][0].split("-", 1)[0]) > after + 1
            )
            return await self._read_events_neo4j(session_id, after, limit, refill=not trimmed)
        return await self._read_events_neo4j(session_id, after, limit, refill=True)

    async def _read_events_neo4j(
        self, session_id: str, after: int, limit: int, *, refill: bool
    ) -> list[Event]:
        """Answer from Neo4j. With ``refill``, when the reader is at most ``replay_log_max_events``
        behind, also read up to last_seq and refill the replay Stream with (after, last_seq], so
        the next pages come from Redis (one refill per session at a time in this process)."""
        refill = refill and session_id not in self._refilling
        if refill:
            self._refilling.add(session_id)
        try:
            records = await self._read(
                cypher.Q_READ_EVENTS,
                sid=session_id,
                after=after,
                limit=limit,
                maxlen=self._maxlen,
                refill=refill,
            )
            if not records:
                return []
            last = int(records[0]["last"])
            events = sorted(
                (Event.stored(session_id, *row) for row in records[0]["events"]),
                key=lambda e: e.seq,
            )
            if refill and last - after <= self._maxlen:
                await self._cache_events(session_id, last, events, refill=True)
            return events[:limit]
        finally:
            if refill:
                self._refilling.discard(session_id)
