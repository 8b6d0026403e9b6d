"""Reading an untyped payload into a protocol model without ever failing on one bad member
(:func:`read_lenient`): the one way the client reads what the server sent, and the server
reads the session events it stored (``Event.read_data`` in :mod:`tta_server.store.records`),
which may come from an older server or be damaged."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


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
