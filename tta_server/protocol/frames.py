"""Decoding one client text frame into a JSON object, refusing what cannot be handled safely.

Checked here, before any field is validated or any handler runs:

* the frame is JSON (``bad_json``), without ``NaN``/``Infinity`` (not JSON, though Python's
  parser takes them), nested at most :data:`MAX_DEPTH` deep (deeper JSON is refused, never a
  crash); control characters typed raw inside strings are let through to the text check
  below, so they get the same field-by-field answer as escaped ones;
* the top level is an object (``bad_message``);
* every text, keys included, is well-formed Unicode: a lone UTF-16 surrogate (``"\\ud800"``,
  which JSON escapes can spell but UTF-8 cannot carry) is refused with ``bad_json`` naming each
  field, because it could be stored but never sent or printed again;
* no text holds a control character other than tab, line feed and carriage return (ESC, BEL,
  the C1 controls, DEL ...): terminals obey them as commands (clear the screen, set a title),
  and every text a player sends is shown in someone's terminal. Refused with
  ``invalid_fields``, field by field. Passwords and tokens are exempt (never shown; refusing
  them could lock out an account whose password holds one). A turn's ``text`` is repaired
  instead (see :func:`check_text`).

:func:`decode` parses; :func:`check_text` does the two text checks (run after the request's
``id`` was read, so the error can name the request). At most :data:`MAX_FIELD_ERRORS` fields are
named in one error frame (``more_fields`` counts the rest; see the connection's ``send_error``).
"""

from __future__ import annotations

import json
from typing import Any

from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.text import CONTROL, SURROGATE, clean
from tta_server.protocol.validation import field_path

MAX_DEPTH = 32
"""Deepest nesting of objects and lists a client frame may use."""

MAX_FIELD_ERRORS = 20
"""Most field errors named in one ``error`` frame."""


_SECRET_FIELDS = frozenset({"password", "token"})

SURROGATE_MESSAGE = (
    "Contains a broken character (a lone UTF-16 surrogate such as \\ud800); "
    "send well-formed Unicode text."
)
CONTROL_MESSAGE = (
    "Contains a control character (such as ESC or BEL) that terminals treat as a command; "
    "remove it."
)


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def decode(frame: str) -> dict[str, Any]:
    """The frame as a JSON object, or :class:`ProtocolError` saying what is wrong with it."""
    try:
        doc = json.loads(frame, parse_constant=_refuse_constant, strict=False)
    except RecursionError:
        raise _too_deep() from None
    except ValueError:
        raise ProtocolError(
            ErrorCode.BAD_JSON, "That message is not valid JSON, so it was ignored."
        ) from None
    if not isinstance(doc, dict):
        raise ProtocolError(
            ErrorCode.BAD_MESSAGE,
            "Each message must be a JSON object with a 'type' and an 'id'.",
        )
    return doc


def request_id(doc: dict[str, Any]) -> str | None:
    """The request's ``id`` when it is usable as ``re`` (text of 1-64 clean characters)."""
    raw = doc.get("id")
    if isinstance(raw, str) and 0 < len(raw) <= 64 and not _unsafe(raw):
        return raw
    return None


def _unsafe(text: str) -> bool:
    return bool(SURROGATE.search(text) or CONTROL.search(text))


def check_text(doc: dict[str, Any]) -> None:
    """Refuse lone surrogates (``bad_json``) and control characters (``invalid_fields``).

    The one exception is a turn's ``text``: it is repaired with :func:`clean`, never refused,
    so that a person in crisis whose client split an emoji still reaches the safety screen (and
    the crisis lines) instead of an encoding error."""
    if doc.get("type") == "turn" and isinstance(doc.get("text"), str):
        doc["text"] = clean(doc["text"])
    broken, control = _scan(doc)
    if broken:
        raise ProtocolError(
            ErrorCode.BAD_JSON,
            "That message holds broken Unicode, so it was ignored; see each field.",
            [FieldError(path, SURROGATE_MESSAGE) for path in broken],
        )
    if control:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            "Some fields hold control characters; see each field.",
            [FieldError(path, CONTROL_MESSAGE) for path in control],
        )


def _too_deep() -> ProtocolError:
    return ProtocolError(
        ErrorCode.BAD_JSON,
        f"That message is nested more than {MAX_DEPTH} levels deep, so it was ignored.",
    )


def _scan(doc: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Paths of texts with lone surrogates, and of texts with control characters."""
    broken: list[str] = []
    control: list[str] = []
    stack: list[tuple[list[int | str], Any]] = [([], doc)]
    while stack:
        path, value = stack.pop()
        if len(path) > MAX_DEPTH:
            raise _too_deep()
        if isinstance(value, str):
            if SURROGATE.search(value):
                broken.append(field_path(path) or "message")
            elif CONTROL.search(value) and not (path and path[-1] in _SECRET_FIELDS):
                control.append(field_path(path) or "message")
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if SURROGATE.search(key):
                    broken.append(field_path(path) or "message")
                    continue
                stack.append(([*path, key], item))
        elif isinstance(value, list):
            for index in range(len(value) - 1, -1, -1):
                stack.append(([*path, index], value[index]))
    return broken, control
