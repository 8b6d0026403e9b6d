"""The reply check every wire test runs (:func:`tests.wire.client.check_reply`) can fail: a
reply with a field its model does not have, without one it needs, or with one of the wrong
kind, is refused; a reply as the server sends it passes."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from tests.wire.client import check_reply
from tta_server.protocol.replies import REPLIES, parse_reply

TURN_OK: dict[str, Any] = {
    "type": "turn.ok",
    "re": "r7",
    "turn_id": "t1",
    "first_seq": 4,
    "last_seq": 7,
    "replayed": False,
    "safety": "none",
}

HISTORY_OK: dict[str, Any] = {
    "type": "session.history.ok",
    "re": "r3",
    "session_id": "s1",
    "entries": [{"seq": 2, "at": 1.5, "kind": "input", "turn_id": "t1", "text": "look"}],
    "next_before_seq": None,
}


def test_a_reply_as_the_server_sends_it_passes() -> None:
    check_reply("turn", TURN_OK)
    check_reply("session.history", HISTORY_OK)
    check_reply("ping", {"type": "ping.ok", "re": "r1"})


@pytest.mark.parametrize(
    ("request_type", "frame"),
    [
        ("turn", {**TURN_OK, "extra": 1}),
        ("turn", {k: v for k, v in TURN_OK.items() if k != "safety"}),
        ("turn", {**TURN_OK, "first_seq": "4"}),
        ("turn", {**TURN_OK, "safety": "high"}),
        ("session.history", {**HISTORY_OK, "entries": [{**HISTORY_OK["entries"][0], "x": 1}]}),
        ("session.history", {k: v for k, v in HISTORY_OK.items() if k != "next_before_seq"}),
        ("ping", {"type": "ping.ok", "re": "r1", "pong": True}),
    ],
    ids=["unknown", "missing", "wrong-kind", "not-a-choice", "unknown-nested", "null-left-out",
         "unknown-on-empty"],
)  # fmt: skip
def test_a_reply_that_is_not_its_model_fails(request_type: str, frame: dict[str, Any]) -> None:
    with pytest.raises((AssertionError, ValidationError)):
        check_reply(request_type, frame)


def test_a_client_reads_a_reply_from_a_newer_server_ignoring_what_it_does_not_know() -> None:
    reply = parse_reply("turn", {**TURN_OK, "new_field": {"a": 1}})
    assert reply == REPLIES["turn"].model_validate(TURN_OK)
