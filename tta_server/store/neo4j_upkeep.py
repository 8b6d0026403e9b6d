"""Upkeep of the ``redis-neo4j`` store (:mod:`tta_server.store.redis_neo4j`): its schema version
and migrations (:mod:`tta_server.store.neo4j_migrations`), the backup's export and re-import
(:mod:`tta_server.store.neo4j_backup`, driven by ``tta-admin backup``/``restore``) and wiping it
for tests. A mixin of :class:`~tta_server.store.redis_neo4j.RedisNeo4jStore`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import redis.asyncio as aioredis
from neo4j import AsyncDriver
from neo4j.exceptions import ClientError

from tta_server.store import neo4j_backup, neo4j_migrations
from tta_server.store import neo4j_queries as cypher
from tta_server.store.neo4j_migrations import Migration
from tta_server.store.schema import SchemaStatus

log = logging.getLogger(__name__)


def _glob_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


class Neo4jUpkeep:
    """Schema, migrations, backup and wipe of :class:`RedisNeo4jStore`."""

    _db: str
    _migrations: Sequence[Migration]
    _redis: aioredis.Redis
    _p: str

    if TYPE_CHECKING:  # the store's own, declared for the type checker only

        @property
        def _driver(self) -> AsyncDriver: ...

        def _stream_key(self, session_id: str) -> str: ...

        def _last_key(self, session_id: str) -> str: ...

    async def schema_status(self) -> SchemaStatus:
        return await neo4j_migrations.schema_status(self._driver, self._db, self._migrations)

    async def migrate(self) -> SchemaStatus:
        return await self._migrate(await self.schema_status())

    async def _migrate(self, status: SchemaStatus) -> SchemaStatus:
        neo4j_migrations.refuse_newer(status)  # before the constraints too
        for statement in cypher.SCHEMA:
            try:
                await self._driver.execute_query(statement, database_=self._db)
            except ClientError as exc:  # another process created it between check and create
                if "EquivalentSchemaRuleAlreadyExists" not in (exc.code or ""):
                    raise
        before, sessions = await neo4j_migrations.migrate(
            self._driver, self._db, self._migrations, status
        )
        if sessions:
            log.info("migrations changed the events of %d session(s)", len(sessions))
        for session_id in sessions:  # their replay copies refill from Neo4j, as changed
            await self._redis.unlink(self._stream_key(session_id), self._last_key(session_id))
        return before

    # -- backup and restore (tta-admin; see tta_server/store/backup.py) ------------------------
    async def data_counts(self) -> dict[str, int]:
        """Nodes of each data label that has any (empty: no TTA data)."""
        return await neo4j_backup.counts(self._driver, self._db)

    async def export_data(self, body: Path) -> dict[str, int]:
        """Write TTA's Neo4j data to ``body`` (:func:`~tta_server.store.neo4j_backup.export`)."""
        return await neo4j_backup.export(self._driver, self._db, body)

    async def import_data(self, body: Path, schema_version: int) -> None:
        """Create the checked ``body``'s data in the empty database and mark the schema as
        ``schema_version`` (what the data was backed up at), forgetting the markers of
        migrations run on the data it replaced; :meth:`migrate` then brings it up to date."""
        await neo4j_backup.import_body(self._driver, self._db, body)
        await self._driver.execute_query("MATCH (m:TtaMigration) DELETE m", database_=self._db)
        await neo4j_migrations.reset_version(self._driver, self._db, schema_version)

    async def wipe(self) -> None:
        """Delete every TTA node in Neo4j and every Redis key under the prefix.

        For tests and ``tta-admin`` only: it destroys all accounts, characters and history.
        """
        async with self._driver.session(database=self._db) as session:
            result = await session.run(cypher.Q_WIPE)
            await result.consume()
        batch: list[str] = []
        async for key in self._redis.scan_iter(match=_glob_escape(self._p) + "*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                await self._redis.unlink(*batch)
                batch.clear()
        if batch:
            await self._redis.unlink(*batch)
