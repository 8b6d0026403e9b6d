"""The embedded store's side of facilitators and safety: alerts, the audit trail of facilitator
actions, active sessions as facilitators see them, and a player's complete deletion.

:class:`SqliteCare` is a base class of :class:`~tta_server.store.sqlite.SqliteStore` (the
counterpart of :mod:`~tta_server.store.neo4j_care`). Alerts are written with the turn that raised
them, by the store's ``append_events``.
"""

from __future__ import annotations

import sqlite3

from tta_server.store.base import (
    Action,
    Alert,
    GameSession,
    SessionView,
    login_device_key,
    login_name_key,
    now,
    session_view,
)
from tta_server.store.sqlite_db import SqliteDb, alert_of, as_dict


class SqliteCare(SqliteDb):
    """Alerts, facilitator actions and sessions, and player deletion, on SQLite."""

    # -- safety alerts -------------------------------------------------------------------------
    async def list_alerts(self, before: float | None, limit: int) -> list[Alert]:
        rows = await self._read_all(
            "SELECT * FROM alerts WHERE at < ? ORDER BY at DESC, id LIMIT ?",
            (before if before is not None else float("inf"), limit),
        )
        return [alert_of(r) for r in rows]

    async def get_alert(self, alert_id: str) -> Alert | None:
        row = await self._read_one("SELECT * FROM alerts WHERE id = ?", (alert_id,))
        return alert_of(row) if row else None

    async def request_contact(self, alert_id: str) -> Alert | None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("UPDATE alerts SET contact_requested = 1 WHERE id = ?", (alert_id,))

        await self._write_in_thread(work)
        return await self.get_alert(alert_id)

    async def purge_alerts(self, before: float) -> int:
        def work(db: sqlite3.Connection) -> int:
            cur = db.execute("DELETE FROM alerts WHERE at < ?", (before,))
            return cur.rowcount

        return await self._write_in_thread(work)

    async def ack_alert(self, alert_id: str, by: str, note: str) -> Alert | None:
        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE alerts SET acked_by = ?, acked_at = ?, note = ? WHERE id = ?",
                (by, now(), note, alert_id),
            )

        await self._write_in_thread(work)
        return await self.get_alert(alert_id)

    # -- facilitators ----------------------------------------------------------------------------
    async def record_action(self, action: Action) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO actions (id, at, actor, action, session_id, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    action.id,
                    action.at,
                    action.actor,
                    action.action,
                    action.session_id,
                    action.detail,
                ),
            )

        await self._write_in_thread(work)

    async def list_actions(self, limit: int) -> list[Action]:
        rows = await self._read_all("SELECT * FROM actions ORDER BY at DESC, id LIMIT ?", (limit,))
        return [Action.from_row(as_dict(r)) for r in rows]

    async def find_session(self, session_id: str) -> GameSession | None:
        row = await self._read_one("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return GameSession.from_row(as_dict(row)) if row else None

    async def list_active_sessions(
        self, limit: int, after: tuple[float, str] | None = None, only: str | None = None
    ) -> list[SessionView]:
        at, last = after if after is not None else (None, None)
        rows = await self._read_all(
            "SELECT s.*, a.username AS u, c.name AS cname, c.data AS cdata, p.location AS loc"
            " FROM sessions s JOIN accounts a ON a.id = s.account_id"
            " LEFT JOIN characters c ON c.id = s.character_id"
            " LEFT JOIN playthroughs p ON p.session_id = s.id"
            " WHERE s.status = 'active' AND (? IS NULL OR s.id = ?)"
            " AND (? IS NULL OR s.updated_at < ? OR (s.updated_at = ? AND s.id > ?))"
            " ORDER BY s.updated_at DESC, s.id LIMIT ?",
            (only, only, at, at, at, last, limit),
        )
        return [
            session_view(GameSession.from_row(as_dict(r)), r["u"], r["cname"], r["cdata"], r["loc"])
            for r in rows
        ]

    # -- privacy -------------------------------------------------------------------------------
    async def delete_player(self, account_id: str) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            cur = db.execute("SELECT id FROM sessions WHERE account_id = ?", (account_id,))
            sessions = [r["id"] for r in cur.fetchall()]
            for sid in sessions:
                for table in (
                    "events",
                    "turns",
                    "playthroughs",
                    "playthrough_items",
                    "save_slots",
                    "actions",
                ):
                    db.execute(f"DELETE FROM {table} WHERE session_id = ?", (sid,))  # noqa: S608 - fixed names
            for table in ("sessions", "characters", "tokens", "alerts"):
                db.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))  # noqa: S608 - fixed names
            cur = db.execute("SELECT username_key FROM accounts WHERE id = ?", (account_id,))
            row = cur.fetchone()
            if row is not None:
                db.execute("DELETE FROM throttles WHERE key = ?", (login_name_key(row[0]),))
            db.execute(
                "DELETE FROM throttles WHERE key LIKE ?", (login_device_key(account_id, "%"),)
            )
            cur2 = db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            return cur2.rowcount > 0

        return await self._write_in_thread(work)
