"""Error codes of the wire protocol and the exception that carries them.

Every code is stable: clients branch on ``code``, people read ``message``. docs/protocol.md lists
them all (a test keeps the two in step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErrorCode(StrEnum):
    BAD_JSON = "bad_json"
    """The frame is not valid JSON text."""
    BAD_MESSAGE = "bad_message"
    """The JSON is not an object, or lacks a usable ``type`` or ``id``."""
    BINARY_NOT_SUPPORTED = "binary_not_supported"
    """A binary frame arrived; the protocol uses text frames only."""
    UNKNOWN_TYPE = "unknown_type"
    """``type`` names no message this server knows."""
    INVALID_FIELDS = "invalid_fields"
    """One or more fields are missing, of the wrong kind or out of range; see ``fields``."""
    RATE_LIMITED = "rate_limited"
    """Too many messages; wait ``retry_after`` seconds."""
    NOT_AUTHENTICATED = "not_authenticated"
    """The message needs a logged-in connection: send ``login`` or ``auth`` first."""
    ALREADY_AUTHENTICATED = "already_authenticated"
    """``register``/``login``/``auth`` on a connection that is already logged in."""
    AUTH_FAILED = "auth_failed"
    """The token is unknown, expired or revoked: log in again."""
    LOGIN_FAILED = "login_failed"
    """Wrong user name or password (never says which)."""
    LOGIN_THROTTLED = "login_throttled"
    """Too many failed logins for this user name or address; wait ``retry_after`` seconds."""
    REGISTER_THROTTLED = "register_throttled"
    """Too many accounts registered from this address; wait ``retry_after`` seconds."""
    SESSION_THROTTLED = "session_throttled"
    """Too many new sessions for this account this hour; resume one, or wait ``retry_after``."""
    ACCOUNT_DISABLED = "account_disabled"
    """The account was disabled by an administrator."""
    USERNAME_TAKEN = "username_taken"
    """Another account has that user name (compared ignoring case)."""
    NAME_TAKEN = "name_taken"
    """Another of your characters has that name (compared ignoring case)."""
    CHARACTER_LIMIT = "character_limit"
    """You have the maximum number of characters; delete one first."""
    NOT_FOUND = "not_found"
    """No such character, world or session among yours."""
    FORBIDDEN = "forbidden"
    """Your role may not do this."""
    NO_SESSION = "no_session"
    """``turn`` needs a started or resumed session on this connection."""
    TURN_ID_REUSED = "turn_id_reused"
    """The session recorded a different message under this ``turn_id``; send a new one."""
    SESSION_ENDED = "session_ended"
    """The session has ended; start a new one."""
    SAFETY_HOLD = "safety_hold"
    """The story is paused after a crisis message until the player answers ``safety.ack``."""
    SESSION_PAUSED = "session_paused"
    """A facilitator paused the story; it goes on when they resume it."""
    NOTHING_TO_ACKNOWLEDGE = "nothing_to_acknowledge"
    """``safety.ack`` when this session is not paused for a safety check."""
    BUSY = "busy"
    """The server is busy hashing other players' passwords; try again after ``retry_after``
    seconds."""
    SHUTTING_DOWN = "shutting_down"
    """The server is restarting; reconnect in a few seconds."""
    UNAVAILABLE = "unavailable"
    """A database did not answer in time; it may not have been done. Retry after
    ``retry_after`` seconds."""
    INTERNAL_ERROR = "internal_error"
    """Something failed on the server; nothing was changed. Try again."""


UNAVAILABLE_RETRY_S = 5
"""``retry_after`` of an ``unavailable`` error, in seconds."""


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


@dataclass(slots=True)
class ProtocolError(Exception):
    """Raised by handlers; the connection turns it into an ``error`` frame and stays open."""

    code: ErrorCode
    message: str
    fields: list[FieldError] = field(default_factory=list)
    retry_after: float | None = None

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
