"""The embedded store's one way to write (``SqliteDb._write_in_thread``): each write is one
transaction run whole in the writer connection's thread, so a caller cancelled once its write
is in that thread gets ``CancelledError`` while the write still completes: never half done.

The write in these tests holds the thread on a :class:`threading.Event` the test sets, so the
cancellation lands while the transaction is open, at a known point, without sleeping.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import open_clean_store, settings_for
from tta_server.settings import StoreKind
from tta_server.store.sqlite import SqliteStore

WAIT_S = 10.0


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    s = await open_clean_store(settings_for(StoreKind.EMBEDDED, tmp_path))
    assert isinstance(s, SqliteStore)
    yield s
    await s.close()


async def test_a_write_cancelled_in_the_thread_completes_and_the_next_one_follows_it(
    store: SqliteStore,
) -> None:
    started, go = threading.Event(), threading.Event()

    def work(db: sqlite3.Connection) -> str:
        db.execute("INSERT INTO throttles (key, count, expires_at) VALUES ('k', 1, 1e12)")
        started.set()
        assert go.wait(WAIT_S)
        db.execute("UPDATE throttles SET count = 2 WHERE key = 'k'")
        return "done"

    write = asyncio.create_task(store._write_in_thread(work))
    assert await asyncio.to_thread(started.wait, WAIT_S)  # the transaction is open in the thread
    write.cancel()
    after = asyncio.create_task(store.throttle_hit("k", 60))  # queued behind it
    go.set()
    with pytest.raises(asyncio.CancelledError):
        await write
    assert await after == 3  # the cancelled write committed both its statements, then this one
    assert (await store.throttle_count("k"))[0] == 3


async def test_a_write_that_raises_in_the_thread_leaves_nothing(store: SqliteStore) -> None:
    def work(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO throttles (key, count, expires_at) VALUES ('r', 1, 1e12)")
        raise ValueError("refused half way")

    with pytest.raises(ValueError, match="half way"):
        await store._write_in_thread(work)
    assert await store.throttle_count("r") == (0, 0.0)


async def test_a_write_cancelled_before_it_starts_writes_nothing(store: SqliteStore) -> None:
    write = asyncio.create_task(store.throttle_hit("c", 60))
    write.cancel()
    with pytest.raises(asyncio.CancelledError):
        await write
    assert await store.throttle_count("c") == (0, 0.0)
