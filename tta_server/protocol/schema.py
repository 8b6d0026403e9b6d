"""A JSON Schema (draft 2020-12) of the whole protocol, generated from its pydantic models, for
clients written in other languages (``tta-admin protocol schema``).

Entry points, under ``$defs``:

* ``ClientMessage``: every request, one of them by its ``type`` (``oneOf`` with a
  discriminator: the request models of :data:`~tta_server.protocol.messages.CLIENT_MESSAGES`).
* ``ServerFrame``: anything the server sends: ``hello``, ``error``, a session event, a reply
  (``<request>.ok``, one ``$defs`` entry per request type: its model in
  :data:`~tta_server.protocol.replies.REPLIES` with ``type`` and ``re``), ``session.taken_over``,
  ``session.kicked``, ``notice`` and ``safety.alert``.
* ``EventData``: the ``data`` of each session event, by its type
  (:data:`~tta_server.protocol.events.EVENT_DATA`).

The top level accepts either a ``ClientMessage`` or a ``ServerFrame``. Server -> client
objects allow fields they do not list (a newer server may add some); requests do not.
:func:`protocol_schema` is deterministic: the same models always give the same text
(:func:`schema_text`).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from tta_server.protocol.codes import PROTOCOL_VERSION
from tta_server.protocol.events import EVENT_DATA
from tta_server.protocol.messages import (
    CLIENT_MESSAGES,
    ErrorOut,
    EventOut,
    Hello,
    Kicked,
    Notice,
    SafetyAlert,
    TakenOver,
)
from tta_server.protocol.replies import REPLIES

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

SERVER_FRAMES: tuple[type[BaseModel], ...] = (
    Hello,
    ErrorOut,
    EventOut,
    TakenOver,
    Kicked,
    Notice,
    SafetyAlert,
)
"""Every server frame that is not a reply."""

_REF = "#/$defs/{model}"


def _reply_name(request_type: str) -> str:
    """``session.history`` -> ``SessionHistoryOkFrame``."""
    words = request_type.replace(".", "_").split("_")
    return "".join(w.capitalize() for w in words) + "OkFrame"


def protocol_schema() -> dict[str, Any]:
    """The protocol as one JSON Schema document (draft 2020-12)."""
    models: list[type[BaseModel]] = [
        *CLIENT_MESSAGES.values(),
        *dict.fromkeys(REPLIES.values()),
        *SERVER_FRAMES,
        *EVENT_DATA.values(),
    ]
    _, top = models_json_schema(
        [(m, "validation" if m in CLIENT_MESSAGES.values() else "serialization") for m in models],
        ref_template=_REF,
    )
    defs: dict[str, Any] = dict(top.get("$defs", {}))
    defs["ClientMessage"] = {
        "description": "A request from client to server, one of them by its type.",
        "oneOf": [{"$ref": _REF.format(model=m.__name__)} for m in CLIENT_MESSAGES.values()],
        "discriminator": {
            "propertyName": "type",
            "mapping": {t: _REF.format(model=m.__name__) for t, m in CLIENT_MESSAGES.items()},
        },
    }
    for request_type, model in REPLIES.items():
        defs[_reply_name(request_type)] = {
            "description": f"The reply to a successful `{request_type}`.",
            "allOf": [{"$ref": _REF.format(model=model.__name__)}],
            "properties": {
                "type": {"const": f"{request_type}.ok"},
                "re": {"type": "string", "description": "The request's id."},
            },
            "required": ["type", "re"],
        }
    defs["ServerFrame"] = {
        "description": "A frame from server to client.",
        "anyOf": [
            *({"$ref": _REF.format(model=m.__name__)} for m in SERVER_FRAMES),
            *({"$ref": _REF.format(model=_reply_name(t))} for t in REPLIES),
        ],
    }
    defs["EventData"] = {
        "description": "The data of session events, by event type.",
        "type": "object",
        "properties": {t: {"$ref": _REF.format(model=m.__name__)} for t, m in EVENT_DATA.items()},
    }
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:tta:protocol:{PROTOCOL_VERSION}",
        "title": f"The TTA wire protocol, version {PROTOCOL_VERSION}",
        "description": "One JSON object per WebSocket text frame (docs/protocol.md).",
        "anyOf": [{"$ref": "#/$defs/ClientMessage"}, {"$ref": "#/$defs/ServerFrame"}],
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    """:func:`protocol_schema` as JSON text: keys sorted, two-space indents, a final newline."""
    return json.dumps(protocol_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
