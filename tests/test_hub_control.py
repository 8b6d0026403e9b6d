"""The control channel's messages (``tta_server.hub_control``): each kind round-trips through
its model, members a newer process adds are ignored, and anything this process cannot act on
reads as None (a warning), never an exception. A running server acting on them, and going on
after bad ones: tests/wire/test_control_channel.py."""

from __future__ import annotations

import logging

import pytest

from tta_server.hub_control import (
    AccountChanged,
    Broadcast,
    Control,
    Kick,
    Poke,
    Revoke,
    Takeover,
    read_control,
)


@pytest.mark.parametrize(
    "message",
    [
        Takeover(session_id="s1", conn="c1", origin="p1"),
        Revoke(token_hash="h1", reason="Signed out by an administrator."),
        Poke(session_id="s1", origin="p1"),
        AccountChanged(account_id="a1"),
        Broadcast(frame={"type": "notice", "from": "root", "text": "Back soon."}, origin="p1"),
        Kick(session_id="s1", reason="Maintenance.", origin="p1"),
    ],
)
def test_each_kind_reads_back_as_what_was_sent(message: Control) -> None:
    doc = message.model_dump()
    assert doc["kind"] and doc["origin"]
    assert read_control(doc) == message


def test_members_a_newer_process_adds_are_ignored_and_optional_ones_default() -> None:
    read = read_control({"kind": "kick", "session_id": "s1", "origin": "p2", "priority": 3})
    assert read == Kick(session_id="s1", reason="", origin="p2")
    assert read_control({"kind": "revoke", "token_hash": "h1"}) == Revoke(token_hash="h1")
    assert Revoke(token_hash="h1").origin == "tool"


@pytest.mark.parametrize(
    "doc",
    [
        {"kind": "teleport", "session_id": "s1"},
        {"session_id": "s1"},
        {"kind": "poke"},
        {"kind": "account", "account_id": 7},
        {"kind": "broadcast", "frame": "not an object"},
        {"kind": "takeover", "session_id": None, "conn": "c1"},
        ["kick", "s1"],
        "poke",
        None,
    ],
)
def test_what_cannot_be_acted_on_reads_as_none_with_a_warning(
    doc: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="tta.hub"):
        assert read_control(doc) is None
    assert "control message this process cannot act on was dropped" in caplog.text
