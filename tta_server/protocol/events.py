"""The ``data`` of the session events that :mod:`~tta_server.protocol.messages` does not model
(``turn.input``, ``narrative.chunk`` and ``narrative.end`` are there): the opening, the end,
the safety events and a facilitator's messages and pauses (docs/protocol.md, "Session events").

Every field has a default, so that a client reading an event from an older server, or a frame
with a member it cannot read, still gets an object to show (the client drops what does not
read and keeps the rest; ``tta_tui.net.events``). The server always sends every field the
table in docs/protocol.md names: in the JSON Schema (serialisation mode) they are required,
except those the table marks as sent only sometimes.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import ConfigDict, Field

from tta_server.protocol.lenient import read_lenient
from tta_server.protocol.messages import NarrativeChunk, NarrativeEnd, Out, TurnInput


class HelplineOut(Out):
    """One crisis line of a country."""

    name: str = ""
    contact: str = ""
    how: str = ""
    """``call``, ``text``, ``call or text`` or ``web``."""
    hours: str = ""
    note: str | None = None


class CrisisResourcesOut(Out):
    """The crisis lines of the character's country (``tta_server/data/crisis_resources.toml``)."""

    code: str = ""
    """ISO 3166-1 two-letter code, or the fallback's."""
    name: str = ""
    emergency: str = ""
    lines: list[HelplineOut] = Field(default_factory=list)


class ChoiceOut(Out):
    """One answer a player may give to a crisis (``safety.ack``'s ``choice``)."""

    id: str
    label: str = ""


class SessionStarted(Out):
    """``session.started`` data: the story's opening."""

    world_id: str = ""
    world_title: str = ""
    character_name: str = ""
    notice: str = ""
    """This story is written by software; what to do in an emergency."""
    emergency: str = ""
    """The emergency number for the character's country."""


class SessionEnded(Out):
    """``session.ended`` data: the story is closed."""

    message: str = ""


class SafetyCrisis(Out):
    """``safety.crisis`` data: the crisis panel; turns answer ``safety_hold`` until
    ``safety.ack``."""

    turn_id: str | None = None
    alert_id: str = ""
    category: str | None = None
    message: str = ""
    emergency: str = ""
    lines: list[str] = Field(default_factory=list)
    """Plain sentences, the emergency line first."""
    resources: CrisisResourcesOut = Field(default_factory=CrisisResourcesOut)
    follow_up: str = ""
    choices: list[ChoiceOut] = Field(default_factory=list)


class SafetyCheckin(Out):
    """``safety.checkin`` data: a quieter check-in after a message that sounded heavy."""

    turn_id: str | None = None
    message: str = ""
    guide: str = ""
    """The guide's check-in, in the story's voice."""
    grounding: str = ""
    emergency: str = ""
    lines: list[str] = Field(default_factory=list)
    resources: CrisisResourcesOut = Field(default_factory=CrisisResourcesOut)


class SafetyResolved(Out):
    """``safety.resolved`` data: the player's answer to a crisis; ``lines`` and ``resources``
    come after ``talk`` and ``end`` only."""

    model_config = ConfigDict(json_schema_extra={"required": ["choice", "label", "message"]})

    choice: str = ""
    label: str = ""
    message: str = ""
    lines: list[str] = Field(default_factory=list)
    resources: CrisisResourcesOut | None = None


class SafetyBreak(Out):
    """``safety.break`` data: a reminder to rest after a stretch of continuous play."""

    minutes: int = 0
    message: str = ""


class FacilitatorNote(Out):
    """``facilitator.message`` data: a private message from a person, not the story."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(default="", alias="from")
    """The facilitator's user name."""
    text: str = ""


class SessionPaused(Out):
    """``session.paused`` data: a facilitator paused the story (turns answer
    ``session_paused``)."""

    by: str = ""
    reason: str = ""
    message: str = ""


class SessionResumed(Out):
    """``session.resumed`` data: the story can go on."""

    by: str = ""
    message: str = ""


class EventType(StrEnum):
    """Every session event type the server sends (a newer server may add more)."""

    SESSION_STARTED = "session.started"
    TURN_INPUT = "turn.input"
    NARRATIVE_CHUNK = "narrative.chunk"
    NARRATIVE_END = "narrative.end"
    SESSION_ENDED = "session.ended"
    SAFETY_CRISIS = "safety.crisis"
    SAFETY_CHECKIN = "safety.checkin"
    SAFETY_RESOLVED = "safety.resolved"
    SAFETY_BREAK = "safety.break"
    FACILITATOR_MESSAGE = "facilitator.message"
    SESSION_PAUSED = "session.paused"
    SESSION_RESUMED = "session.resumed"


EVENT_DATA: dict[str, type[Out]] = {
    EventType.SESSION_STARTED: SessionStarted,
    EventType.TURN_INPUT: TurnInput,
    EventType.NARRATIVE_CHUNK: NarrativeChunk,
    EventType.NARRATIVE_END: NarrativeEnd,
    EventType.SESSION_ENDED: SessionEnded,
    EventType.SAFETY_CRISIS: SafetyCrisis,
    EventType.SAFETY_CHECKIN: SafetyCheckin,
    EventType.SAFETY_RESOLVED: SafetyResolved,
    EventType.SAFETY_BREAK: SafetyBreak,
    EventType.FACILITATOR_MESSAGE: FacilitatorNote,
    EventType.SESSION_PAUSED: SessionPaused,
    EventType.SESSION_RESUMED: SessionResumed,
}
"""The model of each session event's ``data``, by event type: every event the server sends."""

EVENT_TYPE_OF: dict[type[Out], EventType] = {model: EventType(t) for t, model in EVENT_DATA.items()}
"""The event type of each data model: the server builds every event from its model
(``NewEvent.of`` in :mod:`tta_server.store.records`), so the two cannot disagree."""


def read_event_data(type_: str, data: object) -> Out | None:
    """A session event's ``data`` read leniently (:func:`read_lenient`) into the model of its
    type: None for a type the protocol does not know (a newer server's) or data that lacks a
    member without a default (only ``narrative.end`` has such members)."""
    model = EVENT_DATA.get(type_)
    return None if model is None else read_lenient(model, data)


SAYS_TEXT = (TurnInput, NarrativeChunk, FacilitatorNote)
"""Session events whose words are their ``text``."""
SAYS_MESSAGE = (
    SessionEnded,
    SafetyCrisis,
    SafetyCheckin,
    SafetyResolved,
    SafetyBreak,
    SessionPaused,
    SessionResumed,
)
"""Session events whose words are their ``message``."""


def event_words(data: Out | None) -> str:
    """What a person reads of an event, as written: what the player wrote, the narration, a
    facilitator's message, or the event's message (a pause without one: its reason); "" for
    the rest (the opening, the end of a narration) and for an event that did not read."""
    words = ""
    if isinstance(data, SAYS_TEXT):
        words = data.text
    elif isinstance(data, SAYS_MESSAGE):
        words = data.message
    if not words and isinstance(data, SessionPaused):
        words = data.reason
    return words
