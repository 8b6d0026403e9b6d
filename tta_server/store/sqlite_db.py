"""The embedded store's plumbing: its two connections to the SQLite file and the one way each
read and write goes through them.

One writer connection guarded by an :class:`asyncio.Lock` runs every write as one ``BEGIN
IMMEDIATE`` transaction, whole, in one step of its thread (:meth:`SqliteDb._write_in_thread`);
a second connection serves reads (WAL lets them run beside a write), each read run to its end
in one go (:meth:`SqliteDb._read_all`) so that it sees every write committed before it.
aiosqlite runs each connection in its own thread, so the event loop never blocks on disk.
:class:`SqliteDb` is the base class of :class:`~tta_server.store.sqlite.SqliteStore` and of its
parts (:mod:`~tta_server.store.sqlite_tokens`, :mod:`~tta_server.store.sqlite_care`); the store
sets the attributes it declares and opens the connections.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

from tta_server.store.base import Alert

T = TypeVar("T")


def as_dict(row: aiosqlite.Row, prefix: str = "") -> dict[str, Any]:
    """A row for a record's ``from_row``: its columns (those named ``prefix``..., without the
    prefix: the aliases of a join, e.g. ``c_``). A row iterates over its values, not its names."""
    return {
        k[len(prefix) :]: v for k, v in zip(row.keys(), row, strict=True) if k.startswith(prefix)
    }


def alert_of(row: aiosqlite.Row) -> Alert:
    return Alert.from_row({**as_dict(row), "reasons": json.loads(row["reasons"])})


class SqliteDb:
    """Reads and writes on the store's connections (opened by the store)."""

    path: Path
    _writer: aiosqlite.Connection | None
    _reader: aiosqlite.Connection | None
    _write_lock: asyncio.Lock

    async def _connect(self) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @property
    def _r(self) -> aiosqlite.Connection:
        if self._reader is None:
            raise RuntimeError("store is not open")
        return self._reader

    async def _read_one(self, sql: str, params: tuple[Any, ...]) -> aiosqlite.Row | None:
        """The first row of a query (its callers select one row by key)."""
        rows = await self._read_all(sql, params)
        return rows[0] if rows else None

    async def _read_all(self, sql: str, params: tuple[Any, ...]) -> list[aiosqlite.Row]:
        """Every row of a query, run to its end in one step of the reader's thread.

        The reader connection is shared by every coroutine, and SQLite keeps a connection on
        one snapshot for as long as any of its statements is unfinished. Run as two steps
        (``execute``, then ``fetch*`` after an await), another coroutine's read could be queued
        between them and read from the older snapshot: a session that a write had just
        committed was then not there when ``create_session`` read it back (issue 17). So no
        statement stays open across an await, and each read sees every commit made before it.
        """
        return list(await self._r.execute_fetchall(sql, params))

    async def _write_in_thread(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Every write of the store: ``work`` (plain ``sqlite3`` calls) as one transaction
        (``BEGIN IMMEDIATE``, ``work``, ``COMMIT``, or ``ROLLBACK`` when ``work`` raises), run
        whole in one step of the writer connection's thread. Each aiosqlite call is a trip to
        that thread and back (a future, a queue, a wake-up of the event loop); a turn's append
        made about ten of them, now one (docs/performance.md, "CPU per turn cut"). Uses
        aiosqlite's ``_execute`` (run a function in the connection's thread), which the
        store's tests exercise on every write.

        A caller cancelled while its write waits for the lock writes nothing; once the write
        has been handed to the thread it runs to its end there (commit, or rollback if ``work``
        raises) although the caller sees ``CancelledError``: a cancelled write is either not
        begun or complete, never half done (``tests/store/test_sqlite_writes.py``).
        """
        if self._writer is None:
            raise RuntimeError("store is not open")
        async with self._write_lock:
            db = self._writer
            run = cast(Callable[..., Awaitable[T]], db._execute)  # untyped in aiosqlite
            return await run(_in_transaction, db._conn, work)


def _in_transaction(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction (in the writer's thread)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        done = work(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return done
