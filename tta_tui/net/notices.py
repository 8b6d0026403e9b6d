"""What the link hands the app through ``on_notice``, always as a model, never a dict: the
frames that are neither replies nor session events (:data:`SERVER_NOTICES`: an admin's
``notice``, ``session.kicked``, ``session.taken_over``, ``safety.alert``), read at the edge by
:func:`parse_notice`, and the two the link makes itself (:class:`TurnError`,
:class:`SessionLost`; they never travel on the wire).

Reading never fails: a member that does not read takes its default
(:func:`~tta_server.protocol.lenient.read_lenient`); a frame of a type the client does not know, or
one missing a member without a default, is logged and dropped (None).
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tta_server.protocol.lenient import read_lenient
from tta_server.protocol.messages import Kicked, Notice, SafetyAlert, TakenOver

log = logging.getLogger(__name__)


class TurnError(BaseModel):
    """A turn the server refused for good: it left the queue (``turn_id``), with the server's
    error ``code``, its sentence and the invalid fields (path -> message)."""

    model_config = ConfigDict(frozen=True)

    type: Literal["turn.error"] = "turn.error"
    turn_id: str
    code: str
    message: str
    fields: dict[str, str] = Field(default_factory=dict)


class SessionLost(BaseModel):
    """The open story could not be resumed (deleted, its world gone): it is forgotten, with
    the turns still queued for it (``turn_ids``)."""

    model_config = ConfigDict(frozen=True)

    type: Literal["session.lost"] = "session.lost"
    session_id: str | None
    code: str
    message: str
    turn_ids: list[str] = Field(default_factory=list)


ServerNotice = Notice | Kicked | TakenOver | SafetyAlert
LinkNotice = ServerNotice | TurnError | SessionLost
"""Everything ``on_notice`` receives."""

SERVER_NOTICES: dict[str, type[ServerNotice]] = {
    "notice": Notice,
    "session.kicked": Kicked,
    "session.taken_over": TakenOver,
    "safety.alert": SafetyAlert,
}
"""The server frames without ``seq`` or ``re`` (but ``hello``), by type."""


def parse_notice(doc: dict[str, Any]) -> ServerNotice | None:
    """A server frame that is neither a reply nor a session event, as its model (None: a type
    this client does not know, or a frame it cannot read; logged)."""
    kind = doc.get("type")
    model = SERVER_NOTICES.get(kind) if isinstance(kind, str) else None
    notice = None if model is None else read_lenient(model, doc)
    if notice is None:
        log.debug("ignored a %r frame this client cannot read", kind)
    return notice
