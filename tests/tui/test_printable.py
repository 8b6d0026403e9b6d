"""Whatever the server relays is shown without terminal control sequences (issue 13, item 8)."""

from __future__ import annotations

from tta_tui.net.printable import printable


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
