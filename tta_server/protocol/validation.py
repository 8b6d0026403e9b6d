"""Turning pydantic validation errors into sentences a person can act on, field by field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from tta_server.protocol.errors import FieldError

_PLAIN: dict[str, str] = {
    "missing": "This field is required.",
    "extra_forbidden": "This is not a known field; remove it.",
    "string_type": "Must be text.",
    "int_type": "Must be a whole number.",
    "int_parsing": "Must be a whole number.",
    "int_from_float": "Must be a whole number.",
    "bool_type": "Must be true or false.",
    "list_type": "Must be a list.",
    "dict_type": "Must be an object.",
    "model_type": "Must be an object.",
    "model_attributes_type": "Must be an object.",
    "literal_error": "This value is not allowed here.",
    "none_required": "Must be empty (null).",
}


def field_path(loc: Sequence[int | str]) -> str:
    """``("profile", "goals", 1)`` -> ``"profile.goals[1]"``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _sentence(err: ErrorDetails) -> str:
    kind = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind == "string_too_long":
        return f"Must be at most {ctx.get('max_length')} characters."
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return "Must not be empty."
        return f"Must be at least {ctx.get('min_length')} characters."
    if kind in ("greater_than_equal", "greater_than"):
        return f"Must be {ctx.get('ge', ctx.get('gt'))} or more."
    if kind in ("less_than_equal", "less_than"):
        return f"Must be {ctx.get('le', ctx.get('lt'))} or less."
    if kind in ("too_long",):
        return f"Has too many items (at most {ctx.get('max_length')})."
    return _PLAIN.get(kind, "This value is not valid.")


def field_errors(exc: ValidationError, *, skip: Sequence[str] = ()) -> list[FieldError]:
    """One :class:`FieldError` per field (the first problem of each), in document order."""
    seen: dict[str, FieldError] = {}
    for err in exc.errors():
        loc = [p for p in err["loc"] if not (isinstance(p, str) and "[" in p)]
        path = field_path(loc) or "message"
        if path in skip or path in seen:
            continue
        seen[path] = FieldError(path, _sentence(err))
    return list(seen.values())
