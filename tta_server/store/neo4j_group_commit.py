"""Group commit of the ``redis-neo4j`` store's appends: the appends of different sessions that
wait at the same moment are written by one Neo4j statement (one transaction) instead of one each.

Why: a Neo4j write transaction costs about 1.5-2 ms of the driver's Python and 2.5 ms of
Neo4j's CPU whatever it writes, while each row of an ``UNWIND`` statement costs a fraction of
that (docs/performance.md, "Where a turn's CPU goes").

How (the classic "the leader writes what queued meanwhile"): :meth:`GroupCommit.write` queues
its row; when no batch is in flight, a flusher task starts and writes at once what is queued (a
single row alone, with the one-row statement: no added latency when idle); rows that arrive while
a batch is in flight wait for it and then go together, up to ``max_rows`` a batch. One batch is in
flight per :class:`GroupCommit` (per store, so per process). ``max_rows = 1`` turns batching off:
each row is written by its caller, as before.

Each row keeps its own outcome: the batch statement returns one record per row (by its index
``i``; none when the row's session does not exist), which :meth:`GroupCommit.write` returns to
that row's caller. When a batch fails with an outage (:func:`~tta_server.store.is_outage`: the
database down, too slow, a timeout) every row of it gets that error; any other error retries the
rows one by one (concurrently, each its own transaction), so one bad row cannot fail the others.
A caller cancelled before its batch starts is dropped from it; one cancelled later is written
anyway (as a cancelled single write may or may not have committed).

The caller holds its session's lock while it waits, so a batch never holds two rows of one
session from this process.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from neo4j import Record

from tta_server.store import is_outage

WriteOne = Callable[[dict[str, Any]], Awaitable[Record | None]]
"""Writes one row alone; its record, or None when the row's session does not exist."""
Pending = tuple[dict[str, Any], "asyncio.Future[Record | None]"]
"""A queued row and its caller's future."""
WriteMany = Callable[[list[dict[str, Any]]], Awaitable[list[Record | None]]]
"""Writes rows in one statement; one record (or None) per row, in the rows' order."""


class GroupCommit:
    """Batches concurrent :meth:`write` calls into one statement (see the module docstring)."""

    def __init__(self, one: WriteOne, many: WriteMany, max_rows: int) -> None:
        if max_rows < 1:
            raise ValueError(f"max_rows must be at least 1, not {max_rows}")
        self._one = one
        self._many = many
        self.max_rows = max_rows
        self._queue: deque[Pending] = deque()
        self._flusher: asyncio.Task[None] | None = None
        self.batches = 0
        """Statements written (a row alone counts as one), for tests and measurements."""
        self.rows = 0
        """Rows written, retries row by row not counted again."""

    @property
    def queued(self) -> int:
        """Rows waiting for the batch in flight to finish."""
        return len(self._queue)

    async def write(self, row: dict[str, Any]) -> Record | None:
        """Write ``row`` (the one-row statement's parameters), alone or with others that wait."""
        if self.max_rows == 1:
            self.batches += 1
            self.rows += 1
            return await self._one(row)
        future: asyncio.Future[Record | None] = asyncio.get_running_loop().create_future()
        self._queue.append((row, future))
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._drain())
        return await future

    async def close(self) -> None:
        """Stop the flusher; rows still queued or in flight get ``RuntimeError``."""
        flusher, self._flusher = self._flusher, None
        if flusher is not None:
            flusher.cancel()
            await asyncio.gather(flusher, return_exceptions=True)
        self._fail_queued(RuntimeError("store closed"))

    async def _drain(self) -> None:
        batch: list[Pending] = []
        try:
            while self._queue:
                batch = []
                while self._queue and len(batch) < self.max_rows:
                    row, future = self._queue.popleft()
                    if not future.done():  # a caller cancelled while queued is dropped
                        batch.append((row, future))
                if batch:
                    await self._flush(batch)
        except asyncio.CancelledError:
            for _, future in batch:
                if not future.done():
                    future.set_exception(RuntimeError("store closed"))
            raise
        finally:
            if self._flusher is asyncio.current_task():
                self._flusher = None

    async def _flush(self, batch: list[Pending]) -> None:
        self.batches += 1
        self.rows += len(batch)
        try:
            if len(batch) == 1:
                results = [await self._one(batch[0][0])]
            else:
                results = await self._many([row for row, _ in batch])
        except Exception as exc:
            if len(batch) == 1 or is_outage(exc):
                for _, future in batch:
                    _settle(future, exc)
                return
            await asyncio.gather(*(self._alone(row, future) for row, future in batch))
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    async def _alone(self, row: dict[str, Any], future: asyncio.Future[Record | None]) -> None:
        try:
            result = await self._one(row)
        except Exception as exc:
            _settle(future, exc)
        else:
            if not future.done():
                future.set_result(result)

    def _fail_queued(self, exc: BaseException) -> None:
        while self._queue:
            _settle(self._queue.popleft()[1], exc)


def _settle(future: asyncio.Future[Record | None], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)
