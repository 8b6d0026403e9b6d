"""The client reads an ``error`` frame through the protocol's ``ErrorOut`` (``ServerError``):
the server's own frames come out whole (two messages for one field joined), and a frame with
members missing or odd still gives a sentence a person can read."""

from __future__ import annotations

from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import ErrorOut, FieldErrorOut
from tta_tui.net.errors import ServerError


def test_the_servers_error_frames_read_whole() -> None:
    frame = ErrorOut(
        re="r1",
        code=ErrorCode.INVALID_FIELDS,
        message="Some fields need fixing.",
        fields=[
            FieldErrorOut(field="name", message="Too long."),
            FieldErrorOut(field="name", message="Odd."),
        ],
        retry_after=2,
    ).model_dump(exclude_none=True)
    err = ServerError.from_frame(frame)
    assert (err.code, err.message) == ("invalid_fields", "Some fields need fixing.")
    assert err.fields == {"name": "Too long. Odd."} and err.retry_after == 2.0


def test_an_odd_error_frame_still_reads_as_a_sentence() -> None:
    err = ServerError.from_frame({"type": "error", "code": 7, "fields": "no", "retry_after": "x"})
    assert (err.code, err.message, err.fields, err.retry_after) == (
        "unknown",
        "The server refused the request.",
        {},
        None,
    )
    assert str(err) == "The server refused the request."
    newer = ServerError.from_frame(
        {"type": "error", "code": "busy", "message": "Later.", "hint": 1}
    )
    assert (newer.code, newer.message) == ("busy", "Later.")
