"""Session events read into the protocol's models at the edge, so that screens get typed
objects, never dicts: :func:`parse_event` turns a frame into a :class:`StoryEvent` whose
``data`` is the model of its type (``tta_server.protocol.events.EVENT_DATA``).

Reading never fails. Fields a newer server adds are ignored; a member that does not read as
the protocol describes it is dropped and takes its model's default (:func:`read_lenient`), so
a broken field cannot hide the rest of an event (a crisis panel still opens). ``data`` is None
only for an event type the protocol does not know (a newer server's), or one whose required
members are missing (every member of a session event has a default, so: none today).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from tta_server.protocol.events import EVENT_DATA
from tta_server.protocol.messages import NarrativeEnd
from tta_tui.widgets.summary import Summary, parse_summary

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


class StoryEnd(NarrativeEnd):
    """``narrative.end`` data with the client's :class:`Summary` (a default for every member)."""

    turn_id: str | None = None
    chunks: int = 0
    ok: bool = True
    summary: Summary = Summary()


@dataclass(frozen=True)
class StoryEvent:
    """One session event: its ``type``, where it belongs, and its data as a model."""

    type: str
    session_id: str | None
    seq: int | None
    data: BaseModel | None
    """The model of ``EVENT_DATA[type]`` (:class:`StoryEnd` for ``narrative.end``); None for an
    unknown type."""


def read_lenient(model: type[M], doc: object) -> M | None:
    """``doc`` read as ``model``, each top-level member that does not read dropped (it takes its
    default); None when ``doc`` is not an object or a member without a default is missing."""
    if not isinstance(doc, dict):
        doc = {}
    fields: dict[str, Any] = dict(doc)
    for _ in range(len(model.model_fields) + 1):
        try:
            return model.model_validate(fields)
        except ValidationError as exc:
            bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"] and e["loc"][0] in fields}
            if not bad:
                return None
            for name in bad:
                fields.pop(name)
    return None


def parse_event(doc: dict[str, Any]) -> StoryEvent:
    """A session event frame as a :class:`StoryEvent` (never raises)."""
    kind = doc.get("type")
    kind = kind if isinstance(kind, str) else ""
    session_id, seq, raw = doc.get("session_id"), doc.get("seq"), doc.get("data")
    if kind == "narrative.end" and isinstance(raw, dict):
        raw = {**raw, "summary": parse_summary(raw.get("summary"))}
    model = StoryEnd if kind == "narrative.end" else EVENT_DATA.get(kind)
    data = None if model is None else read_lenient(model, raw)
    if data is None and model is not None:
        log.warning("a %s event whose data could not be read: %r", kind, raw)
    return StoryEvent(
        type=kind,
        session_id=session_id if isinstance(session_id, str) else None,
        seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        data=data,
    )
