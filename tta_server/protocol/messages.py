"""Pydantic models of every frame: the single source of the wire protocol (docs/protocol.md).

Client -> server: one JSON object per text frame, with ``type`` and ``id`` (1-64 chars, chosen by
the client). Server -> client: ``hello`` first; a reply to a request has ``type`` ``"<request>.ok"``
and ``re`` = the request's id; failures are ``error`` frames; session events carry ``session_id``
and ``seq`` (per session, only grows) and are replayable with ``session.resume``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

Id = Annotated[StrictStr, Field(min_length=1, max_length=64)]
RecordId = Annotated[StrictStr, Field(min_length=1, max_length=64)]
Seq = Annotated[StrictInt, Field(ge=0, le=2**53 - 1)]
"""A session event number (JSON-safe: at most 2**53 - 1)."""
PAGE_MAX = 200
"""The most a paged request (``session.history``, ``alerts.list``, ``facilitator.*``) may ask
for at once (``limit``)."""


class Request(BaseModel):
    """Every client message. Its validator is built when a message is first read, not at
    import (``defer_build``): the client starts faster, and the server builds each on first use."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    type: str
    id: Id


# -- connection and accounts ---------------------------------------------------------------------
class Ping(Request):
    type: Literal["ping"]


class Register(Request):
    type: Literal["register"]
    username: Annotated[StrictStr, Field(max_length=256)]
    password: Annotated[StrictStr, Field(max_length=1024)]


class Login(Request):
    type: Literal["login"]
    username: Annotated[StrictStr, Field(max_length=256)]
    password: Annotated[StrictStr, Field(max_length=1024)]
    device: Annotated[StrictStr, Field(min_length=1, max_length=256)] | None = None
    """The device token from an earlier ``login.ok`` or ``register.ok`` for this account."""


class Auth(Request):
    type: Literal["auth"]
    token: Annotated[StrictStr, Field(min_length=1, max_length=256)]


class Logout(Request):
    type: Literal["logout"]


# -- characters ---------------------------------------------------------------------------------
class CharacterSchema(Request):
    type: Literal["character.schema"]


class CharacterCreate(Request):
    type: Literal["character.create"]
    character: dict[str, Any]


class CharacterList(Request):
    type: Literal["character.list"]


class CharacterGet(Request):
    type: Literal["character.get"]
    character_id: RecordId


class CharacterUpdate(Request):
    type: Literal["character.update"]
    character_id: RecordId
    character: dict[str, Any]


class CharacterDelete(Request):
    type: Literal["character.delete"]
    character_id: RecordId


# -- worlds and sessions -----------------------------------------------------------------------
class WorldList(Request):
    type: Literal["world.list"]


class SessionStart(Request):
    type: Literal["session.start"]
    character_id: RecordId
    world_id: RecordId


class SessionResume(Request):
    type: Literal["session.resume"]
    session_id: RecordId
    last_seq: Seq = 0


class SessionList(Request):
    type: Literal["session.list"]


class SessionEnd(Request):
    type: Literal["session.end"]
    session_id: RecordId


class SessionHistory(Request):
    """The transcript of a session, newest page first: entries with ``seq < before_seq``."""

    type: Literal["session.history"]
    session_id: RecordId
    before_seq: Annotated[Seq, Field(ge=1)] | None = None
    limit: Annotated[StrictInt, Field(ge=1, le=PAGE_MAX)] = 50


class SafetyAck(Request):
    """The player's answer to a crisis check on this connection's session."""

    type: Literal["safety.ack"]
    choice: Literal["continue", "talk", "end"]


class AlertsSubscribe(Request):
    """Facilitators and admins: receive ``safety.alert`` frames live on this connection."""

    type: Literal["alerts.subscribe"]


class AlertsList(Request):
    """Facilitators and admins: safety alerts, newest first, older than ``before`` (a time)."""

    type: Literal["alerts.list"]
    before: Annotated[float, Field(gt=0, allow_inf_nan=False)] | None = None
    limit: Annotated[StrictInt, Field(ge=1, le=PAGE_MAX)] = 50


Note = Annotated[StrictStr, Field(min_length=1, max_length=2000)]


class FacilitatorSessions(Request):
    """Facilitators and admins: the active sessions, a page at a time (``after`` is the
    ``next`` of the previous page)."""

    type: Literal["facilitator.sessions"]
    limit: Annotated[StrictInt, Field(ge=1, le=PAGE_MAX)] = 100
    after: Annotated[StrictStr, Field(min_length=3, max_length=120)] | None = None


class FacilitatorTranscript(Request):
    """Facilitators and admins: a session's transcript if the player shares it, else only its
    safety events; paged backwards like ``session.history``."""

    type: Literal["facilitator.transcript"]
    session_id: RecordId
    before_seq: Annotated[Seq, Field(ge=1)] | None = None
    limit: Annotated[StrictInt, Field(ge=1, le=PAGE_MAX)] = 50


class FacilitatorMessage(Request):
    """Facilitators and admins: a private message into a player's story. ``message_id``
    (optional, chosen by the client) makes a retry safe: the same id sends nothing twice."""

    type: Literal["facilitator.message"]
    session_id: RecordId
    text: Note
    message_id: Id | None = None


class FacilitatorPause(Request):
    """Facilitators and admins: pause a player's story, telling them why."""

    type: Literal["facilitator.pause"]
    session_id: RecordId
    reason: Note


class FacilitatorResume(Request):
    """Facilitators and admins: let a paused story go on."""

    type: Literal["facilitator.resume"]
    session_id: RecordId


class AlertsAck(Request):
    """Facilitators and admins: acknowledge an alert, with a note of what was done."""

    type: Literal["alerts.ack"]
    alert_id: RecordId
    note: Note


class AlertsHandover(Request):
    """Facilitators and admins: hand an alert to another facilitator, with a note."""

    type: Literal["alerts.handover"]
    alert_id: RecordId
    to: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    note: Note


# -- operators (admin accounts only) -------------------------------------------------------------
AdminText = Annotated[StrictStr, Field(min_length=1, max_length=500)]


class AdminBroadcast(Request):
    """Admins: a ``notice`` frame to every logged-in connection, on every server process."""

    type: Literal["admin.broadcast"]
    text: AdminText


class AdminKick(Request):
    """Admins: close the connection driving a session (code 4002), telling the player why."""

    type: Literal["admin.kick"]
    session_id: RecordId
    reason: AdminText


class Turn(Request):
    type: Literal["turn"]
    turn_id: Id
    text: StrictStr


CLIENT_MESSAGES: dict[str, type[Request]] = {
    m.model_fields["type"].annotation.__args__[0]: m  # type: ignore[union-attr]
    for m in (
        Ping, Register, Login, Auth, Logout,
        CharacterSchema, CharacterCreate, CharacterList, CharacterGet, CharacterUpdate,
        CharacterDelete, WorldList, SessionStart, SessionResume, SessionList, SessionEnd,
        SessionHistory, Turn, SafetyAck, AlertsSubscribe, AlertsList, AlertsAck, AlertsHandover,
        FacilitatorSessions, FacilitatorTranscript, FacilitatorMessage, FacilitatorPause,
        FacilitatorResume, AdminBroadcast, AdminKick,
    )
}  # fmt: skip
"""Every client message type, by its ``type`` string."""

ANONYMOUS_TYPES = frozenset({"ping", "register", "login", "auth"})
"""Types accepted before the connection is authenticated."""


# -- server -> client ---------------------------------------------------------------------------
class Out(BaseModel):
    """Every server -> client model. Unknown fields are ignored, so a client parsing with these
    models keeps working when a newer server adds fields (the server's wire tests check that
    every reply it sends has exactly the fields its model describes). Validators are built on
    first use (``defer_build``), which keeps them out of the client's start-up."""

    model_config = ConfigDict(
        extra="ignore", json_schema_serialization_defaults_required=True, defer_build=True
    )

    def wire(self) -> dict[str, Any]:
        """What the server sends: the dump with the protocol's names (``from``), where a member
        the protocol sends only sometimes (one that a ``json_schema_extra`` ``required`` list
        leaves out, as docs/protocol.md marks it) is left out while it holds its default."""
        extra = self.model_config.get("json_schema_extra")
        required = extra.get("required") if isinstance(extra, dict) else None
        sometimes: set[str] = set()
        if isinstance(required, list):
            for name, field in type(self).model_fields.items():
                if (field.serialization_alias or field.alias or name) not in required and getattr(
                    self, name
                ) == field.get_default(call_default_factory=True):
                    sometimes.add(name)
        return self.model_dump(by_alias=True, exclude=sometimes)


class Limits(Out):
    max_frame_bytes: int
    rate_limit_messages: int
    rate_limit_window_s: float
    turn_text_max_chars: int


class Hello(Out):
    type: Literal["hello"] = "hello"
    protocol: int
    server: str = "tta"
    server_version: str
    limits: Limits
    server_time: float | None = None
    """The server's clock as it says hello (seconds since the epoch, the clock of every time it
    sends: ``created_at``, ``updated_at``, ``at``). A client reads the times it is sent against
    it, not against its own clock, which may be wrong or in another machine's hands. (Added
    within protocol version 1: a hello from an older server has no such field, read as None.)"""


class FieldErrorOut(Out):
    field: str
    message: str


class ErrorOut(Out):
    """An ``error`` frame. ``re`` is always sent, ``null`` when the frame had no usable ``id``
    (a client in any language finds the member it is required to have); ``more_fields`` and
    ``retry_after`` are sent only when they say something (:meth:`Out.wire` leaves them out
    while None)."""

    model_config = ConfigDict(
        json_schema_extra={"required": ["type", "re", "code", "message", "fields"]}
    )
    type: Literal["error"] = "error"
    re: str | None
    """The request's id; None (``null`` on the wire) when the frame had none that could be read."""
    code: str
    message: str
    fields: list[FieldErrorOut] = Field(default_factory=list)
    more_fields: int | None = None
    """How many more fields had problems than ``fields`` lists (absent when none)."""
    retry_after: float | None = None


class AccountOut(Out):
    id: str
    username: str
    role: str


class CharacterOut(Out):
    id: str
    name: str
    created_at: float
    updated_at: float
    character: dict[str, Any]


class WorldOut(Out):
    id: str
    title: str
    summary: str
    themes: list[str]
    content_notes: list[str]
    goals: list[str]


class SessionOut(Out):
    id: str
    character_id: str
    world_id: str
    status: str
    created_at: float
    updated_at: float
    last_seq: int


class EventOut(Out):
    """A session event. ``seq`` grows by one per event of the session."""

    type: str
    session_id: str
    seq: int
    at: float
    data: dict[str, Any]


class TakenOver(Out):
    type: Literal["session.taken_over"] = "session.taken_over"
    session_id: str
    message: str


class Notice(Out):
    """An admin's broadcast (``admin.broadcast``); not a session event."""

    model_config = ConfigDict(populate_by_name=True)

    type: Literal["notice"] = "notice"
    from_: str = Field(alias="from")
    text: str


class Kicked(Out):
    """An admin closed this connection's session (``admin.kick``); the close (4002) follows."""

    type: Literal["session.kicked"] = "session.kicked"
    session_id: str
    reason: str


class AlertOut(Out):
    """A safety alert as facilitators receive it (``alerts.*`` replies, ``safety.alert``)."""

    id: str
    at: float
    username: str
    character_name: str
    session_id: str
    level: str
    """``concern`` or ``crisis``."""
    category: str | None
    reasons: list[str]
    text: str
    """The player's message: shown to facilitators and admins only."""
    contact_requested: bool
    escalated: bool
    """The concern that starts a build-up of risk over several messages."""
    acked_by: str | None
    acked_at: float | None
    note: str | None


class SafetyAlert(Out):
    """A live alert to facilitators subscribed with ``alerts.subscribe`` (not a session event).
    ``to``, ``by`` and ``note`` come with ``handed_over`` only (absent otherwise)."""

    model_config = ConfigDict(json_schema_extra={"required": ["type", "kind", "alert"]})

    type: Literal["safety.alert"] = "safety.alert"
    kind: str
    """``alert``, ``contact_requested``, ``acknowledged`` or ``handed_over`` (text, not a fixed
    choice: a console must still show the alert of a kind a newer server adds)."""
    alert: AlertOut
    to: str | None = None
    by: str | None = None
    note: str | None = None


# -- event data -----------------------------------------------------------------------------------
class ExitSummary(Out):
    direction: str
    """A ``Direction``'s word (``protocol.directions``): ``north``, ``up``, ``in``, ..."""
    to: str
    """The name of the place it leads to."""
    open: bool


class ArcSummary(Out):
    done: int
    total: int
    current: str | None
    """The title of the step the player is on; None once all are done."""
    ended: bool


class PlaceSeen(Out):
    """A place the player stood in during a turn and moved on from (``StateSummary.passed``),
    with its ways out as they were when the player left it."""

    location_id: str
    location: str
    exits: list[ExitSummary]


class StateSummary(Out):
    """What the client shows beside the story (``narrative.end``): names, never ids alone."""

    world_title: str
    location_id: str
    location: str
    exits: list[ExitSummary]
    inventory: list[str]
    characters: list[str]
    arc: ArcSummary
    skills: dict[str, int]
    """Coping skills practised so far: label -> times."""
    turn: int
    passed: list[PlaceSeen] = Field(default_factory=list)
    """The places this turn went through before ``location``, in order ("w then in then up":
    the two before the last), each as the player left it (a gate unlocked there is open);
    empty when the turn moved at most once. Absent from events stored before it existed."""


class NarrativeChunk(Out):
    """``narrative.chunk`` data: one paragraph of the story, in order."""

    turn_id: str | None = None
    """The turn it answers; None for a session's opening."""
    index: int = 0
    text: str = ""


class NarrativeEnd(Out):
    """``narrative.end`` data: the narration of this turn is complete."""

    turn_id: str | None
    chunks: int
    ok: bool
    """False when the world refused the (last) action or nothing could be understood."""
    summary: StateSummary


class TurnInput(Out):
    """``turn.input`` data: what the player wrote, as the transcript keeps it."""

    turn_id: str = ""
    text: str = ""


class HistoryEntry(Out):
    seq: int
    at: float
    kind: Literal["input", "narration", "notice"]
    turn_id: str | None = None
    text: str
