"""Which store errors are outages (answered ``unavailable``, retry later) and which are bugs.

Each error here is raised by the real database, not built by hand: a Neo4j driver whose one
pooled connection is held by an open transaction (what a process meets when Neo4j is too
slow under load: ``ConnectionAcquisitionTimeoutError``), and an SQLite database whose write lock
another connection holds (``SQLITE_BUSY``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from neo4j import AsyncGraphDatabase
from neo4j.exceptions import ConnectionAcquisitionTimeoutError, CypherSyntaxError

from tests.conftest import NEO4J_URI, settings_for
from tta_server.settings import StoreKind
from tta_server.store import is_outage


async def test_a_neo4j_pool_with_no_free_connection_is_an_outage(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path)
    password = settings.neo4j_password.get_secret_value()
    driver = AsyncGraphDatabase.driver(
        NEO4J_URI,
        auth=(settings.neo4j_user, password) if password else None,
        max_connection_pool_size=1,
        connection_acquisition_timeout=0.2,
    )
    try:
        async with driver.session(database=settings.neo4j_database) as held:
            tx = await held.begin_transaction()  # holds the pool's only connection
            await (await tx.run("RETURN 1")).consume()
            with pytest.raises(ConnectionAcquisitionTimeoutError) as raised:
                await driver.execute_query("RETURN 1", database_=settings.neo4j_database)
            await tx.rollback()
        assert is_outage(raised.value)
        with pytest.raises(CypherSyntaxError) as bug:  # a bug in a statement is not an outage
            await driver.execute_query("RETURN RETURN", database_=settings.neo4j_database)
        assert not is_outage(bug.value)
    finally:
        await driver.close()


def test_an_sqlite_database_locked_by_another_connection_is_an_outage(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    other = sqlite3.connect(db, isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")  # holds the write lock
        with pytest.raises(sqlite3.OperationalError) as busy:
            other.execute("INSERT INTO t VALUES (1)")
        assert is_outage(busy.value)
        holder.execute("ROLLBACK")
        with pytest.raises(sqlite3.OperationalError) as bug:  # a bad statement is not
            other.execute("INSERT INTO missing VALUES (1)")
        assert not is_outage(bug.value)
    finally:
        other.close()
        holder.close()
