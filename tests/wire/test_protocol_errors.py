"""Bad input of every kind gets a clear error and the connection stays open."""

from __future__ import annotations

import json
import time

import pytest
from websockets.exceptions import ConnectionClosed

from tests.wire.client import Client


async def _error(c: Client, frame: str | bytes) -> dict:
    await c.send_raw(frame)
    doc = await c.recv()
    assert doc["type"] == "error", doc
    return doc


async def test_hello_comes_first(server: str) -> None:
    c = await Client.open(server)
    assert c.hello["type"] == "hello" and c.hello["protocol"] == 1
    assert c.hello["limits"]["max_frame_bytes"] == 65536
    await c.close()


async def test_hello_says_the_servers_time(server: str) -> None:
    """``server_time``: the server's clock as it says hello (clients read ages against it)."""
    before = time.time()
    c = await Client.open(server)
    after = time.time()
    assert before <= c.hello["server_time"] <= after
    await c.close()


@pytest.mark.parametrize(
    ("frame", "code", "re"),
    [
        ("{not json", "bad_json", None),
        ("[1, 2]", "bad_message", None),
        ('"hello"', "bad_message", None),
        ('{"type": "ping"}', "bad_message", None),
        ('{"type": "ping", "id": 7}', "bad_message", None),
        ('{"type": "ping", "id": "' + "x" * 65 + '"}', "bad_message", None),
        ('{"id": "a1"}', "bad_message", "a1"),
        ('{"id": "a2", "type": 5}', "bad_message", "a2"),
        ('{"id": "a3", "type": "teleport"}', "unknown_type", "a3"),
        ('{"id": "a4", "type": "login", "username": 5}', "invalid_fields", "a4"),
        ('{"id": "a5", "type": "turn", "turn_id": "t", "text": "look"}', "not_authenticated", "a5"),
        ('{"id": "a6", "type": "character.list"}', "not_authenticated", "a6"),
        ('{"id": "a7", "type": "ping", "extra": 1}', "invalid_fields", "a7"),
    ],
)
async def test_bad_frames_get_errors_and_connection_stays_open(
    server: str, frame: str, code: str, re: str | None
) -> None:
    c = await Client.open(server)
    err = await _error(c, frame)
    assert err["code"] == code and err["re"] == re
    assert err["message"] and "Traceback" not in err["message"]
    assert (await c.request("ping"))["type"] == "ping.ok"
    await c.close()


async def test_field_errors_name_each_field(server: str) -> None:
    c = await Client.open(server)
    err = await c.request("login", username=["x"], password=None)
    assert err["code"] == "invalid_fields"
    assert {f["field"]: f["message"] for f in err["fields"]} == {
        "username": "Must be text.",
        "password": "Must be text.",
    }
    await c.close()


async def test_binary_frame_is_refused_politely(server: str) -> None:
    c = await Client.open(server)
    err = await _error(c, b"\x00\x01")
    assert err["code"] == "binary_not_supported"
    assert (await c.request("ping"))["type"] == "ping.ok"
    await c.close()


async def test_oversized_frame_closes_with_1009(server: str) -> None:
    c = await Client.open(server)
    await c.send_raw(json.dumps({"type": "ping", "id": "big", "pad": "x" * 70_000}))
    with pytest.raises(ConnectionClosed) as info:
        await c.recv()
    assert info.value.rcvd is not None and info.value.rcvd.code == 1009


async def test_rate_limit_answers_with_retry_after_and_keeps_connection(server: str) -> None:
    c = await Client.open(server)
    replies = [await c.request("ping") for _ in range(35)]
    limited = [r for r in replies if r["type"] == "error"]
    assert [r["type"] for r in replies[:30]] == ["ping.ok"] * 30
    assert limited and all(r["code"] == "rate_limited" for r in limited)
    assert 0 < limited[0]["retry_after"] <= 10
    await c.close()
