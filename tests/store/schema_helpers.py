"""Stores built with a migration list of the test's own, and their schema version read and set
directly (SQLite's ``user_version``, Neo4j's ``TTASchema`` node), for the schema tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from neo4j import AsyncGraphDatabase

from tta_server.settings import Settings, StoreKind
from tta_server.store import neo4j_migrations, sqlite_migrations
from tta_server.store.base import Store
from tta_server.store.redis_neo4j import RedisNeo4jStore
from tta_server.store.sqlite import DB_FILE, SqliteStore


def target_of(kind: StoreKind) -> int:
    """The code's schema version for a store kind."""
    if kind is StoreKind.EMBEDDED:
        return sqlite_migrations.SCHEMA_VERSION
    return neo4j_migrations.SCHEMA_VERSION


def store_with(
    settings: Settings,
    sqlite: Sequence[sqlite_migrations.Migration] = sqlite_migrations.MIGRATIONS,
    neo4j: Sequence[neo4j_migrations.Migration] = neo4j_migrations.MIGRATIONS,
) -> Store:
    """The store the settings name, not opened, running the given migrations."""
    if settings.store is StoreKind.EMBEDDED:
        return SqliteStore(settings.data_dir, sqlite)
    return RedisNeo4jStore(
        redis_url=settings.redis_url,
        neo4j_uri=settings.neo4j_uri,
        neo4j_user=settings.neo4j_user,
        neo4j_password=settings.neo4j_password.get_secret_value(),
        neo4j_database=settings.neo4j_database,
        migrations=neo4j,
    )


async def neo4j_run(settings: Settings, query: str, **params: object) -> list[dict[str, object]]:
    """One Cypher statement on the test Neo4j, outside any store."""
    password = settings.neo4j_password.get_secret_value()
    auth = (settings.neo4j_user, password) if password else None
    async with AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver:
        records, _, _ = await driver.execute_query(
            query,  # type: ignore[arg-type]  # test-only statements
            params,
            database_=settings.neo4j_database,
        )
    return [r.data() for r in records]


async def raw_version(settings: Settings) -> int | None:
    """The stored version, read directly (None: Neo4j has no ``TTASchema`` node)."""
    if settings.store is StoreKind.EMBEDDED:
        db = sqlite3.connect(settings.data_dir / DB_FILE)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    rows = await neo4j_run(settings, "MATCH (s:TTASchema {id: 'tta'}) RETURN s.version AS v")
    return None if not rows else int(str(rows[0]["v"]))


async def set_raw_version(settings: Settings, version: int | None) -> None:
    """Set the stored version directly (None: remove Neo4j's ``TTASchema`` node)."""
    if settings.store is StoreKind.EMBEDDED:
        db = sqlite3.connect(settings.data_dir / DB_FILE)
        try:
            db.execute(f"PRAGMA user_version = {version or 0}")
            db.commit()
        finally:
            db.close()
    elif version is None:
        await neo4j_run(settings, "MATCH (s:TTASchema) DELETE s")
    else:
        await neo4j_run(settings, "MERGE (s:TTASchema {id: 'tta'}) SET s.version = $v", v=version)
