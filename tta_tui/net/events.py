"""Session events read into the protocol's models at the edge, so that screens get typed
objects, never dicts: :func:`parse_event` turns a frame into a :class:`StoryEvent` whose
``data`` is the model of its type (``tta_server.protocol.events.EVENT_DATA``, the one table of
event types both sides read), or the client's own subclass of that model where it has one
(:data:`CLIENT_DATA`, keyed by the protocol's model: ``narrative.end`` reads its summary
member by member, :class:`StoryEnd`).

Reading never fails. Fields a newer server adds are ignored; a member that does not read as
the protocol describes it is dropped and takes its model's default (:func:`read_lenient`), so
a broken field cannot hide the rest of an event (a crisis panel still opens). ``data`` is None
only for an event type the protocol does not know (a newer server's), or one whose required
members are missing (every member of a session event has a default, so: none today).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, field_validator

from tta_server.protocol.events import EVENT_DATA
from tta_server.protocol.lenient import read_lenient
from tta_server.protocol.messages import NarrativeEnd, Out
from tta_tui.net.summary import Summary, parse_summary

__all__ = ["CLIENT_DATA", "StoryEnd", "StoryEvent", "parse_event", "read_lenient"]

log = logging.getLogger(__name__)


class StoryEnd(NarrativeEnd):
    """``narrative.end`` data with the client's :class:`Summary` (a default for every member)."""

    turn_id: str | None = None
    chunks: int = 0
    ok: bool = True
    summary: Summary = Summary()

    @field_validator("summary", mode="before")
    @classmethod
    def _member_by_member(cls, value: object) -> Summary:
        """A summary member that does not read takes its default; the rest still reads."""
        return value if isinstance(value, Summary) else parse_summary(value)


CLIENT_DATA: dict[type[Out], type[Out]] = {NarrativeEnd: StoryEnd}
"""The client's own model for an event's data, by the protocol's model it refines."""


@dataclass(frozen=True)
class StoryEvent:
    """One session event: its ``type``, where it belongs, and its data as a model."""

    type: str
    session_id: str | None
    seq: int | None
    data: BaseModel | None
    """The model of ``EVENT_DATA[type]`` (:class:`StoryEnd` for ``narrative.end``); None for an
    unknown type."""


def parse_event(doc: dict[str, Any]) -> StoryEvent:
    """A session event frame as a :class:`StoryEvent` (never raises)."""
    kind = doc.get("type")
    kind = kind if isinstance(kind, str) else ""
    session_id, seq, raw = doc.get("session_id"), doc.get("seq"), doc.get("data")
    model = EVENT_DATA.get(kind)
    if model is not None:
        model = CLIENT_DATA.get(model, model)
    data = None if model is None else read_lenient(model, raw)
    if data is None and model is not None:
        log.warning("a %s event whose data could not be read: %r", kind, raw)
    return StoryEvent(
        type=kind,
        session_id=session_id if isinstance(session_id, str) else None,
        seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        data=data,
    )
