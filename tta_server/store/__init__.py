"""Stores: where TTA keeps its data. :func:`open_store` builds the one the settings name."""

from __future__ import annotations

from tta_server.settings import Settings, StoreKind
from tta_server.store.base import Store


def make_store(settings: Settings) -> Store:
    """The store the settings name, not yet opened."""
    if settings.store is StoreKind.REDIS_NEO4J:
        from tta_server.store.redis_neo4j import RedisNeo4jStore

        return RedisNeo4jStore(
            redis_url=settings.redis_url,
            neo4j_uri=settings.neo4j_uri,
            neo4j_user=settings.neo4j_user,
            neo4j_password=settings.neo4j_password.get_secret_value(),
            neo4j_database=settings.neo4j_database,
            replay_log_max_events=settings.replay_log_max_events,
            timeout_s=settings.store_timeout_s,
            check_timeout_s=settings.ready_check_timeout_s,
            append_batch_max=settings.neo4j_append_batch_max,
        )
    from tta_server.store.sqlite import SqliteStore

    return SqliteStore(settings.data_dir)


def is_outage(exc: BaseException) -> bool:
    """Whether ``exc`` means a store did not answer (down, unreachable, too slow, busy, locked),
    rather than a bug: the request gets ``unavailable`` and can be tried again.

    Neo4j: a timeout, a lost or refused connection (``ServiceUnavailable``, ``SessionExpired``),
    a transient database error, and the driver's pool having no free connection in time
    (``ConnectionPoolError``, e.g. ``ConnectionAcquisitionTimeoutError`` under load). Redis: a
    lost connection or a timeout (its pool waiting too long raises ``ConnectionError``).
    SQLite: ``SQLITE_BUSY`` / ``SQLITE_LOCKED`` (another connection holds the lock past
    ``busy_timeout``), by the error's extended code."""
    import sqlite3

    from neo4j.exceptions import (
        ConnectionPoolError,
        ServiceUnavailable,
        SessionExpired,
        TransientError,
    )
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    outages = (
        TimeoutError,
        ConnectionError,
        ServiceUnavailable,
        SessionExpired,
        ConnectionPoolError,
        TransientError,
        RedisConnectionError,
        RedisTimeoutError,
    )
    if isinstance(exc, outages):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        return "locked" in str(exc)
    return False
