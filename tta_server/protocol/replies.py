"""The payload of every request's ``<type>.ok`` reply: one pydantic model per request type
(:data:`REPLIES`), the single source of what a successful reply holds (docs/protocol.md's reply
tables; ``tests/test_docs.py`` keeps the two in step).

On the wire a reply is ``{"type": "<request>.ok", "re": <request id>, **payload}``
(:func:`reply_frame`). The server's handlers build their replies from these models, so the
server cannot send a reply other than the one described here; a field that is None is sent as
``null``, never left out. Clients parse replies with them too: like every server -> client model
they ignore fields they do not know (a newer server may add some), so
``REPLIES[request_type].model_validate(frame)`` reads a whole reply frame, ``type`` and ``re``
included (:func:`parse_reply`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from tta_server.protocol.character import CharacterLimits
from tta_server.protocol.messages import (
    CLIENT_MESSAGES,
    AccountOut,
    AlertOut,
    CharacterOut,
    HistoryEntry,
    Out,
    SessionOut,
    WorldOut,
)


class Reply(Out):
    """The payload of a ``<type>.ok`` reply (``type`` and ``re`` are added around it)."""


class GoalOut(Out):
    """One therapeutic goal a character may choose (``character.schema.ok``)."""

    id: str
    label: str
    hint: str


class FacilitatorSessionOut(SessionOut):
    """An active session as the facilitator console lists it: the session and, in names a
    person reads, who plays it and where."""

    username: str
    character_name: str
    location: str
    """The place's id."""
    world_title: str
    location_name: str
    safety: Literal["ok", "crisis", "paused"]
    paused: str | None
    """Who paused the story and why (None: not paused)."""
    shares_transcript: bool


class TranscriptEntry(HistoryEntry):
    """A ``facilitator.transcript`` entry: a history entry with its event ``type``."""

    type: str


# -- connection and accounts ---------------------------------------------------------------------
class PingOk(Reply):
    pass


class RegisterOk(Reply):
    account: AccountOut
    device: str
    """The device token to send with this account's next ``login``."""


class LoginOk(Reply):
    token: str
    device: str
    expires_in: int
    """Seconds the token stays valid without use."""
    account: AccountOut


class AuthOk(Reply):
    account: AccountOut
    expires_in: int


class LogoutOk(Reply):
    pass


# -- characters ---------------------------------------------------------------------------------
class CharacterSchemaOk(Reply):
    """What a client needs to build a character form."""

    goals: list[GoalOut]
    intensities: list[str]
    pronoun_presets: list[str]
    limits: CharacterLimits


class CharacterOk(Reply):
    """``character.create|get|update.ok``: the character as stored."""

    character: CharacterOut


class CharacterListOk(Reply):
    characters: list[CharacterOut]


class CharacterDeleteOk(Reply):
    character_id: str


# -- worlds and sessions -----------------------------------------------------------------------
class WorldListOk(Reply):
    worlds: list[WorldOut]


class SessionStartOk(Reply):
    session: SessionOut


class SessionResumeOk(Reply):
    session: SessionOut
    replay: int
    """How many events follow this reply before the live ones."""


class StoryOut(SessionOut):
    """A story as ``session.list`` lists it: the session, and whether it reached its ending."""

    finished: bool = False
    """True once the story has reached its ending. Its world stays playable while the session
    is ``active``; a client offers to read it rather than to carry on. (Added within protocol
    version 1: a reply from an older server has no such field, read as False.)"""


class SessionListOk(Reply):
    sessions: list[StoryOut]


class SessionIdOk(Reply):
    """``session.end|facilitator.pause|facilitator.resume|admin.kick.ok``: the session acted
    on."""

    session_id: str


class SessionHistoryOk(Reply):
    session_id: str
    entries: list[HistoryEntry]
    next_before_seq: int | None
    """The ``before_seq`` of the page before this one (None: this is the first)."""


class TurnOk(Reply):
    turn_id: str
    first_seq: int
    last_seq: int
    replayed: bool
    """True when the session had recorded this turn already: nothing was applied again."""
    safety: Literal["none", "concern", "crisis"]
    """The safety screen's verdict on the message."""


# -- safety and facilitators ---------------------------------------------------------------------
class SafetyAckOk(Reply):
    choice: Literal["continue", "talk", "end"]


class AlertsSubscribeOk(Reply):
    alerts: list[AlertOut]
    """The newest alerts, newest first."""


class AlertsListOk(Reply):
    alerts: list[AlertOut]
    next_before: float | None
    """The ``before`` of the next page (None: this is the last)."""


class AlertsAckOk(Reply):
    alert: AlertOut


class AlertsHandoverOk(Reply):
    alert_id: str
    to: str


class FacilitatorSessionsOk(Reply):
    next: str | None
    """The ``after`` of the next page (None: this is the last)."""
    sessions: list[FacilitatorSessionOut]


class FacilitatorTranscriptOk(Reply):
    session_id: str
    shared: bool
    """Whether the player shares the transcript (else only safety events are listed)."""
    message: str | None
    """Why only safety events are listed (None when the transcript is shared)."""
    entries: list[TranscriptEntry]
    next_before_seq: int | None


class FacilitatorMessageOk(Reply):
    session_id: str
    replayed: bool
    """True when a message with this ``message_id`` was sent before: nothing was sent again."""


class AdminBroadcastOk(Reply):
    delivered: int
    """Connections reached by the process that answered."""


REPLIES: dict[str, type[Reply]] = {
    "ping": PingOk,
    "register": RegisterOk,
    "login": LoginOk,
    "auth": AuthOk,
    "logout": LogoutOk,
    "character.schema": CharacterSchemaOk,
    "character.create": CharacterOk,
    "character.list": CharacterListOk,
    "character.get": CharacterOk,
    "character.update": CharacterOk,
    "character.delete": CharacterDeleteOk,
    "world.list": WorldListOk,
    "session.start": SessionStartOk,
    "session.resume": SessionResumeOk,
    "session.list": SessionListOk,
    "session.end": SessionIdOk,
    "session.history": SessionHistoryOk,
    "turn": TurnOk,
    "safety.ack": SafetyAckOk,
    "alerts.subscribe": AlertsSubscribeOk,
    "alerts.list": AlertsListOk,
    "alerts.ack": AlertsAckOk,
    "alerts.handover": AlertsHandoverOk,
    "facilitator.sessions": FacilitatorSessionsOk,
    "facilitator.transcript": FacilitatorTranscriptOk,
    "facilitator.message": FacilitatorMessageOk,
    "facilitator.pause": SessionIdOk,
    "facilitator.resume": SessionIdOk,
    "admin.broadcast": AdminBroadcastOk,
    "admin.kick": SessionIdOk,
}
"""The model of each request type's ``<type>.ok`` payload, by request type (as
:data:`~tta_server.protocol.messages.CLIENT_MESSAGES`)."""

assert set(REPLIES) == set(CLIENT_MESSAGES), "every request type needs a reply model"


def reply_frame(request_type: str, request_id: str, payload: BaseModel) -> dict[str, Any]:
    """The reply frame as JSON-ready data: ``type``, ``re``, then the payload's fields."""
    return {
        "type": f"{request_type}.ok",
        "re": request_id,
        **payload.model_dump(mode="json", by_alias=True),
    }


def parse_reply(request_type: str, frame: dict[str, Any]) -> Reply:
    """A ``<request_type>.ok`` frame read into its model (unknown fields ignored); raises
    :class:`pydantic.ValidationError` when a field it needs is missing or of the wrong kind."""
    return REPLIES[request_type].model_validate(frame)
