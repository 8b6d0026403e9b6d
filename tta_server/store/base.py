"""The repository interface every store implements, and the records it returns.

Two implementations exist and pass one contract test suite (``tests/store/``):

* :mod:`tta_server.store.sqlite` (``embedded``): one SQLite file, one process.
* :mod:`tta_server.store.redis_neo4j` (``redis-neo4j``): Neo4j holds everything durable
  (accounts, characters, sessions, their event history, turns); Redis holds tokens, throttle
  counters, a capped replay Stream per session and pub/sub between server processes. Losing Redis
  loses no durable data: at worst players log in again and replay is served from Neo4j.

Rules every implementation keeps:

* All methods are coroutines and never block the event loop.
* Player text is passed as query *parameters*, never interpolated into a query.
* A method that fails changes nothing (one transaction per write).
* ``account_id`` arguments scope reads and writes: a record owned by another account is
  reported as absent (``None`` / ``False``), never returned.

The records (accounts, characters, sessions, events, alerts ...) and the stores' errors are
defined in :mod:`tta_server.store.records` and exported here too, so that a store's users import
the whole interface from one place.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from tta_server.store.schema import SchemaStatus

from tta_server.store.records import (
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
    SessionView,
    StaleState,
    StateWrite,
    StoreError,
    TurnRecord,
    UsernameTaken,
    WorldGraph,
    WorldRecord,
    login_device_key,
    login_name_key,
    now,
    session_view,
    shares_transcript,
    slot_key,
    undo_json,
    undo_moment,
)

__all__ = [
    "Account",
    "Action",
    "Alert",
    "AppendResult",
    "Bus",
    "BusSubscription",
    "Character",
    "CharacterLimitReached",
    "CharacterNameTaken",
    "Event",
    "GameSession",
    "HoldWrite",
    "LoadedSession",
    "NewEvent",
    "NotFound",
    "PauseWrite",
    "Playthrough",
    "Role",
    "SaveSlot",
    "SaveSlotsFull",
    "SessionNotActive",
    "SessionOnHold",
    "SessionView",
    "StaleState",
    "StateWrite",
    "Store",
    "StoreError",
    "TurnRecord",
    "UsernameTaken",
    "WorldGraph",
    "WorldRecord",
    "login_device_key",
    "login_name_key",
    "now",
    "session_view",
    "shares_transcript",
    "slot_key",
    "undo_json",
    "undo_moment",
]


CHECK_SLOW = "no answer within"
"""How :meth:`Store.check` begins the message of a dependency that was only too slow (e.g.
``no answer within 3 s``), as opposed to one that failed (:mod:`tta_server.readiness`)."""


class BusSubscription(Protocol):
    """Messages of one channel, as an async iterator; ``aclose()`` unsubscribes."""

    def __aiter__(self) -> AsyncIterator[dict[str, Any]]: ...

    async def __anext__(self) -> dict[str, Any]: ...

    async def aclose(self) -> None: ...


class Bus(Protocol):
    """Pub/sub between server processes (in-process for the embedded store)."""

    async def publish(self, channel: str, message: Mapping[str, Any]) -> None: ...

    async def subscribe(self, channel: str) -> BusSubscription:
        """Subscribe; returns once the subscription is active, so every message published
        to ``channel`` after this returns (by any process) is delivered, until ``aclose()``."""
        ...

    async def close(self) -> None: ...


class Store(Protocol):
    """Repositories for accounts, tokens, throttles, characters, sessions and events."""

    @property
    def kind(self) -> str:
        """``embedded`` or ``redis-neo4j``."""
        ...

    @property
    def bus(self) -> Bus: ...

    # -- lifecycle ---------------------------------------------------------------------------
    async def open(self, migrate: bool = True) -> None:
        """Connect, refuse a schema newer than the code's
        (:class:`~tta_server.store.schema.SchemaTooNew`), and with ``migrate`` bring the schema
        up to the code's (:meth:`migrate`); without it, change nothing (``db migrate
        --dry-run``). On failure the store is closed again."""

    async def schema_status(self) -> SchemaStatus:
        """The schema's version, the code's, and the migrations pending (reads only)."""
        ...

    async def migrate(self) -> SchemaStatus:
        """Create missing schema, constraints and indexes and run the pending migrations, in
        order (:mod:`tta_server.store.schema`); the status before. Raises
        :class:`~tta_server.store.schema.MigrationFailed` leaving the old version."""
        ...

    async def close(self) -> None:
        """Flush and disconnect."""

    async def wipe(self) -> None:
        """Delete all TTA data (tests and ``tta-admin``); schema and constraints stay."""

    async def warm_statements(self) -> int:
        """Run, writing nothing, the statements that the players' path alone does not reach
        when one player plays (the warm-up at start-up, :mod:`tta_server.warm_up`), so their
        first real use does not pay for planning them; how many were run."""
        ...

    async def check(self) -> dict[str, str | None]:
        """Ping every dependency: ``{"redis": None, "neo4j": "connection refused"}``; a
        dependency that did not answer in time gets a message starting with
        :data:`CHECK_SLOW`."""
        ...

    # -- accounts ------------------------------------------------------------------------------
    async def create_account(self, username: str, password_hash: str, role: Role) -> Account:
        """Raises :class:`UsernameTaken`."""
        ...

    async def get_account(self, account_id: str) -> Account | None: ...

    async def get_account_by_username(self, username: str) -> Account | None:
        """Case-insensitive lookup."""
        ...

    async def list_accounts(self) -> list[Account]: ...

    async def update_account(
        self, account_id: str, *, role: Role | None = None, disabled: bool | None = None
    ) -> Account | None: ...

    # -- tokens (only hashes are stored) -------------------------------------------------------
    async def save_token(self, token_hash: str, account_id: str, ttl_s: int) -> None: ...

    async def touch_token(self, token_hash: str, ttl_s: int) -> str | None:
        """Return the account id and extend the expiry, or None if unknown/expired/revoked."""
        ...

    async def revoke_token(self, token_hash: str) -> bool: ...

    async def revoke_account_tokens(self, account_id: str) -> list[str]:
        """Revoke every token of an account; returns their hashes."""
        ...

    # -- throttles -----------------------------------------------------------------------------
    async def throttle_count(self, key: str) -> tuple[int, float]:
        """Hits recorded for ``key`` in its current window, and seconds until it resets."""
        ...

    async def throttle_hit(self, key: str, window_s: int) -> int:
        """Record one hit; the window starts at the first hit. Returns the new count."""
        ...

    async def throttle_take(self, key: str, limit: int, window_s: int) -> float:
        """Atomically: when ``key`` holds fewer than ``limit`` hits in its window, record one
        (the window starts at the first) and return 0; else record nothing and return the
        seconds until the window resets. Parallel callers can never take more than ``limit``."""
        ...

    async def throttle_release(self, key: str) -> None:
        """Give back one hit taken by :meth:`throttle_take` (never below zero)."""
        ...

    async def throttle_clear(self, key: str) -> None: ...

    # -- characters ----------------------------------------------------------------------------
    async def create_character(
        self, account_id: str, name: str, data: dict[str, Any], max_count: int
    ) -> Character:
        """Raises :class:`CharacterLimitReached` or :class:`CharacterNameTaken`."""
        ...

    async def list_characters(self, account_id: str) -> list[Character]: ...

    async def get_character(self, account_id: str, character_id: str) -> Character | None: ...

    async def update_character(
        self, account_id: str, character_id: str, name: str, data: dict[str, Any]
    ) -> Character:
        """Replace the document. Raises :class:`NotFound` or :class:`CharacterNameTaken`."""
        ...

    async def delete_character(self, account_id: str, character_id: str) -> bool: ...

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
        """Create an active session, its playthrough (version 1, from ``start.state``) and its
        opening events in one transaction. Raises :class:`NotFound` when the character is not
        the account's or the world was never imported, and, with ``character_version``, when
        the character's ``updated_at`` is no longer that (it changed since the caller read it);
        nothing is stored then."""
        ...

    async def get_session(self, account_id: str, session_id: str) -> GameSession | None: ...

    async def load_session(self, account_id: str, session_id: str) -> LoadedSession | None:
        """The account's session with its playthrough and character, in one read (None when
        the session is not the account's)."""
        ...

    async def list_sessions(self, account_id: str) -> list[GameSession]:
        """Newest first."""
        ...

    async def end_session(
        self, account_id: str, session_id: str, closing: list[NewEvent]
    ) -> list[Event]:
        """Mark ended and append closing events. Raises NotFound / SessionNotActive."""
        ...

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
        """Append events with the next seqs, save ``state`` to the playthrough, record
        ``alert``, set or clear the session's ``hold`` and ``paused``, all in one transaction. With
        ``turn_id``: if that turn was recorded before, write nothing and return its events with
        ``replayed=True``. Raises NotFound / SessionNotActive / :class:`SessionOnHold` (a write
        with ``state`` while the session is held or paused) / :class:`StaleState` (then nothing
        is written): the store, not the writer's copy, has the last word on a hold or pause."""
        ...

    # -- safety alerts -------------------------------------------------------------------------
    async def list_alerts(self, before: float | None, limit: int) -> list[Alert]:
        """Alerts older than ``before`` (all when None), newest first, at most ``limit``."""
        ...

    async def get_alert(self, alert_id: str) -> Alert | None: ...

    async def request_contact(self, alert_id: str) -> Alert | None:
        """Mark that the player asked to talk to a person; the updated alert."""
        ...

    async def purge_alerts(self, before: float) -> int:
        """Delete alerts recorded before ``before`` (retention); how many went."""
        ...

    async def ack_alert(self, alert_id: str, by: str, note: str) -> Alert | None:
        """Mark an alert acknowledged by a facilitator, with their note; the updated alert."""
        ...

    # -- facilitators ----------------------------------------------------------------------------
    async def record_action(self, action: Action) -> None:
        """Append to the audit trail of facilitator actions."""
        ...

    async def list_actions(self, limit: int) -> list[Action]:
        """The audit trail, newest first."""
        ...

    async def find_session(self, session_id: str) -> GameSession | None:
        """Any account's session (for facilitators and admins; players use get_session)."""
        ...

    async def list_active_sessions(
        self, limit: int, after: tuple[float, str] | None = None, only: str | None = None
    ) -> list[SessionView]:
        """Active sessions, most recently active first (``updated_at`` descending, then
        ``id``): at most ``limit``, those after the ``(updated_at, id)`` of ``after`` (the last
        of a previous page), or only the session ``only``."""
        ...

    # -- privacy -------------------------------------------------------------------------------
    async def export_player(self, account_id: str) -> dict[str, Any] | None:
        """Everything held about a player (never the password hash), as JSON-ready data:
        ``account``, ``characters``, ``sessions`` (each with ``events`` and ``playthrough``),
        ``alerts``, ``actions`` (facilitator actions on their sessions)."""
        ...

    async def delete_player(self, account_id: str) -> bool:
        """Erase a player and everything about them from every part of the store."""
        ...

    # -- save slots ------------------------------------------------------------------------------
    async def save_slot(self, slot: SaveSlot, max_slots: int) -> bool:
        """Save ``slot`` to its session under its name, replacing a slot of the same name (any
        case): True when the name is new. Raises :class:`SaveSlotsFull` when the name is new
        and the session holds ``max_slots`` already, :class:`NotFound` when there is no such
        session, :class:`SessionNotActive` when it has ended."""
        ...

    async def list_slots(self, session_id: str) -> list[SaveSlot]:
        """A session's save slots, by name (case-insensitively)."""
        ...

    async def get_slot(self, session_id: str, name: str) -> SaveSlot | None:
        """The session's slot called ``name`` (any case), or None."""
        ...

    async def read_events_before(
        self, session_id: str, before_seq: int, limit: int, types: tuple[str, ...]
    ) -> list[Event]:
        """Events of the given types with ``seq < before_seq``, newest first, at most
        ``limit`` (the transcript, paged backwards)."""
        ...

    async def get_playthrough(self, session_id: str) -> Playthrough | None: ...

    # -- worlds --------------------------------------------------------------------------------
    async def import_world(self, record: WorldRecord, graph: WorldGraph) -> str:
        """Create or replace a world template and its graph, idempotently: ``created``,
        ``updated`` (the version differs; playthroughs keep their state) or ``unchanged``."""
        ...

    async def list_worlds(self) -> list[WorldRecord]:
        """Every imported world, by id."""
        ...

    async def read_events(self, session_id: str, after_seq: int, limit: int) -> list[Event]:
        """Events with ``seq > after_seq`` in seq order, at most ``limit``."""
        ...
