"""Whatever the server relays is shown without terminal control sequences (issue 13, item 8)."""

from __future__ import annotations

from tta_server.protocol.text import printable


def test_every_text_in_a_frame_loses_its_control_characters() -> None:
    frame = {
        "type": "notice",
        "text": "restart at ten\x1b[2J\x1b]0;owned\x07 ok",
        "lines": ["tab\tand\nnewline stay", "bell\x07 and \x9bcsi go"],
        "nested": {"key\x1b": "broken \ud800 surrogate"},
        "seq": 3,
    }
    assert printable(frame) == {
        "type": "notice",
        "text": "restart at ten[2J]0;owned ok",
        "lines": ["tab\tand\nnewline stay", "bell and csi go"],
        "nested": {"key": "broken \ufffd surrogate"},
        "seq": 3,
    }
    clean = {"type": "ping.ok", "re": "r1"}
    assert printable(clean) == clean


def test_a_busy_server_is_described_as_busy_not_as_a_stranger() -> None:
    from websockets.datastructures import Headers
    from websockets.exceptions import ConnectionClosedError, InvalidStatus
    from websockets.frames import Close
    from websockets.http11 import Response

    from tta_tui.net.errors import describe_failure

    busy = InvalidStatus(Response(429, "Too Many Requests", Headers({"Retry-After": "2"}), b""))
    assert describe_failure(busy, 5) == (
        "it is turning away new connections from your address for now; retry in 2 s"
    )
    stranger = InvalidStatus(Response(404, "Not Found", Headers(), b""))
    assert "not a TTA server" in describe_failure(stranger, 5)
    full = ConnectionClosedError(Close(1013, "too many connections from your address\x1b[2J"), None)
    assert describe_failure(full, 5) == "it is busy (too many connections from your address[2J)"
