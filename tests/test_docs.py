"""The docs stay true: every message type, error code, close code and direction word is in
docs/protocol.md, its reply tables list exactly the fields of the reply models, and its
session events table exactly the event types and the fields of their data models."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from tta_server.protocol.codes import CloseCode
from tta_server.protocol.directions import Direction
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.events import EVENT_DATA
from tta_server.protocol.messages import (
    CLIENT_MESSAGES,
    AlertOut,
    CharacterOut,
    HistoryEntry,
    SessionOut,
)
from tta_server.protocol.replies import REPLIES

ROOT = Path(__file__).resolve().parent.parent


def test_protocol_doc_lists_every_message_type_and_error_code() -> None:
    doc = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    missing = [t for t in CLIENT_MESSAGES if f"`{t}`" not in doc]
    missing += [c.value for c in ErrorCode if f"`{c.value}`" not in doc]
    missing += [str(c.value) for c in CloseCode if f"\n| {c.value} |" not in doc]
    missing += [d.word for d in Direction if f"`{d.word}`" not in doc]
    assert not missing, f"docs/protocol.md does not mention: {missing}"


def _top_level_names(braces: str) -> list[str]:
    """The field names at the top level of a ``{a, b: {c}, d: [e]}`` description."""
    names: list[str] = []
    depth, segment = 0, ""
    for char in braces.strip()[1:-1] + ",":
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        elif char == "," and depth == 0:
            found = re.match(r"\s*([a-z_]+)", segment)
            names += [found.group(1)] if found else []
            segment = ""
        elif depth == 0:
            segment += char
    return names


def _fields(model: type[BaseModel]) -> list[str]:
    return [f.serialization_alias or name for name, f in model.model_fields.items()]


def test_protocol_doc_reply_tables_list_each_reply_models_fields() -> None:
    doc = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z.]+)` \|[^|\n]*\|(.*)\|$", doc, flags=re.MULTILINE)
    replies = {kind: cell for kind, cell in rows if kind in CLIENT_MESSAGES}
    assert set(replies) == set(CLIENT_MESSAGES), "a request has no row in a reply table"
    wrong = {}
    for kind, cell in replies.items():
        braces = re.search(r"`(\{.*?\})`", cell.replace("\\|", "|"))
        documented = _top_level_names(braces.group(1)) if braces else []
        if sorted(documented) != sorted(_fields(REPLIES[kind])):
            wrong[kind] = (documented, _fields(REPLIES[kind]))
    assert not wrong, f"docs/protocol.md's reply fields differ from the models: {wrong}"


def test_protocol_doc_session_events_table_lists_each_event_models_fields() -> None:
    doc = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    section = doc.split("## Session events", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z_.]+)` \| (.*) \|$", section, flags=re.MULTILINE))
    assert set(rows) == set(EVENT_DATA), "the events table and EVENT_DATA name other types"
    wrong = {}
    for kind, cell in rows.items():
        while re.search(r"\([^()]*\)", cell):  # asides in parentheses name no field
            cell = re.sub(r"\([^()]*\)", "", cell)
        documented = re.findall(r"`([a-z_]+)`", cell)
        if sorted(documented) != sorted(_fields(EVENT_DATA[kind])):
            wrong[kind] = (documented, _fields(EVENT_DATA[kind]))
    assert not wrong, f"docs/protocol.md's event fields differ from the models: {wrong}"


def test_protocol_doc_describes_the_records_replies_hold_as_their_models() -> None:
    doc = " ".join((ROOT / "docs" / "protocol.md").read_text(encoding="utf-8").split())
    records: dict[str, type[BaseModel]] = {
        "A `session` is": SessionOut,
        "A `character` in replies is": CharacterOut,
        "An `alert` is": AlertOut,
        "An `entry` is": HistoryEntry,
    }
    for opening, model in records.items():
        braces = re.search(re.escape(opening) + r" `(\{.*?\})`", doc)
        assert braces, f"docs/protocol.md no longer says {opening!r} `{{...}}`"
        assert sorted(_top_level_names(braces.group(1))) == sorted(_fields(model)), opening


def test_readme_quick_start_has_exactly_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in quick.splitlines() if line.startswith("scripts/")]
    assert commands == ["scripts/play", "scripts/test"]
    assert "exec scripts/test" in ci
