"""The client reads every frame that is neither a reply nor a session event into the
protocol's model (``tta_tui.net.notices``): each one the server can send, from the server's own
builders; a newer server's extra members are ignored, a member that does not read takes its
default, and a frame the client cannot read (an unknown type, a missing member) is dropped."""

from __future__ import annotations

from typing import get_args

from tta_server.crisis_response import alert_frame
from tta_server.protocol import messages as m
from tta_server.protocol.schema import SERVER_FRAMES
from tta_server.store.base import Alert
from tta_tui.net.notices import SERVER_NOTICES, ServerNotice, parse_notice


def test_the_client_reads_every_server_frame_that_is_not_a_reply_or_an_event() -> None:
    others = {f for f in SERVER_FRAMES if f not in (m.Hello, m.ErrorOut, m.EventOut)}
    assert set(SERVER_NOTICES.values()) == others == set(get_args(ServerNotice))
    for kind, model in SERVER_NOTICES.items():
        assert model.model_fields["type"].default == kind


def test_each_notice_the_server_builds_reads_back_as_its_model() -> None:
    alert = Alert("a1", 1.0, "acc", "gus", "c1", "Gus", "s1", "crisis", None, ("r",), "words")
    frames = [
        m.Notice(from_="ops", text="Back at 18:00.").wire(),
        m.Kicked(session_id="s1", reason="Time for a break.").wire(),
        m.TakenOver(session_id="s1", message="Opened elsewhere.").wire(),
        alert_frame("handed_over", alert, to="bo", by="fay", note="called"),
    ]
    for frame in frames:
        notice = parse_notice(frame)
        assert notice is not None and notice.wire() == frame, frame
    read = parse_notice(frames[0])
    assert isinstance(read, m.Notice) and (read.from_, read.text) == ("ops", "Back at 18:00.")
    handed = parse_notice(frames[3])
    assert isinstance(handed, m.SafetyAlert) and handed.alert.username == "gus"
    assert (handed.to, handed.by, handed.note) == ("bo", "fay", "called")


def test_a_frame_is_read_leniently_or_dropped() -> None:
    newer = parse_notice({"type": "notice", "from": "ops", "text": "Hi", "colour": "red"})
    assert newer == m.Notice(from_="ops", text="Hi")
    odd = parse_notice({"type": "safety.alert", "kind": "alert", "alert": 7, "to": 3})
    assert odd is None  # the alert itself has no default: nothing to show
    kicked = parse_notice({"type": "session.kicked", "session_id": "s1", "reason": ["x"]})
    assert kicked is None  # a reason is required
    assert parse_notice({"type": "session.reshuffled", "session_id": "s1"}) is None
    assert parse_notice({"from": "ops", "text": "no type"}) is None
