"""An embedded store file made before columns were added opens, gains them, and keeps its rows;
a file made now needs no migration (tta_server/store/sqlite_migrations.py)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import aiosqlite
import pytest

from tests.store.worlds import imported, start
from tta_server.store.base import Alert, NewEvent, Role, now
from tta_server.store.sqlite import DB_FILE, SqliteStore
from tta_server.store.sqlite_migrations import MIGRATIONS, SCHEMA_VERSION

ADDED = {
    "sessions": ["hold", "paused"],
    "alerts": ["acked_by", "acked_at", "note", "escalated"],
    "playthroughs": ["undo", "brief"],
}


def _table_columns(path: Path, table: str) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    finally:
        db.close()


@pytest.mark.parametrize("user_version", [0, 1])
async def test_a_file_without_the_added_columns_is_migrated(
    tmp_path: Path, user_version: int
) -> None:
    store = SqliteStore(tmp_path)
    await store.open()
    acc = await store.create_account("ivy", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Ivy", {}, 5)
    await imported(store)
    session, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
    alert = Alert(
        uuid.uuid4().hex, now(), acc.id, "ivy", ch.id, "Ivy", session.id, "concern",
        "distress", ("distress.low",), "words",
    )  # fmt: skip
    await store.append_events(session.id, [NewEvent("b")], alert=alert)
    await store.close()
    want = {table: _table_columns(tmp_path / DB_FILE, table) for table in ADDED}

    # as an older version left it: without the columns added since (user_version 1: the text
    # was repaired, but alerts.escalated came after that)
    db = sqlite3.connect(tmp_path / DB_FILE)
    for table, columns in ADDED.items():
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.execute(f"PRAGMA user_version = {user_version}")
    db.commit()
    db.close()

    store = SqliteStore(tmp_path)
    await store.open()
    try:
        loaded = await store.get_session(acc.id, session.id)
        assert loaded is not None and loaded.hold is None and loaded.paused is None
        assert await store.get_alert(alert.id) == alert
        acked = await store.ack_alert(alert.id, "fay", "called")
        assert acked is not None and acked.acked_by == "fay" and not acked.escalated
    finally:
        await store.close()
    assert {table: _table_columns(tmp_path / DB_FILE, table) for table in ADDED} == want
    db = sqlite3.connect(tmp_path / DB_FILE)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


async def test_a_new_file_needs_no_migration(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path)
    await store.open()
    await store.close()
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    async with aiosqlite.connect(tmp_path / DB_FILE) as db:
        db.row_factory = aiosqlite.Row
        assert [m.number for m in MIGRATIONS if await m.needed(db)] == []
