"""Logging: human text or one JSON object per line, with connection and session ids.

Log calls pass ids through ``extra={"conn": ..., "session": ..., "account": ...}``. Nothing here
ever logs passwords, tokens or player text; handlers log message types and codes, not payloads.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from tta_server.settings import LogFormat

CONTEXT_FIELDS = ("conn", "session", "account", "code", "op", "ms")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in CONTEXT_FIELDS:
            value = getattr(record, key, None)
            if value is not None:
                doc[key] = value
        if record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return json.dumps(doc, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        ctx = " ".join(
            f"{k}={getattr(record, k)}" for k in CONTEXT_FIELDS if getattr(record, k, None)
        )
        return f"{base} {ctx}" if ctx else base


def configure(fmt: LogFormat, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt is LogFormat.JSON:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Libraries log request details (and aiosqlite/neo4j log query parameters, which hold player
    # text) at DEBUG/INFO: keep them at WARNING whatever our own level is.
    for name in ("websockets", "aiosqlite", "neo4j", "redis"):
        logging.getLogger(name).setLevel(logging.WARNING)
