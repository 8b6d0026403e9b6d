"""The embedded store's backup body: a copy of its SQLite file, made and put back with SQLite's
online backup API (:meth:`sqlite3.Connection.backup`), so a backup is consistent while the
server writes: it copies every page in one step, inside one read transaction (WAL lets the
server go on writing meanwhile). The archive around it is :mod:`~tta_server.store.backup_archive`.

These functions do blocking file work: call them in a thread.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tta_server.store.backup_archive import BadArchive
from tta_server.store.sqlite_migrations import SCHEMA

TABLES: tuple[str, ...] = tuple(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))
"""Every table of the schema: the records a backup counts and a restore checks."""


def counts_of(db: sqlite3.Connection) -> dict[str, int]:
    """Rows in each table of :data:`TABLES` that the file has."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
        for table in TABLES
        if table in present
    }


def _version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def copy_out(live: Path, body: Path) -> tuple[int, dict[str, int]]:
    """Copy the store's file ``live`` into the new file ``body`` (a self-contained database,
    not in WAL mode): its schema version and counts."""
    if not live.is_file():
        raise FileNotFoundError(f"there is no embedded store at {live}")
    source = sqlite3.connect(live, timeout=30)
    target = sqlite3.connect(body)
    try:
        source.backup(target)  # all pages in one step: one snapshot
        target.execute("PRAGMA journal_mode=DELETE")
        return _version(target), counts_of(target)
    finally:
        target.close()
        source.close()


def check_body(body: Path, name: str) -> tuple[int, dict[str, int]]:
    """Check that the extracted ``body`` is a sound SQLite database with TTA's tables: its
    schema version and counts. Raises :class:`BadArchive` naming the archive (``name``)."""
    try:
        db = sqlite3.connect(f"file:{body}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BadArchive(f"{name} is damaged: its database cannot be opened ({exc})") from None
    try:
        verdict = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise BadArchive(f"{name} is damaged: its database fails SQLite's integrity check")
        counts = counts_of(db)
        if "accounts" not in counts or "events" not in counts:
            raise BadArchive(f"{name} is not a TTA backup: its database has no TTA tables")
        return _version(db), counts
    except sqlite3.Error as exc:
        raise BadArchive(f"{name} is damaged: {' '.join(str(exc).split())}") from None
    finally:
        db.close()


def live_counts(live: Path) -> dict[str, int]:
    """The rows the store's file holds now (nothing when there is no file)."""
    if not live.is_file():
        return {}
    db = sqlite3.connect(live, timeout=30)
    try:
        return counts_of(db)
    finally:
        db.close()


def copy_in(body: Path, live: Path) -> None:
    """Replace everything in the store's file ``live`` with the checked ``body``, in one
    transaction of the backup API (a reader sees the old data or the new, never a mix)."""
    live.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{body}?mode=ro", uri=True)
    target = sqlite3.connect(live, timeout=30)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
