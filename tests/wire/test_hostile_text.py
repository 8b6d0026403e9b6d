"""Text no client should send, sent anyway (issue 13, items 4, 8 and 9), on both stores:
lone surrogates, terminal control sequences, absurd nesting and numbers, error amplification.
Every case gets a clear error (or, for a turn's text, a repair), and the connection, the
session and the account keep working afterwards."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.wire.client import Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tta_server.protocol.frames import MAX_FIELD_ERRORS
from tta_server.settings import StoreKind
from tta_server.store.base import Role

SURROGATE = "\\ud800"  # as it travels: a JSON escape, valid UTF-8 on the wire
ESC_TITLE = "\x1b]0;pwned\x07"  # sets the terminal's title
CLEAR = "\x1b[2J"  # clears the screen


async def raw(c: Client, frame: str) -> dict[str, Any]:
    """Send a hand-written frame and return the next frame that is not an event."""
    await c.send_raw(frame)
    while True:
        doc = await c.recv()
        if "seq" not in doc:
            return doc


async def still_alive(c: Client) -> None:
    assert (await c.ok("ping"))["type"] == "ping.ok"


async def playing(c: Client) -> str:
    made = await c.ok("character.create", character=character())
    started = await c.ok(
        "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
    )
    await c.wait_events(started["session"]["last_seq"])
    sid: str = started["session"]["id"]
    return sid


@pytest.mark.parametrize("field", ["id", "type"])
async def test_a_lone_surrogate_in_id_or_type_is_bad_json(server: str, field: str) -> None:
    c = await Client.open(server)
    doc = {"type": "ping", "id": "p1", field: "@@"}
    reply = await raw(c, json.dumps(doc).replace("@@", "a" + SURROGATE))
    assert reply["type"] == "error" and reply["code"] == "bad_json"
    assert reply["re"] is None if field == "id" else reply["re"] == "p1"
    assert reply["fields"][0]["field"] == field and "surrogate" in reply["fields"][0]["message"]
    await still_alive(c)
    await c.close()


async def test_a_crisis_with_a_broken_character_still_reaches_the_crisis_lines(
    server: str,
) -> None:
    c = await player(server, "ines")
    sid = await playing(c)
    frame = json.dumps(
        {"type": "turn", "id": "t", "turn_id": "crisis-1", "text": "i want to end my life @@"}
    ).replace("@@", SURROGATE + ESC_TITLE)
    reply = await raw(c, frame)
    assert reply["type"] == "turn.ok" and reply["safety"] == "crisis", reply
    crisis = [e for e in c.events if e["type"] == "safety.crisis"]
    assert crisis and crisis[-1]["data"]["lines"]
    await c.ok("safety.ack", choice="continue")
    events = await c.turn("look around")
    assert events[-1]["type"] == "narrative.end"
    history = await c.ok("session.history", session_id=sid)
    stored = json.dumps(history)
    assert "\\ud800" not in stored and "\\u001b" not in stored and "\\u0007" not in stored
    await c.close()


async def test_a_turn_with_escape_sequences_is_played_without_them(server: str) -> None:
    c = await player(server, "joan")
    sid = await playing(c)
    events = await c.turn(f"look around{CLEAR}{ESC_TITLE} please")
    assert events[-1]["type"] == "narrative.end"
    history = await c.ok("session.history", session_id=sid)
    said = [e["text"] for e in history["entries"] if e.get("text", "").startswith("look around")]
    assert said and all("\x1b" not in t and "\x07" not in t for t in said), history["entries"]
    await c.close()


@pytest.mark.parametrize("field", ["name", "backstory", "pronouns", "appearance"])
async def test_character_text_with_a_surrogate_or_control_is_refused_field_by_field(
    server: str, field: str
) -> None:
    c = await player(server, f"kim{field}")
    broken = json.dumps(
        {"type": "character.create", "id": "c1", "character": character(**{field: "X@@"})}
    ).replace("@@", SURROGATE)
    reply = await raw(c, broken)
    assert reply["code"] == "bad_json" and reply["re"] == "c1"
    assert [f["field"] for f in reply["fields"]] == [f"character.{field}"]
    reply = await c.request("character.create", character=character(**{field: "X" + CLEAR}))
    assert reply["code"] == "invalid_fields"
    assert [f["field"] for f in reply["fields"]] == [f"character.{field}"]
    assert "control character" in reply["fields"][0]["message"]
    traits = await c.request(
        "character.create", character=character(traits=["kind", "brave" + ESC_TITLE])
    )
    assert [f["field"] for f in traits["fields"]] == ["character.traits[1]"]
    assert (await c.ok("character.list"))["characters"] == []  # nothing half-written
    await c.ok("character.create", character=character())
    assert len((await c.ok("character.list"))["characters"]) == 1
    await c.close()


async def test_staff_text_cannot_carry_terminal_commands(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    staff = {"fran": Role.FACILITATOR, "ada": Role.ADMIN}
    async with staffed_servers(store_kind, tmp_path, staff) as apps:
        c = await player(url(apps[0]), "leeroy")
        sid = await playing(c)
        fran = await Client.open(url(apps[0]))
        await fran.ok("login", username="fran", password=PW)
        ada = await Client.open(url(apps[0]))
        await ada.ok("login", username="ada", password=PW)
        for who, kind, fields in (
            (fran, "facilitator.message", {"session_id": sid, "text": "hi" + CLEAR}),
            (fran, "facilitator.pause", {"session_id": sid, "reason": "wait" + ESC_TITLE}),
            (ada, "admin.broadcast", {"text": "restart" + CLEAR}),
            (ada, "admin.kick", {"session_id": sid, "reason": "bye" + ESC_TITLE}),
        ):
            reply = await who.request(kind, **fields)
            assert reply["code"] == "invalid_fields", (kind, reply)
            assert "control character" in reply["fields"][0]["message"]
        await still_alive(c)
        assert not [e for e in c.events if e["type"] == "facilitator.message"]
        for client in (c, fran, ada):
            await client.close()


async def test_deep_nesting_huge_numbers_and_nan_are_bad_input_not_crashes(
    server: str,
) -> None:
    c = await player(server, "max")
    sid = await playing(c)
    deep = '{"type":"ping","id":"d","x":' + "[" * 5000 + "]" * 5000 + "}"
    reply = await raw(c, deep)
    assert reply["code"] == "bad_json" and "nested" in reply["message"]
    reply = await c.request("session.history", session_id=sid, before_seq=2**63)
    assert reply["code"] == "invalid_fields" and reply["fields"][0]["field"] == "before_seq"
    reply = await c.request("session.resume", session_id=sid, last_seq=2**64)
    assert reply["code"] == "invalid_fields" and reply["fields"][0]["field"] == "last_seq"
    reply = await raw(c, '{"type":"alerts.list","id":"n","before":NaN}')
    assert reply["code"] == "bad_json"
    assert "Traceback" not in json.dumps(reply)
    await still_alive(c)
    await c.close()


async def test_an_error_reply_names_at_most_twenty_fields(server: str) -> None:
    c = await Client.open(server)
    junk = {f"k{i}": 0 for i in range(5000)}  # about 45 KB, under the 64 KiB frame limit
    await c.send_raw(json.dumps({"type": "ping", "id": "j", **junk}, separators=(",", ":")))
    frame = await c.ws.recv()
    reply = json.loads(frame)
    assert reply["code"] == "invalid_fields" and len(reply["fields"]) == MAX_FIELD_ERRORS
    assert reply["more_fields"] == 5000 - MAX_FIELD_ERRORS
    assert len(frame) < 4096, len(frame)
    c2 = await player(server, "nat")
    many = character(traits=[f"t{i}" for i in range(5000)])
    reply = await c2.request("character.create", character=many)
    assert reply["code"] == "invalid_fields" and len(json.dumps(reply)) < 4096
    for client in (c, c2):
        await client.close()


async def test_a_turn_id_reused_for_another_message_is_refused(server: str) -> None:
    c = await player(server, "ivo")
    await playing(c)
    await c.turn("look around", turn_id="same")
    again = await c.request("turn", turn_id="same", text="go east")
    assert again["type"] == "error" and again["code"] == "turn_id_reused", again
    assert again["fields"][0]["field"] == "turn_id"
    retry = await c.ok("turn", turn_id="same", text="look around")
    assert retry["replayed"] is True
    await c.close()


async def test_a_crisis_under_a_reused_turn_id_still_reaches_the_crisis_lines(
    server: str,
) -> None:
    c = await player(server, "ida")
    await playing(c)
    await c.turn("look around", turn_id="same")
    reply = await c.ok("turn", turn_id="same", text="i want to end my life")
    assert reply["replayed"] is False and reply["safety"] == "crisis"
    crisis = [e for e in c.events if e["type"] == "safety.crisis"]
    assert crisis and crisis[-1]["data"]["lines"] and crisis[-1]["seq"] == reply["last_seq"]
    await c.close()
