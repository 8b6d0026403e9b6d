"""Tokens and throttle counters of the embedded store: the ``tokens`` table (token hashes only,
with their expiry) and the ``throttles`` table (a count and the end of its window per key).

:class:`SqliteTokens` is a base class of :class:`~tta_server.store.sqlite.SqliteStore`: the
Store's token and throttle methods, each one statement or one write transaction.
"""

from __future__ import annotations

import sqlite3

from tta_server.store.base import now
from tta_server.store.sqlite_db import SqliteDb


class SqliteTokens(SqliteDb):
    """The token and throttle methods of :class:`~tta_server.store.base.Store`, on SQLite."""

    # -- tokens --------------------------------------------------------------------------------
    async def save_token(self, token_hash: str, account_id: str, ttl_s: int) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM tokens WHERE expires_at < ?", (now(),))
            db.execute(
                "INSERT INTO tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                (token_hash, account_id, now() + ttl_s),
            )

        await self._write_in_thread(work)

    async def touch_token(self, token_hash: str, ttl_s: int) -> str | None:
        def work(db: sqlite3.Connection) -> str | None:
            t = now()
            cur = db.execute(
                "UPDATE tokens SET expires_at = ? WHERE token_hash = ? AND expires_at >= ?"
                " RETURNING account_id",
                (t + ttl_s, token_hash, t),
            )
            row = cur.fetchone()
            return str(row[0]) if row else None

        return await self._write_in_thread(work)

    async def revoke_token(self, token_hash: str) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            cur = db.execute("DELETE FROM tokens WHERE token_hash = ?", (token_hash,))
            return cur.rowcount > 0

        return await self._write_in_thread(work)

    async def revoke_account_tokens(self, account_id: str) -> list[str]:
        def work(db: sqlite3.Connection) -> list[str]:
            cur = db.execute(
                "DELETE FROM tokens WHERE account_id = ? RETURNING token_hash", (account_id,)
            )
            return [str(r[0]) for r in cur.fetchall()]

        return await self._write_in_thread(work)

    # -- throttles -----------------------------------------------------------------------------
    async def throttle_count(self, key: str) -> tuple[int, float]:
        row = await self._read_one(
            "SELECT count, expires_at FROM throttles WHERE key = ? AND expires_at > ?",
            (key, now()),
        )
        if row is None:
            return 0, 0.0
        return int(row["count"]), max(0.0, float(row["expires_at"]) - now())

    async def throttle_hit(self, key: str, window_s: int) -> int:
        def work(db: sqlite3.Connection) -> int:
            t = now()
            cur = db.execute(
                "INSERT INTO throttles (key, count, expires_at) VALUES (?, 1, ?)"
                " ON CONFLICT(key) DO UPDATE SET"
                "  count = CASE WHEN expires_at > ? THEN count + 1 ELSE 1 END,"
                "  expires_at = CASE WHEN expires_at > ? THEN expires_at ELSE excluded.expires_at"
                "  END RETURNING count",
                (key, t + window_s, t, t),
            )
            row = cur.fetchone()
            assert row is not None
            return int(row[0])

        return await self._write_in_thread(work)

    async def throttle_take(self, key: str, limit: int, window_s: int) -> float:
        def work(db: sqlite3.Connection) -> float:
            t = now()
            cur = db.execute(
                "SELECT count, expires_at FROM throttles WHERE key = ? AND expires_at > ?",
                (key, t),
            )
            row = cur.fetchone()
            if row is not None and int(row["count"]) >= limit:
                return max(0.01, float(row["expires_at"]) - t)
            db.execute(
                "INSERT INTO throttles (key, count, expires_at) VALUES (?, 1, ?)"
                " ON CONFLICT(key) DO UPDATE SET"
                "  count = CASE WHEN expires_at > ? THEN count + 1 ELSE 1 END,"
                "  expires_at = CASE WHEN expires_at > ? THEN expires_at ELSE excluded.expires_at"
                "  END",
                (key, t + window_s, t, t),
            )
            return 0.0

        return await self._write_in_thread(work)

    async def throttle_release(self, key: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE throttles SET count = count - 1"
                " WHERE key = ? AND count > 0 AND expires_at > ?",
                (key, now()),
            )

        await self._write_in_thread(work)

    async def throttle_clear(self, key: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM throttles WHERE key = ?", (key,))

        await self._write_in_thread(work)
