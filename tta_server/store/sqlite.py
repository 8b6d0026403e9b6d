"""The embedded store: everything in one SQLite file (WAL mode), for one server process.

Tables: ``accounts``, ``tokens`` (hashes only), ``throttles``, ``characters``, ``sessions``,
``events``, ``turns``; world templates in ``worlds`` (the document) with their graph in
``world_locations``, ``world_exits``, ``world_items`` and ``world_characters``; each session's
living world in ``playthroughs`` (state JSON, location, the moments ``undo`` goes back to) and
``playthrough_items`` (carried); its named saves in ``save_slots``. They
are defined in ``sqlite_schema.sql``; :mod:`~tta_server.store.sqlite_migrations` loads it and
brings files made by older versions up to it on open.

One writer connection guarded by an :class:`asyncio.Lock` runs every write as one ``BEGIN
IMMEDIATE`` transaction, whole, in one step of its thread (a write whose caller is cancelled
once it is there still completes); a second connection serves reads (WAL lets them run beside
a write). aiosqlite runs each connection in its own thread, so the event loop never blocks on
disk. That plumbing is :mod:`~tta_server.store.sqlite_db`; tokens and throttles
(:mod:`~tta_server.store.sqlite_tokens`) and alerts, facilitator actions and player deletion
(:mod:`~tta_server.store.sqlite_care`) are base classes of :class:`SqliteStore`; this module
has the rest: accounts, characters, sessions and events, export, worlds.
Pub/sub is in-process, with a relay through the file for tools
(:mod:`tta_server.store.sqlite_bus`).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from tta_server.protocol.text import fold
from tta_server.store import sqlite_bus, sqlite_migrations
from tta_server.store.base import (
    Account,
    Action,
    Alert,
    AppendResult,
    Character,
    CharacterLimitReached,
    CharacterNameTaken,
    Event,
    GameSession,
    HoldWrite,
    LoadedSession,
    NewEvent,
    NotFound,
    PauseWrite,
    Playthrough,
    Role,
    SaveSlot,
    SaveSlotsFull,
    SessionNotActive,
    SessionOnHold,
    StaleState,
    StateWrite,
    UsernameTaken,
    WorldGraph,
    WorldRecord,
    now,
    slot_key,
    undo_json,
)
from tta_server.store.export import export_document
from tta_server.store.schema import SchemaStatus, SchemaTooNew
from tta_server.store.sqlite_bus import SqliteBus
from tta_server.store.sqlite_care import SqliteCare
from tta_server.store.sqlite_db import alert_of, as_dict
from tta_server.store.sqlite_migrations import MIGRATIONS, Migration
from tta_server.store.sqlite_tokens import SqliteTokens

_WORLD_TABLES = ("world_locations", "world_exits", "world_items", "world_characters")

DB_FILE = "tta.sqlite3"


def _new_id() -> str:
    return uuid.uuid4().hex


def _event(row: aiosqlite.Row) -> Event:
    return Event.stored(row["session_id"], row["seq"], row["type"], row["data"], row["at"])


def _save_state(db: sqlite3.Connection, session_id: str, write: StateWrite) -> None:
    """Save a playthrough state if ``write.expect_version`` is current, else StaleState."""
    state = write.state
    cur = db.execute(
        "UPDATE playthroughs SET state = ?, location = ?, world_version = ?, undo = ?,"
        " brief = ?, version = version + 1 WHERE session_id = ? AND version = ?",
        (
            json.dumps(state),
            state["location"],
            write.world_version,
            undo_json(write.undo),
            int(write.brief),
            session_id,
            write.expect_version,
        ),
    )
    if cur.rowcount != 1:
        raise StaleState(session_id)
    if not write.moved:
        return
    db.execute("DELETE FROM playthrough_items WHERE session_id = ?", (session_id,))
    db.executemany(
        "INSERT INTO playthrough_items (session_id, item_id) VALUES (?, ?)",
        [(session_id, item) for item in state.get("inventory", [])],
    )


def _append(
    db: sqlite3.Connection, session_id: str, last_seq: int, events: list[NewEvent]
) -> list[Event]:
    t = now()
    written = [Event(session_id, last_seq + i, e.type, e.data, t) for i, e in enumerate(events, 1)]
    if not written:
        return written
    db.executemany(
        "INSERT INTO events (session_id, seq, type, data, at) VALUES (?, ?, ?, ?, ?)",
        [(e.session_id, e.seq, e.type, json.dumps(e.data), e.at) for e in written],
    )
    db.execute(
        "UPDATE sessions SET last_seq = ?, updated_at = ? WHERE id = ?",
        (written[-1].seq, t, session_id),
    )
    return written


def _insert_alert(db: sqlite3.Connection, a: Alert) -> None:
    db.execute(
        "INSERT INTO alerts (id, at, account_id, username, character_id, character_name,"
        " session_id, level, category, reasons, text, contact_requested, escalated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            a.at,
            a.account_id,
            a.username,
            a.character_id,
            a.character_name,
            a.session_id,
            a.level,
            a.category,
            json.dumps(list(a.reasons)),
            a.text,
            int(a.contact_requested),
            int(a.escalated),
        ),
    )


Q_LOAD_SESSION = """
SELECT s.*,
       p.session_id AS p_session_id, p.world_id AS p_world_id,
       p.world_version AS p_world_version, p.state AS p_state, p.version AS p_version,
       p.undo AS p_undo, p.brief AS p_brief,
       c.id AS c_id, c.account_id AS c_account_id, c.name AS c_name, c.data AS c_data,
       c.created_at AS c_created_at, c.updated_at AS c_updated_at
FROM sessions s
LEFT JOIN playthroughs p ON p.session_id = s.id
LEFT JOIN characters c ON c.id = s.character_id AND c.account_id = s.account_id
WHERE s.id = ? AND s.account_id = ?
"""
"""A session with its playthrough and character (``load_session``), in one statement."""


Q_APPEND_CHECK = (
    "SELECT s.status, s.last_seq, s.hold, s.paused,"
    " t.first_seq AS turn_first, t.last_seq AS turn_last"
    " FROM sessions s LEFT JOIN turns t ON t.session_id = s.id AND t.turn_id = ?"
    " WHERE s.id = ?"
)
"""An append's checks in one read: the session, and the turn already recorded under the
append's ``turn_id`` (none when it is None)."""


class SqliteStore(SqliteTokens, SqliteCare):
    """:class:`~tta_server.store.base.Store` on one SQLite file."""

    kind = "embedded"

    def __init__(self, data_dir: Path, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        """``migrations``: the schema's (tests pass others, such as one that fails)."""
        self.path = Path(data_dir) / DB_FILE
        self._migrations = migrations
        self.bus = SqliteBus(self._write_in_thread, self._read_all, now)
        self._writer: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    # -- lifecycle ---------------------------------------------------------------------------
    async def open(self, migrate: bool = True) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = await self._connect()
        try:
            if migrate:
                await self.migrate()
            else:
                status = await self.schema_status()
                if status.current > status.target:
                    raise SchemaTooNew(self.kind, status.current, status.target)
            await self._writer.executescript(sqlite_bus.SCHEMA)
            self._reader = await self._connect()
        except BaseException:
            await self.close()
            raise

    async def schema_status(self) -> SchemaStatus:
        if self._writer is None:
            raise RuntimeError("store is not open")
        return await sqlite_migrations.schema_status(self._writer, self._migrations)

    async def migrate(self) -> SchemaStatus:
        if self._writer is None:
            raise RuntimeError("store is not open")
        async with self._write_lock:
            return await sqlite_migrations.migrate(self._writer, self._migrations)

    async def close(self) -> None:
        await self.bus.close()
        for conn in (self._reader, self._writer):
            if conn is not None:
                await conn.close()
        self._reader = self._writer = None

    async def check(self) -> dict[str, str | None]:
        try:
            await self._read_one("SELECT 1 AS ok", ())
        except Exception as exc:  # any failure is reported, not raised
            return {"sqlite": f"{type(exc).__name__}: {exc}"}
        return {"sqlite": None}

    async def warm_statements(self) -> int:
        """Nothing: SQLite prepares a statement on its first use in microseconds."""
        return 0

    async def wipe(self) -> None:
        """Delete every row (tests and ``tta-admin``)."""

        def work(db: sqlite3.Connection) -> None:
            for table in (
                "accounts",
                "tokens",
                "throttles",
                "characters",
                "sessions",
                "events",
                "turns",
                "worlds",
                *_WORLD_TABLES,
                "playthroughs",
                "playthrough_items",
                "save_slots",
                "alerts",
                "actions",
            ):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names

        await self._write_in_thread(work)

    # -- accounts ------------------------------------------------------------------------------
    async def create_account(self, username: str, password_hash: str, role: Role) -> Account:
        account = Account(_new_id(), username, password_hash, role, False, now())

        def work(db: sqlite3.Connection) -> None:
            try:
                db.execute(
                    "INSERT INTO accounts (id, username, username_key, password_hash, role,"
                    " disabled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)",
                    (
                        account.id,
                        username,
                        fold(username),
                        password_hash,
                        role.value,
                        account.created_at,
                    ),
                )
            except sqlite3.IntegrityError:
                raise UsernameTaken(username) from None

        await self._write_in_thread(work)
        return account

    async def get_account(self, account_id: str) -> Account | None:
        row = await self._read_one("SELECT * FROM accounts WHERE id = ?", (account_id,))
        return Account.from_row(as_dict(row)) if row else None

    async def get_account_by_username(self, username: str) -> Account | None:
        row = await self._read_one(
            "SELECT * FROM accounts WHERE username_key = ?", (fold(username),)
        )
        return Account.from_row(as_dict(row)) if row else None

    async def list_accounts(self) -> list[Account]:
        rows = await self._read_all("SELECT * FROM accounts ORDER BY created_at", ())
        return [Account.from_row(as_dict(r)) for r in rows]

    async def update_account(
        self, account_id: str, *, role: Role | None = None, disabled: bool | None = None
    ) -> Account | None:
        def work(db: sqlite3.Connection) -> None:
            if role is not None:
                db.execute("UPDATE accounts SET role = ? WHERE id = ?", (role.value, account_id))
            if disabled is not None:
                db.execute(
                    "UPDATE accounts SET disabled = ? WHERE id = ?", (int(disabled), account_id)
                )

        await self._write_in_thread(work)
        return await self.get_account(account_id)

    # -- characters ----------------------------------------------------------------------------
    async def create_character(
        self, account_id: str, name: str, data: dict[str, Any], max_count: int
    ) -> Character:
        t = now()
        character = Character(_new_id(), account_id, name, data, t, t)

        def work(db: sqlite3.Connection) -> None:
            cur = db.execute("SELECT count(*) FROM characters WHERE account_id = ?", (account_id,))
            row = cur.fetchone()
            if row is not None and row[0] >= max_count:
                raise CharacterLimitReached(max_count)
            try:
                db.execute(
                    "INSERT INTO characters (id, account_id, name, name_key, data, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (character.id, account_id, name, fold(name), json.dumps(data), t, t),
                )
            except sqlite3.IntegrityError:
                raise CharacterNameTaken(name) from None

        await self._write_in_thread(work)
        return character

    async def list_characters(self, account_id: str) -> list[Character]:
        rows = await self._read_all(
            "SELECT * FROM characters WHERE account_id = ? ORDER BY created_at", (account_id,)
        )
        return [Character.from_row(as_dict(r)) for r in rows]

    async def get_character(self, account_id: str, character_id: str) -> Character | None:
        row = await self._read_one(
            "SELECT * FROM characters WHERE id = ? AND account_id = ?", (character_id, account_id)
        )
        return Character.from_row(as_dict(row)) if row else None

    async def update_character(
        self, account_id: str, character_id: str, name: str, data: dict[str, Any]
    ) -> Character:
        def work(db: sqlite3.Connection) -> None:
            try:
                cur = db.execute(
                    "UPDATE characters SET name = ?, name_key = ?, data = ?, updated_at = ?"
                    " WHERE id = ? AND account_id = ?",
                    (name, fold(name), json.dumps(data), now(), character_id, account_id),
                )
            except sqlite3.IntegrityError:
                raise CharacterNameTaken(name) from None
            if cur.rowcount == 0:
                raise NotFound(character_id)

        await self._write_in_thread(work)
        updated = await self.get_character(account_id, character_id)
        if updated is None:
            raise NotFound(character_id)
        return updated

    async def delete_character(self, account_id: str, character_id: str) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            cur = db.execute(
                "DELETE FROM characters WHERE id = ? AND account_id = ?",
                (character_id, account_id),
            )
            return cur.rowcount > 0

        return await self._write_in_thread(work)

    # -- sessions and events -------------------------------------------------------------------
    async def create_session(
        self,
        account_id: str,
        character_id: str,
        world_id: str,
        opening: list[NewEvent],
        start: StateWrite,
        character_version: float | None = None,
    ) -> tuple[GameSession, list[Event]]:
        session_id = _new_id()

        def work(db: sqlite3.Connection) -> list[Event]:
            row = db.execute(
                "SELECT updated_at FROM characters WHERE id = ? AND account_id = ?",
                (character_id, account_id),
            ).fetchone()
            if row is None or character_version not in (None, row[0]):
                raise NotFound(character_id)
            if db.execute("SELECT 1 FROM worlds WHERE id = ?", (world_id,)).fetchone() is None:
                raise NotFound(world_id)
            t = now()
            db.execute(
                "INSERT INTO sessions (id, account_id, character_id, world_id, status,"
                " created_at, updated_at, last_seq) VALUES (?, ?, ?, ?, 'active', ?, ?, 0)",
                (session_id, account_id, character_id, world_id, t, t),
            )
            db.execute(
                "INSERT INTO playthroughs (session_id, world_id, world_version, state, location,"
                " version) VALUES (?, ?, ?, ?, ?, 0)",
                (session_id, world_id, start.world_version, "{}", ""),
            )
            _save_state(db, session_id, start)
            return _append(db, session_id, 0, opening)

        events = await self._write_in_thread(work)
        session = await self.get_session(account_id, session_id)
        assert session is not None
        return session, events

    async def get_session(self, account_id: str, session_id: str) -> GameSession | None:
        row = await self._read_one(
            "SELECT * FROM sessions WHERE id = ? AND account_id = ?", (session_id, account_id)
        )
        return GameSession.from_row(as_dict(row)) if row else None

    async def load_session(self, account_id: str, session_id: str) -> LoadedSession | None:
        row = await self._read_one(Q_LOAD_SESSION, (session_id, account_id))
        if row is None:
            return None
        return LoadedSession(
            GameSession.from_row(as_dict(row)),
            Playthrough.from_row(row["p_session_id"], as_dict(row, "p_"))
            if row["p_session_id"] is not None
            else None,
            Character.from_row(as_dict(row, "c_")) if row["c_id"] is not None else None,
        )

    async def list_sessions(self, account_id: str) -> list[GameSession]:
        rows = await self._read_all(
            "SELECT * FROM sessions WHERE account_id = ? ORDER BY created_at DESC, id",
            (account_id,),
        )
        return [GameSession.from_row(as_dict(r)) for r in rows]

    async def end_session(
        self, account_id: str, session_id: str, closing: list[NewEvent]
    ) -> list[Event]:
        def work(db: sqlite3.Connection) -> list[Event]:
            row = db.execute(
                "SELECT status, last_seq FROM sessions WHERE id = ? AND account_id = ?",
                (session_id, account_id),
            ).fetchone()
            if row is None:
                raise NotFound(session_id)
            if row["status"] != "active":
                raise SessionNotActive(session_id)
            events = _append(db, session_id, row["last_seq"], closing)
            db.execute(
                "UPDATE sessions SET status = 'ended', updated_at = ? WHERE id = ?",
                (now(), session_id),
            )
            return events

        return await self._write_in_thread(work)

    async def append_events(
        self,
        session_id: str,
        events: list[NewEvent],
        turn_id: str | None = None,
        state: StateWrite | None = None,
        alert: Alert | None = None,
        hold: HoldWrite | None = None,
        pause: PauseWrite | None = None,
    ) -> AppendResult:
        def work(db: sqlite3.Connection) -> AppendResult:
            row = db.execute(Q_APPEND_CHECK, (turn_id, session_id)).fetchone()
            if row is None:
                raise NotFound(session_id)
            if row["turn_first"] is not None:
                recorded = db.execute(
                    "SELECT * FROM events WHERE session_id = ? AND seq BETWEEN ? AND ?"
                    " ORDER BY seq",
                    (session_id, row["turn_first"], row["turn_last"]),
                ).fetchall()
                return AppendResult([_event(r) for r in recorded], replayed=True)
            if row["status"] != "active":
                raise SessionNotActive(session_id)
            if state is not None and (row["hold"] is not None or row["paused"] is not None):
                raise SessionOnHold(session_id)
            if state is not None:
                _save_state(db, session_id, state)
            if alert is not None:
                _insert_alert(db, alert)
            if hold is not None:
                db.execute(
                    "UPDATE sessions SET hold = ? WHERE id = ?",
                    (hold.alert.id if hold.alert else None, session_id),
                )
            if pause is not None:
                db.execute(
                    "UPDATE sessions SET paused = ? WHERE id = ?", (pause.reason, session_id)
                )
            written = _append(db, session_id, row["last_seq"], events)
            if turn_id is not None and written:
                db.execute(
                    "INSERT INTO turns (session_id, turn_id, first_seq, last_seq, at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (session_id, turn_id, written[0].seq, written[-1].seq, now()),
                )
            return AppendResult(written)

        return await self._write_in_thread(work)

    async def read_events(self, session_id: str, after_seq: int, limit: int) -> list[Event]:
        rows = await self._read_all(
            "SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (session_id, after_seq, limit),
        )
        return [_event(r) for r in rows]

    # -- privacy -------------------------------------------------------------------------------
    async def export_player(self, account_id: str) -> dict[str, Any] | None:
        async def events(s: GameSession) -> list[Event]:
            return await self.read_events(s.id, 0, max(s.last_seq, 1))

        async def alerts(aid: str) -> list[Alert]:
            rows = await self._read_all(
                "SELECT * FROM alerts WHERE account_id = ? ORDER BY at", (aid,)
            )
            return [alert_of(r) for r in rows]

        async def actions(sids: list[str]) -> list[Action]:
            marks = ", ".join("?" for _ in sids) or "NULL"
            rows = await self._read_all(
                f"SELECT * FROM actions WHERE session_id IN ({marks}) ORDER BY at",  # noqa: S608 - placeholders only
                tuple(sids),
            )
            return [Action.from_row(as_dict(r)) for r in rows]

        return await export_document(
            self, account_id, events=events, alerts=alerts, actions=actions
        )

    # -- save slots ----------------------------------------------------------------------------
    async def save_slot(self, slot: SaveSlot, max_slots: int) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            cur = db.execute("SELECT status FROM sessions WHERE id = ?", (slot.session_id,))
            row = cur.fetchone()
            if row is None:
                raise NotFound(slot.session_id)
            if row["status"] != "active":
                raise SessionNotActive(slot.session_id)
            cur = db.execute(
                "SELECT count(*) AS n, count(CASE WHEN name_key = ? THEN 1 END) AS same"
                " FROM save_slots WHERE session_id = ?",
                (slot.key, slot.session_id),
            )
            counts = cur.fetchone()
            new = counts is None or counts["same"] == 0
            if new and counts is not None and counts["n"] >= max_slots:
                raise SaveSlotsFull(slot.session_id)
            db.execute(
                "INSERT INTO save_slots (session_id, name_key, name, state, world_version,"
                " saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, name_key) DO"
                " UPDATE SET name = excluded.name, state = excluded.state,"
                " world_version = excluded.world_version, saved_at = excluded.saved_at",
                (
                    slot.session_id,
                    slot.key,
                    slot.name,
                    json.dumps(slot.state),
                    slot.world_version,
                    slot.saved_at,
                ),
            )
            return new

        return await self._write_in_thread(work)

    async def list_slots(self, session_id: str) -> list[SaveSlot]:
        rows = await self._read_all(
            "SELECT * FROM save_slots WHERE session_id = ? ORDER BY name_key", (session_id,)
        )
        return [SaveSlot.from_row(as_dict(r)) for r in rows]

    async def get_slot(self, session_id: str, name: str) -> SaveSlot | None:
        row = await self._read_one(
            "SELECT * FROM save_slots WHERE session_id = ? AND name_key = ?",
            (session_id, slot_key(name)),
        )
        return SaveSlot.from_row(as_dict(row)) if row is not None else None

    async def read_events_before(
        self, session_id: str, before_seq: int, limit: int, types: tuple[str, ...]
    ) -> list[Event]:
        marks = ", ".join("?" for _ in types)
        rows = await self._read_all(
            f"SELECT * FROM events WHERE session_id = ? AND seq < ? AND type IN ({marks})"  # noqa: S608 - placeholders only
            " ORDER BY seq DESC LIMIT ?",
            (session_id, before_seq, *types, limit),
        )
        return [_event(r) for r in rows]

    async def get_playthrough(self, session_id: str) -> Playthrough | None:
        row = await self._read_one("SELECT * FROM playthroughs WHERE session_id = ?", (session_id,))
        return Playthrough.from_row(row["session_id"], as_dict(row)) if row is not None else None

    # -- worlds --------------------------------------------------------------------------------
    async def import_world(self, record: WorldRecord, graph: WorldGraph) -> str:
        def work(db: sqlite3.Connection) -> str:
            cur = db.execute("SELECT version FROM worlds WHERE id = ?", (record.id,))
            row = cur.fetchone()
            if row is not None and row["version"] == record.version:
                return "unchanged"
            t = now()
            db.execute(
                "INSERT INTO worlds (id, title, version, doc, imported_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                " version = excluded.version, doc = excluded.doc, updated_at = excluded.updated_at",
                (record.id, record.title, record.version, json.dumps(record.doc), t, t),
            )
            for table in _WORLD_TABLES:
                db.execute(f"DELETE FROM {table} WHERE world_id = ?", (record.id,))  # noqa: S608 - fixed names
            w = record.id
            db.executemany(
                "INSERT INTO world_locations (world_id, id, name, tags) VALUES (?, ?, ?, ?)",
                [(w, x["id"], x["name"], json.dumps(x["tags"])) for x in graph.locations],
            )
            db.executemany(
                "INSERT INTO world_exits (world_id, from_id, dir, to_id, locked)"
                " VALUES (?, ?, ?, ?, ?)",
                [(w, x["from"], x["dir"], x["to"], int(x["locked"])) for x in graph.exits],
            )
            db.executemany(
                "INSERT INTO world_items (world_id, id, name, portable, start)"
                " VALUES (?, ?, ?, ?, ?)",
                [(w, x["id"], x["name"], int(x["portable"]), x["start"]) for x in graph.items],
            )
            db.executemany(
                "INSERT INTO world_characters (world_id, id, name, start) VALUES (?, ?, ?, ?)",
                [(w, x["id"], x["name"], x["start"]) for x in graph.characters],
            )
            return "created" if row is None else "updated"

        return await self._write_in_thread(work)

    async def list_worlds(self) -> list[WorldRecord]:
        rows = await self._read_all("SELECT * FROM worlds ORDER BY id", ())
        return [WorldRecord.from_row(as_dict(r)) for r in rows]
