"""The messages server processes (and tools such as ``tta-admin``) send each other on the bus
channel ``control`` (:data:`CONTROL_CHANNEL`): internal, never sent to a client, so they are
not part of the wire protocol. :mod:`tta_server.hub` publishes and acts on them.

Each is a small model told apart by ``kind``; ``origin`` names the process that sent it (its
hub's ``process_id``, or ``tool``), so a process skips its own. They are read leniently
(:func:`read_control`): members a newer process adds are ignored, and a message of a kind
this process does not know, or without a member it needs, is dropped with a warning, never
an exception in the listener.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

log = logging.getLogger("tta.hub")

CONTROL_CHANNEL = "control"
"""The bus channel every process subscribes to for these messages."""
TOOL_ORIGIN = "tool"
"""``origin`` of a message from a tool outside a server (no process skips it)."""


class Control(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    origin: str = TOOL_ORIGIN


class Takeover(Control):
    """A connection (``conn``, of the ``origin`` process) now drives ``session_id``: any
    other driver steps aside (``session.taken_over``, close 4000)."""

    kind: Literal["takeover"] = "takeover"
    session_id: str
    conn: str = ""


class Revoke(Control):
    """Close every connection holding the token (close 4001 with ``reason``, or the hub's
    message for a logout when it is empty)."""

    kind: Literal["revoke"] = "revoke"
    token_hash: str
    reason: str = ""


class Poke(Control):
    """Someone other than its driver wrote events to ``session_id``: its driver sends them."""

    kind: Literal["poke"] = "poke"
    session_id: str


class AccountChanged(Control):
    """An account's role, or whether it is enabled or exists, changed: re-read it."""

    kind: Literal["account"] = "account"
    account_id: str


class Broadcast(Control):
    """An admin's ``notice`` frame for every logged-in connection."""

    kind: Literal["broadcast"] = "broadcast"
    frame: dict[str, Any]


class Kick(Control):
    """Close the connection driving ``session_id`` (``session.kicked``, close 4002)."""

    kind: Literal["kick"] = "kick"
    session_id: str
    reason: str = ""


ControlMessage = Annotated[
    Takeover | Revoke | Poke | AccountChanged | Broadcast | Kick, Field(discriminator="kind")
]
_READER: TypeAdapter[ControlMessage] = TypeAdapter(ControlMessage)


def read_control(message: object) -> ControlMessage | None:
    """A message from the channel as its model; None (logged) when it is not one this process
    can act on: another kind, a member missing or of the wrong kind."""
    try:
        return _READER.validate_python(message)
    except ValidationError as exc:
        log.warning(
            "a control message this process cannot act on was dropped (%s): %.200r",
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()),
            message,
        )
        return None
