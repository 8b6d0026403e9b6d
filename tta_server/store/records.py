"""The records a store returns and takes, its errors, and the helpers that build them.

A record's ``from_row`` turns what a store read (a SQLite row made a dict, a Neo4j node's
properties, a record) into the record, the same way for every store: documents are stored as JSON
text, and a property Neo4j does not hold (it stores no nulls) reads as its default. The
interface the stores implement is :mod:`tta_server.store.base`, which also exports these names.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tta_server.protocol.events import EVENT_TYPE_OF, read_event_data
from tta_server.protocol.messages import Out


class Role(StrEnum):
    PLAYER = "player"
    FACILITATOR = "facilitator"
    ADMIN = "admin"


class StoreError(Exception):
    """Base class of the store's domain errors (not of connection failures)."""


class UsernameTaken(StoreError):
    """An account with that user name (compared case-insensitively) exists."""


class CharacterNameTaken(StoreError):
    """The account already has a character with that name (case-insensitive)."""


class CharacterLimitReached(StoreError):
    """The account holds the maximum number of characters."""


class NotFound(StoreError):
    """The record does not exist or belongs to another account."""


class SessionNotActive(StoreError):
    """The session has ended; it can be read but not changed."""


class SaveSlotsFull(StoreError):
    """The session already has the most save slots allowed; a new name cannot be added (an
    existing one can be saved over)."""


def login_name_key(username_key: str) -> str:
    """The throttle key counting failed logins for a user name (``username_key``: folded)."""
    return f"login:user:{username_key}"


def login_device_key(account_id: str, device_hash: str) -> str:
    """The throttle key that marks a device token (its SHA-256) valid for an account; every
    device of an account starts with ``login_device_key(account_id, "")``."""
    return f"login:device:{account_id}:{device_hash}"


def now() -> float:
    """Wall-clock time in seconds since the epoch (one clock for every store)."""
    return time.time()


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    username: str
    password_hash: str
    role: Role
    disabled: bool
    created_at: float

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> Account:
        return cls(
            id=m["id"],
            username=m["username"],
            password_hash=m["password_hash"],
            role=Role(m["role"]),
            disabled=bool(m["disabled"]),
            created_at=float(m["created_at"]),
        )


@dataclass(frozen=True, slots=True)
class Character:
    id: str
    account_id: str
    name: str
    data: dict[str, Any]
    """The validated character document (see :mod:`tta_server.characters`), name included."""
    created_at: float
    updated_at: float

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> Character:
        return cls(
            id=m["id"],
            account_id=m["account_id"],
            name=m["name"],
            data=json.loads(m["data"]),
            created_at=float(m["created_at"]),
            updated_at=float(m["updated_at"]),
        )


@dataclass(frozen=True, slots=True)
class GameSession:
    id: str
    account_id: str
    character_id: str
    world_id: str
    status: str
    """``active`` or ``ended``."""
    created_at: float
    updated_at: float
    last_seq: int
    """Highest event seq written to this session (0 before the first event)."""
    hold: str | None = None
    """The id of the crisis alert the story is paused for (None: not paused)."""
    paused: str | None = None
    """Why a facilitator paused the story (None: not paused)."""

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> GameSession:
        return cls(
            id=m["id"],
            account_id=m["account_id"],
            character_id=m["character_id"],
            world_id=m["world_id"],
            status=m["status"],
            created_at=float(m["created_at"]),
            updated_at=float(m["updated_at"]),
            last_seq=int(m["last_seq"]),
            hold=m.get("hold"),
            paused=m.get("paused"),
        )


@dataclass(frozen=True, slots=True)
class Event:
    session_id: str
    seq: int
    type: str
    data: dict[str, Any]
    at: float

    @classmethod
    def stored(cls, session_id: str, seq: int, type_: str, data: str, at: float) -> Event:
        """An event as stored: its ``data`` JSON text."""
        return cls(session_id, int(seq), type_, json.loads(data), float(at))

    def read_data(self) -> Out | None:
        """``data`` as the model of the event's type, read leniently: the one way the server
        reads a stored event. A member that does not read takes its default, so an old or
        damaged event never breaks a history page, a resume or the admin CLI; None for a type
        the protocol does not know, or a ``narrative.end`` without its required members
        (:func:`~tta_server.protocol.events.read_event_data`)."""
        return read_event_data(self.type, self.data)


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append: the store assigns ``seq`` and ``at``."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Out) -> NewEvent:
        """The event whose data is ``data``: its type is the model's (``EVENT_TYPE_OF``), its
        data what goes on the wire (:meth:`~tta_server.protocol.messages.Out.wire`)."""
        return cls(EVENT_TYPE_OF[type(data)], data.wire())


@dataclass(frozen=True, slots=True)
class TurnRecord:
    session_id: str
    turn_id: str
    first_seq: int
    last_seq: int
    at: float


@dataclass(frozen=True, slots=True)
class AppendResult:
    """What :meth:`Store.append_events` did.

    ``replayed`` is True when ``turn_id`` had been applied before: nothing was written and
    ``events`` are the ones recorded for that turn.
    """

    events: list[Event]
    replayed: bool = False


class StaleState(StoreError):
    """The playthrough was saved by someone else since it was read (another connection took the
    session over); read it again before writing."""


class SessionOnHold(StoreError):
    """A played turn (a write with ``state``) was refused because the session is held for a
    safety check or paused by a facilitator, which the writer had not seen yet: read the
    session again to find out which."""


@dataclass(frozen=True, slots=True)
class WorldRecord:
    """An imported world template: its checked document (``World.model_dump(mode="json",
    by_alias=True)``) and ``version``, the SHA-256 of that document."""

    id: str
    title: str
    version: str
    doc: dict[str, Any]
    imported_at: float
    updated_at: float

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> WorldRecord:
        return cls(
            m["id"],
            m["title"],
            m["version"],
            json.loads(m["doc"]),
            float(m["imported_at"]),
            float(m["updated_at"]),
        )


@dataclass(frozen=True, slots=True)
class WorldGraph:
    """The template graph of a world, as rows: what a store keeps besides the document.

    ``locations``: ``{"id", "name", "tags"}``; ``exits``: ``{"from", "to", "dir", "locked"}``;
    ``items``: ``{"id", "name", "portable", "start"}``; ``characters``: ``{"id", "name",
    "start"}`` (``start`` is a location id, a character id, ``player`` or ``nowhere``).
    """

    locations: list[dict[str, Any]]
    exits: list[dict[str, Any]]
    items: list[dict[str, Any]]
    characters: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Playthrough:
    """A session's living world: its :class:`~tta_server.world.state.WorldState` as JSON.

    ``version`` counts saves (1 after the session starts); a save names the version it read
    and fails with :class:`StaleState` when another save came first. ``undo`` holds the
    earlier moments ``undo`` can go back to, oldest first (each ``{"text": what the player
    did next, "state": the state before it}``); ``brief``: places seen before are described
    in a line (the ``brief`` command), not in full (``verbose``).
    """

    session_id: str
    world_id: str
    world_version: str
    state: dict[str, Any]
    version: int
    undo: list[dict[str, Any]] = field(default_factory=list)
    brief: bool = False

    @classmethod
    def from_row(cls, session_id: str, m: Mapping[str, Any]) -> Playthrough:
        """From ``world_id, world_version, state, version`` and, when held, ``undo`` (``state``
        and ``undo``: JSON text) and ``brief``."""
        return cls(
            session_id,
            m["world_id"],
            m["world_version"],
            json.loads(m["state"]),
            int(m["version"]),
            json.loads(m.get("undo") or "[]"),
            bool(m.get("brief") or False),
        )


@dataclass(frozen=True, slots=True)
class LoadedSession:
    """What resuming a session needs, read at one point in time: the session, its living
    world (None if it has none) and its character (None if it was deleted)."""

    session: GameSession
    playthrough: Playthrough | None
    character: Character | None


@dataclass(frozen=True, slots=True)
class StateWrite:
    """A playthrough state to save with a turn's events, if ``expect_version`` is current."""

    state: dict[str, Any]
    expect_version: int
    world_version: str
    moved: bool = True
    """Whether the location or what is carried changed (the graph links to them are redone)."""
    undo: tuple[str, ...] = ()
    """The playthrough's undo moments after this save (see :attr:`Playthrough.undo`), each
    already JSON text (:func:`undo_moment`): a moment is encoded once, when it is made, not
    again with every later save."""
    brief: bool = False
    """The playthrough's ``brief`` preference after this save."""


@dataclass(frozen=True, slots=True)
class SaveSlot:
    """A moment of a playthrough saved under a name (``save NAME``) to go back to later
    (``restore NAME``). Names compare case-insensitively (:func:`slot_key`)."""

    session_id: str
    name: str
    state: dict[str, Any]
    """The :class:`~tta_server.world.state.WorldState` saved, as JSON data."""
    world_version: str
    saved_at: float

    @property
    def key(self) -> str:
        return slot_key(self.name)

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> SaveSlot:
        """From ``session_id, name, state`` (JSON text), ``world_version, saved_at``."""
        return cls(
            m["session_id"],
            m["name"],
            json.loads(m["state"]),
            m["world_version"],
            float(m["saved_at"]),
        )


def undo_moment(text: str, state: dict[str, Any]) -> str:
    """One undo moment as it is saved: ``{"text": text, "state": state}`` as JSON text."""
    return json.dumps({"text": text, "state": state}, ensure_ascii=False, separators=(",", ":"))


def undo_json(moments: tuple[str, ...]) -> str:
    """The JSON array a store keeps for :attr:`StateWrite.undo` (moments already encoded)."""
    return "[" + ",".join(moments) + "]"


def slot_key(name: str) -> str:
    """How a save slot's name is compared and looked up: case-folded."""
    return name.casefold()


@dataclass(frozen=True, slots=True)
class Alert:
    """A safety alert: a player's message that the screen rated ``concern`` or ``crisis``.

    ``text`` is the message itself: readable by facilitators and admins only, never logged.
    ``contact_requested`` is set when the player asked to talk to a person.
    """

    id: str
    at: float
    account_id: str
    username: str
    character_id: str
    character_name: str
    session_id: str
    level: str
    category: str | None
    reasons: tuple[str, ...]
    text: str
    contact_requested: bool = False
    acked_by: str | None = None
    """The facilitator who acknowledged it (None: still open)."""
    acked_at: float | None = None
    note: str | None = None
    """The acknowledging (or handing-over) facilitator's note."""
    escalated: bool = False
    """A concern that starts a build-up of risk over several messages: raised to facilitators
    without a hold (a crisis holds the story instead)."""

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> Alert:
        """``reasons`` is a list (SQLite keeps it as JSON text: decode it first)."""
        return cls(
            id=m["id"],
            at=float(m["at"]),
            account_id=m["account_id"],
            username=m["username"],
            character_id=m["character_id"],
            character_name=m["character_name"],
            session_id=m["session_id"],
            level=m["level"],
            category=m.get("category"),
            reasons=tuple(m.get("reasons") or ()),
            text=m["text"],
            contact_requested=bool(m.get("contact_requested", False)),
            acked_by=m.get("acked_by"),
            acked_at=None if m.get("acked_at") is None else float(m["acked_at"]),
            note=m.get("note"),
            escalated=bool(m.get("escalated", False)),
        )


@dataclass(frozen=True, slots=True)
class Action:
    """One facilitator action, for the audit trail: who did what, when, to which session."""

    id: str
    at: float
    actor: str
    action: str
    session_id: str | None
    detail: str

    @classmethod
    def from_row(cls, m: Mapping[str, Any]) -> Action:
        return cls(
            m["id"], float(m["at"]), m["actor"], m["action"], m.get("session_id"), m["detail"]
        )


@dataclass(frozen=True, slots=True)
class SessionView:
    """An active session as a facilitator sees it."""

    session: GameSession
    username: str
    character_name: str
    location: str
    share_transcript: bool


@dataclass(frozen=True, slots=True)
class PauseWrite:
    """A facilitator pauses the story (``reason``) or lets it go on (None)."""

    reason: str | None


@dataclass(frozen=True, slots=True)
class HoldWrite:
    """Pause a session's story for an alert (``alert``), or resume it (``alert`` None), with the
    events of the same append."""

    alert: Alert | None


def session_view(
    session: GameSession,
    username: str,
    character_name: str | None,
    character_json: str | None,
    location: str | None,
) -> SessionView:
    """A facilitator's row for an active session, from what a store's query returned."""
    return SessionView(
        session=session,
        username=username,
        character_name=character_name or "(deleted character)",
        location=location or "",
        share_transcript=shares_transcript(json.loads(character_json) if character_json else {}),
    )


def shares_transcript(character_data: dict[str, Any]) -> bool:
    """Whether the player agreed that facilitators may read this character's transcripts."""
    profile = character_data.get("profile")
    return isinstance(profile, dict) and profile.get("share_transcript") is True
