"""The embedded store's schema, its version, and the migrations that bring older files up to it.

:data:`SCHEMA` is ``sqlite_schema.sql`` (package data beside this module): every table as this
version makes it, created with ``IF NOT EXISTS`` on each open. A table that already exists keeps
its old shape, so :data:`MIGRATIONS` then changes what has changed since, in order:

1. ``sessions.hold`` and ``sessions.paused`` (a story held for an alert, paused by a facilitator);
2. ``alerts.acked_by``, ``acked_at`` and ``note`` (a facilitator's acknowledgement);
3. the text repair (:func:`repair_text`) of what was stored before input was checked;
4. ``alerts.escalated`` (a concern raised to facilitators without a hold);
5. ``playthroughs.undo`` and ``brief`` (the moments ``undo`` goes back to, and the ``brief``
   preference). New tables (``save_slots``) need no migration: the schema creates them.

The version (the contract is :mod:`~tta_server.store.schema`) is ``PRAGMA user_version``: the
number of the last migration run, :data:`SCHEMA_VERSION` once :func:`migrate` is done. A file
whose version is above the code's is refused (:class:`~tta_server.store.schema.SchemaTooNew`)
before anything is written. :func:`migrate` applies the schema and runs every migration numbered
above the file's version in one ``BEGIN IMMEDIATE`` transaction, then sets the version: if one
fails, everything is rolled back and the file keeps its old version and shape
(:class:`~tta_server.store.schema.MigrationFailed`).

Files made before versions were kept say 0, or 1 (the text repair set it): their migrations
also check by themselves whether they are needed (an added column by its absence; the text
repair by a version below :data:`TEXT_REPAIRED_VERSION`), so each runs only where it is. A new
migration goes at the end with the next number (and :data:`SCHEMA_VERSION` follows).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from importlib import resources

import aiosqlite

from tta_server.protocol.text import clean, clean_all
from tta_server.store.schema import (
    MigrationFailed,
    SchemaStatus,
    SchemaTooNew,
    check_numbers,
    pending_of,
)

SCHEMA = resources.files(__package__).joinpath("sqlite_schema.sql").read_text(encoding="utf-8")
"""The tables, as ``sqlite_schema.sql`` holds them (read once, when this module is imported)."""

TEXT_REPAIRED_VERSION = 1
"""``PRAGMA user_version`` from which stored text is known to be clean (see :func:`repair_text`)."""

_JSON_TEXT_COLUMNS = (
    ("characters", "data"),
    ("events", "data"),
    ("playthroughs", "state"),
    ("alerts", "reasons"),
)
_PLAIN_TEXT_COLUMNS = (
    ("sessions", "paused"),
    ("alerts", "text"),
    ("alerts", "note"),
    ("alerts", "character_name"),
    ("actions", "detail"),
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One change to files made by older versions: ``run`` it when ``needed`` says so."""

    number: int
    what: str
    needed: Callable[[aiosqlite.Connection], Awaitable[bool]]
    run: Callable[[aiosqlite.Connection], Awaitable[None]]


async def _columns(db: aiosqlite.Connection, table: str) -> set[str]:
    async with db.execute(f"PRAGMA table_info({table})") as cur:
        return {row["name"] for row in await cur.fetchall()}


def _add_columns(number: int, what: str, table: str, *columns: tuple[str, str]) -> Migration:
    """A migration that adds ``columns`` (name, type) to ``table`` where they are missing."""

    async def needed(db: aiosqlite.Connection) -> bool:
        return not {name for name, _ in columns} <= await _columns(db, table)

    async def run(db: aiosqlite.Connection) -> None:
        present = await _columns(db, table)
        for name, kind in columns:
            if name not in present:
                await db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    return Migration(number, what, needed, run)


async def _user_version(db: aiosqlite.Connection) -> int | None:
    async with db.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return None if row is None else int(row[0])


async def _text_unrepaired(db: aiosqlite.Connection) -> bool:
    version = await _user_version(db)
    return version is not None and version < TEXT_REPAIRED_VERSION


async def repair_text(db: aiosqlite.Connection) -> None:
    """Make text stored by versions that did not check input safe to send and to print: lone
    surrogates (stored as JSON escapes, which broke every later read of the row) become U+FFFD
    and terminal control characters are removed (:func:`tta_server.protocol.text.clean`)."""

    def json_text(doc: str) -> str:
        try:
            value = json.loads(doc)
        except ValueError:
            return doc
        repaired = clean_all(value)
        return doc if repaired == value else json.dumps(repaired)

    def plain_text(text: str | None) -> str | None:
        return None if text is None else clean(text)

    await db.create_function("tta_json_text", 1, json_text, deterministic=True)
    await db.create_function("tta_plain_text", 1, plain_text, deterministic=True)
    for table, column in _JSON_TEXT_COLUMNS:
        await db.execute(
            f"UPDATE {table} SET {column} = tta_json_text({column}) "  # noqa: S608 - fixed names
            f"WHERE {column} LIKE '%\\u%' AND {column} != tta_json_text({column})"
        )
    for table, column in _PLAIN_TEXT_COLUMNS:
        await db.execute(
            f"UPDATE {table} SET {column} = tta_plain_text({column}) "  # noqa: S608 - fixed names
            f"WHERE {column} != tta_plain_text({column})"
        )


MIGRATIONS: tuple[Migration, ...] = (
    _add_columns(1, "story hold and pause", "sessions", ("hold", "TEXT"), ("paused", "TEXT")),
    _add_columns(
        2,
        "alert acknowledgement",
        "alerts",
        ("acked_by", "TEXT"),
        ("acked_at", "REAL"),
        ("note", "TEXT"),
    ),
    Migration(3, "repair text stored before input was checked", _text_unrepaired, repair_text),
    _add_columns(4, "escalated concerns", "alerts", ("escalated", "INTEGER NOT NULL DEFAULT 0")),
    _add_columns(
        5,
        "undo moments and the brief preference",
        "playthroughs",
        ("undo", "TEXT NOT NULL DEFAULT '[]'"),
        ("brief", "INTEGER NOT NULL DEFAULT 0"),
    ),
)
"""Every migration, in the order they run (see the module docstring)."""


SCHEMA_VERSION = check_numbers([m.number for m in MIGRATIONS])
"""The version this code writes: the number of the last migration."""

KIND = "embedded"


def statements(script: str) -> list[str]:
    """The SQL statements of ``script``, one by one (``executescript`` would commit first)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        found.append(pending.strip())
    return found


async def schema_status(
    db: aiosqlite.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> SchemaStatus:
    """The file's version, the code's, and the migrations still to run (reads only)."""
    current = await _user_version(db) or 0
    target = check_numbers([m.number for m in migrations])
    return SchemaStatus(
        KIND, current, target, pending_of([(m.number, m.what) for m in migrations], current)
    )


async def migrate(
    db: aiosqlite.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> SchemaStatus:
    """Bring the file up to the code: refuse a newer one (:class:`SchemaTooNew`, nothing
    written); else, in one transaction, create what :data:`SCHEMA` adds, run each pending
    migration the file needs and set ``user_version`` to the target. A migration that raises
    rolls all of it back (:class:`MigrationFailed`). Returns the status before migrating."""
    before = await schema_status(db, migrations)
    if before.current > before.target:
        raise SchemaTooNew(KIND, before.current, before.target)
    await db.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements(SCHEMA):
            await db.execute(statement)
        # a file from before versions were kept (0, or 1 from the text repair) is checked for
        # every migration: each one's ``needed`` says whether it ran
        done = 0 if before.current <= TEXT_REPAIRED_VERSION else before.current
        for migration in migrations:
            if migration.number <= done or not await migration.needed(db):
                continue
            try:
                await migration.run(db)
            except Exception as exc:
                raise MigrationFailed(
                    KIND, migration.number, migration.what, before.current, exc
                ) from exc
        if before.current != before.target:
            await db.execute(f"PRAGMA user_version = {before.target}")
    except BaseException:
        await db.execute("ROLLBACK")
        raise
    await db.execute("COMMIT")
    return before
