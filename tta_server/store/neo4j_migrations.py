"""The redis-neo4j store's schema version and its forward migrations (Neo4j; Redis has none).

The version (the contract is :mod:`~tta_server.store.schema`) is the ``version`` property of the
one ``(:TTASchema {id: "tta"})`` node; a database without it (made before versions were kept, or
empty) is at 0. :data:`MIGRATIONS` are small functions run in order, each on the driver:

1. the text repair (:func:`~tta_server.store.neo4j_repair.repair_text`) of what was stored
   before input was checked.

Constraints and indexes are not migrations: :data:`~tta_server.store.neo4j_queries.SCHEMA`
creates each one idempotently at every open, after the version check.

:func:`migrate` refuses a database newer than the code (:class:`SchemaTooNew`, before anything
is written). Neo4j cannot run schema changes and large data changes in one transaction, so each
migration must be idempotent (safe to run again after it half ran, say by checking what it
changed), and the version is raised to a migration's number only after it returned: a migration
that raises leaves the database at the last version that succeeded (:class:`MigrationFailed`),
and the next open runs it again. Several processes may start at once and run a migration
together; that too is why each is idempotent, and the version only ever goes up. A new
migration goes at the end with the next number.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import LiteralString

from neo4j import AsyncDriver, RoutingControl

from tta_server.store.neo4j_repair import repair_text
from tta_server.store.schema import (
    MigrationFailed,
    SchemaStatus,
    SchemaTooNew,
    check_numbers,
    pending_of,
)

KIND = "redis-neo4j"


@dataclass(frozen=True, slots=True)
class Migration:
    """One idempotent change: ``run(driver, database)`` returns the ids of the sessions whose
    events it changed (their Redis replay copies are dropped afterwards)."""

    number: int
    what: str
    run: Callable[[AsyncDriver, str], Awaitable[set[str]]]


async def _repair_text(driver: AsyncDriver, database: str) -> set[str]:
    _, sessions = await repair_text(driver, database)
    return sessions


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "repair text stored before input was checked", _repair_text),
)
"""Every migration, in the order they run (see the module docstring)."""

SCHEMA_VERSION = check_numbers([m.number for m in MIGRATIONS])
"""The version this code writes: the number of the last migration."""

Q_VERSION: LiteralString = "MATCH (s:TTASchema {id: 'tta'}) RETURN s.version AS version"
Q_SET_VERSION: LiteralString = """
MERGE (s:TTASchema {id: 'tta'})
SET s.version = CASE WHEN coalesce(s.version, 0) < $version THEN $version ELSE s.version END
"""
"""Raise the version (never lower it: another process may have gone further)."""


async def read_version(driver: AsyncDriver, database: str) -> int:
    """The database's schema version (0 without a ``TTASchema`` node)."""
    records, _, _ = await driver.execute_query(
        Q_VERSION, database_=database, routing_=RoutingControl.READ
    )
    return max((int(r["version"] or 0) for r in records), default=0)


async def set_version(driver: AsyncDriver, database: str, version: int) -> None:
    """Record that the database is at ``version`` (or above)."""
    await driver.execute_query(Q_SET_VERSION, version=version, database_=database)


async def reset_version(driver: AsyncDriver, database: str, version: int) -> None:
    """Set the version to ``version``, even lower (a restore, of data backed up at it)."""
    await driver.execute_query(
        "MERGE (s:TTASchema {id: 'tta'}) SET s.version = $version",
        version=version,
        database_=database,
    )


async def schema_status(
    driver: AsyncDriver, database: str, migrations: Sequence[Migration] = MIGRATIONS
) -> SchemaStatus:
    """The database's version, the code's, and the migrations still to run (reads only)."""
    current = await read_version(driver, database)
    target = check_numbers([m.number for m in migrations])
    return SchemaStatus(
        KIND, current, target, pending_of([(m.number, m.what) for m in migrations], current)
    )


def refuse_newer(status: SchemaStatus) -> None:
    """Raise :class:`SchemaTooNew` for a database written by a later TTA."""
    if status.current > status.target:
        raise SchemaTooNew(KIND, status.current, status.target)


async def migrate(
    driver: AsyncDriver,
    database: str,
    migrations: Sequence[Migration] = MIGRATIONS,
    before: SchemaStatus | None = None,
) -> tuple[SchemaStatus, set[str]]:
    """Run each migration above the database's version, raising the version after each; the
    status before (``before`` when the caller has just read it) and the sessions whose events
    changed. Raises :class:`SchemaTooNew` or :class:`MigrationFailed`."""
    before = before or await schema_status(driver, database, migrations)
    refuse_newer(before)
    sessions: set[str] = set()
    version = before.current
    for migration in migrations:
        if migration.number <= before.current:
            continue
        try:
            sessions |= await migration.run(driver, database)
        except Exception as exc:
            raise MigrationFailed(KIND, migration.number, migration.what, version, exc) from exc
        await set_version(driver, database, migration.number)
        version = migration.number
    return before, sessions
