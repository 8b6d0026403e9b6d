"""``tta-admin protocol schema``: the JSON Schema generated from the protocol's models names
every model, comes out the same every time, and describes the real frames of a session (a
player's story with a crisis, and a facilitator's console), each sent and received frame
validated against it (JSON Schema 2020-12, the ``jsonschema`` library)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from typer.testing import CliRunner

from tests.wire.client import Client, character
from tests.wire.servers import PW, staffed_servers, url
from tta_server.admin import app as admin_app
from tta_server.protocol.events import EVENT_DATA
from tta_server.protocol.messages import CLIENT_MESSAGES
from tta_server.protocol.replies import REPLIES
from tta_server.protocol.schema import (
    SCHEMA_DIALECT,
    SERVER_FRAMES,
    protocol_schema,
    schema_text,
)
from tta_server.settings import StoreKind
from tta_server.store.base import Role

CRISIS = "honestly I want to stop existing"


class Recording(Client):
    """A client that keeps every frame it sends and receives."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[dict[str, Any]] = []
        self.seen: list[dict[str, Any]] = []

    async def send(self, type_: str, **fields: Any) -> str:
        rid = await super().send(type_, **fields)
        self.sent.append({"type": type_, "id": rid, **fields})
        return rid

    def received(self, doc: dict[str, Any]) -> None:
        super().received(doc)
        self.seen.append(doc)


def _validator(entry: str) -> jsonschema.protocols.Validator:
    schema = protocol_schema()
    root = {"$schema": SCHEMA_DIALECT, "$defs": schema["$defs"], "$ref": f"#/$defs/{entry}"}
    validator = jsonschema.Draft202012Validator(root)
    validator.check_schema(root)
    return validator


def test_the_schema_is_valid_2020_12_and_names_every_model() -> None:
    schema = protocol_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == SCHEMA_DIALECT
    defs = schema["$defs"]
    models = [*CLIENT_MESSAGES.values(), *REPLIES.values(), *SERVER_FRAMES, *EVENT_DATA.values()]
    missing = [m.__name__ for m in models if m.__name__ not in defs]
    assert not missing, missing
    mapping = defs["ClientMessage"]["discriminator"]["mapping"]
    assert set(mapping) == set(CLIENT_MESSAGES)
    replies = [d for d in defs.values() if "re" in d.get("properties", {}) and "allOf" in d]
    assert len(replies) == len(REPLIES)


def test_the_schema_text_is_the_same_every_time_and_what_the_admin_cli_writes(
    tmp_path: Path,
) -> None:
    assert schema_text() == schema_text()
    out = tmp_path / "protocol.schema.json"
    result = CliRunner().invoke(admin_app, ["protocol", "schema", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == schema_text()
    printed = CliRunner().invoke(admin_app, ["protocol", "schema"])
    assert printed.exit_code == 0 and printed.stdout == schema_text()
    assert json.loads(printed.stdout)["$defs"]


def test_an_unwritable_out_file_is_one_line_saying_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        admin_app, ["protocol", "schema", "--out", str(tmp_path / "no" / "such" / "dir.json")]
    )
    assert result.exit_code == 1
    assert "tta-admin: could not write" in result.output and "Traceback" not in result.output


def test_a_request_that_is_not_the_protocol_fails_the_schema() -> None:
    requests = _validator("ClientMessage")
    assert requests.is_valid({"type": "turn", "id": "r1", "turn_id": "t1", "text": "look"})
    assert not requests.is_valid({"type": "turn", "id": "r1", "text": "look"})
    assert not requests.is_valid({"type": "turn", "id": "r1", "turn_id": "t", "text": "x", "y": 1})
    assert not requests.is_valid({"type": "no.such", "id": "r1"})
    frames = _validator("ServerFrame")
    assert not frames.is_valid({"type": "turn.ok", "re": "r1", "turn_id": "t1"})
    assert not frames.is_valid({"type": "error", "re": None, "message": "no code"})


async def test_every_frame_of_a_real_session_is_described_by_the_schema(tmp_path: Path) -> None:
    staff = {"fran": Role.FACILITATOR}
    async with staffed_servers(StoreKind.EMBEDDED, tmp_path, staff) as [app]:
        base = url(app)
        ada, fran = await Recording.open(base), await Recording.open(base)
        try:
            await ada.ok("register", username="ada", password=PW)
            await ada.ok("login", username="ada", password=PW)
            await fran.ok("login", username="fran", password=PW)
            await fran.ok("alerts.subscribe")
            await ada.ok("ping")
            await ada.ok("character.schema")
            cid = (await ada.ok("character.create", character=character()))["character"]["id"]
            await ada.ok("character.list")
            await ada.ok("character.get", character_id=cid)
            await ada.ok("character.update", character_id=cid, character={"pronouns": "they/them"})
            worlds = (await ada.ok("world.list"))["worlds"]
            started = await ada.ok("session.start", character_id=cid, world_id=worlds[0]["id"])
            sid = started["session"]["id"]
            await ada.turn("look around")
            await ada.ok("turn", turn_id="crisis", text=CRISIS)
            await ada.ok("safety.ack", choice="continue")
            await ada.ok("session.history", session_id=sid)
            await ada.ok("session.list")
            assert (await ada.request("turn", turn_id="x", text=""))["type"] == "error"
            await fran.ok("alerts.list")
            await fran.ok("facilitator.sessions")
            await fran.ok("facilitator.transcript", session_id=sid)
            await fran.ok("facilitator.message", session_id=sid, text="I am here if you need me.")
            await fran.ok("facilitator.pause", session_id=sid, reason="A short break.")
            await fran.ok("facilitator.resume", session_id=sid)
            await ada.wait_events(len(ada.events) + 3)
            await ada.ok("session.resume", session_id=sid, last_seq=1)
            await ada.ok("session.end", session_id=sid)
            await ada.ok("character.delete", character_id=cid)
            await ada.ok("logout")
        finally:
            await ada.close()
            await fran.close()
    requests, frames = _validator("ClientMessage"), _validator("ServerFrame")
    data = {t: _validator(m.__name__) for t, m in EVENT_DATA.items()}
    sent = [*ada.sent, *fran.sent]
    seen = [*ada.seen, *fran.seen]
    for frame in sent:
        requests.validate(frame)
    for frame in seen:
        frames.validate(frame)
        if frame.get("type") in data and "seq" in frame:
            data[frame["type"]].validate(frame["data"])
    kinds = {f["type"] for f in seen}
    assert {"hello", "error", "safety.alert", "narrative.end", "turn.ok"} <= kinds, kinds
    assert len({f["type"] for f in sent}) >= 20


BAD_FRAMES: list[str | bytes] = [
    "{not json",
    "[1, 2]",
    '{"type": "ping"}',
    '{"id": "a1", "type": "teleport"}',
    '{"id": "a2", "type": "login", "username": 5}',
    json.dumps({"id": "a3", "type": "ping", **{f"x{i}": i for i in range(25)}}),
    '{"id": "a4", "type": "character.list"}',
    b"\x00\x01",
]
"""Frames that get an ``error``: without a usable id (``re`` null), with one, with more field
problems than an error lists (``more_fields``), and a binary frame."""


async def test_real_error_frames_are_described_by_the_schema_with_re_always_present(
    tmp_path: Path,
) -> None:
    async with staffed_servers(StoreKind.EMBEDDED, tmp_path, {}) as [app]:
        c = await Client.open(url(app))
        errors: list[dict[str, Any]] = []
        try:
            for frame in BAD_FRAMES:
                await c.send_raw(frame)
                errors.append(await c.recv())
        finally:
            await c.close()
    frames, error = _validator("ServerFrame"), _validator("ErrorOut")
    for doc in errors:
        assert doc["type"] == "error", doc
        frames.validate(doc)
        error.validate(doc)
        assert not error.is_valid({k: v for k, v in doc.items() if k != "re"})
    assert [doc["re"] for doc in errors] == [None, None, None, "a1", "a2", "a3", "a4", None]
    assert errors[5]["code"] == "invalid_fields" and errors[5]["more_fields"] == 5
    others = errors[:5] + errors[6:]
    assert all("more_fields" not in d and "retry_after" not in d for d in others)
