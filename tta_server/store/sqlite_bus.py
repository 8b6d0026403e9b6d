"""The embedded store's pub/sub: in-process, plus a relay through the database file for tools.

A server on the embedded store is one process, so its own messages (alerts, takeovers,
broadcasts) go from publisher to subscribers in memory (:class:`LocalBus`). But operators' tools
run in other processes and must reach it: ``tta-admin user role``, ``user disable`` and
``player delete`` publish on ``control`` so that open connections change at once. A message
published where nobody in the process subscribes to its channel is therefore written to the
``bus`` table; every process that subscribes to something reads that table every
:data:`POLL_S` seconds and delivers new rows to its subscribers. Rows older than
:data:`KEEP_S` are deleted by the next writer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import aiosqlite

from tta_server.store.bus_subscription import QueueSubscription
from tta_server.store.local_bus import LocalBus

log = logging.getLogger("tta.store.bus")

POLL_S = 0.25
"""Seconds between two reads of the ``bus`` table by a subscribing process."""
KEEP_S = 3600.0
"""Seconds a relayed message is kept in the table."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS bus (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    message TEXT NOT NULL,
    at REAL NOT NULL
);
"""

Write = Callable[[Callable[[sqlite3.Connection], None]], Awaitable[None]]
"""The store's :meth:`~tta_server.store.sqlite_db.SqliteDb._write_in_thread`."""
ReadAll = Callable[[str, tuple[Any, ...]], Awaitable[list[aiosqlite.Row]]]


class SqliteBus(LocalBus):
    def __init__(self, write: Write, read_all: ReadAll, clock: Callable[[], float]) -> None:
        super().__init__()
        self._write = write
        self._read_all = read_all
        self._clock = clock
        self._poller: asyncio.Task[None] | None = None
        self._last_id: int | None = None

    async def publish(self, channel: str, message: Mapping[str, Any]) -> None:
        if self._subs.get(channel):
            await super().publish(channel, message)
            return
        doc = json.dumps(dict(message))
        at = self._clock()

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO bus (channel, message, at) VALUES (?, ?, ?)", (channel, doc, at)
            )
            db.execute("DELETE FROM bus WHERE at < ?", (at - KEEP_S,))

        await self._write(work)

    async def subscribe(self, channel: str) -> QueueSubscription:
        if self._poller is None:
            rows = await self._read_all("SELECT max(id) AS top FROM bus", ())
            self._last_id = int(rows[0]["top"] or 0) if rows else 0
            self._poller = asyncio.get_running_loop().create_task(
                self._poll(), name="tta-sqlite-bus"
            )
        return await super().subscribe(channel)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(POLL_S)
            try:
                rows = await self._read_all(
                    "SELECT id, channel, message FROM bus WHERE id > ? ORDER BY id LIMIT 500",
                    (self._last_id,),
                )
            except Exception as exc:  # the file may be briefly locked; try again next time
                log.debug("bus poll failed: %s", type(exc).__name__)
                continue
            for row in rows:
                self._last_id = int(row["id"])
                try:
                    message = json.loads(row["message"])
                except ValueError:
                    continue
                await super().publish(str(row["channel"]), message)

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        await super().close()
