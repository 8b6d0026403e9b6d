"""The link's waiting requests and the replies that change what it follows, without a socket
(``tta_tui.net.requests``, ``LinkCore.follow``): replies matched by id and read into the
protocol's models, an unreadable reply fails its request with a sentence, every waiting
request fails when the link is lost, and a frame too large for the server is refused."""

from __future__ import annotations

import pytest

from tta_server.protocol import replies as r
from tta_server.protocol.messages import Hello, Limits, SessionOut
from tta_tui.net.core import LinkCore
from tta_tui.net.errors import LinkError
from tta_tui.net.requests import UNREADABLE_REASON, Answered, Waiting, encode

SESSION = {"id": "s2", "character_id": "c", "world_id": "w", "status": "active",
           "created_at": 1.0, "updated_at": 2.0, "last_seq": 9}  # fmt: skip


async def test_a_reply_resolves_the_request_with_its_id_read_into_its_model() -> None:
    waiting = Waiting()
    rid, pending = waiting.expect("session.resume", {"session_id": "s2", "last_seq": 4})
    other, _ = waiting.expect("ping", {})
    assert rid != other and waiting
    frame = {"type": "session.resume.ok", "re": rid, "session": SESSION, "replay": 5, "new": 1}
    answered = waiting.answer(frame)
    assert isinstance(answered, Answered) and isinstance(answered.reply, r.SessionResumeOk)
    assert answered.reply.replay == 5 and answered.fields["last_seq"] == 4
    assert await pending.future == frame
    assert waiting.answer(frame) is False  # answered already: no request waits under it
    assert waiting.answer({"type": "turn.ok", "re": "turn-t1"}) is False


async def test_an_error_reply_resolves_the_request_for_the_caller_to_raise() -> None:
    waiting = Waiting()
    rid, pending = waiting.expect("world.list", {})
    error = {"type": "error", "re": rid, "code": "internal_error", "message": "x", "fields": []}
    assert waiting.answer(error) is True
    assert await pending.future == error


async def test_a_reply_the_client_cannot_read_fails_its_request_with_a_sentence() -> None:
    waiting = Waiting()
    rid, pending = waiting.expect("session.start", {})
    assert waiting.answer({"type": "session.start.ok", "re": rid, "session": {"id": 3}})
    with pytest.raises(LinkError) as caught:
        await pending.future
    assert str(caught.value) == UNREADABLE_REASON


async def test_losing_the_link_fails_every_waiting_request() -> None:
    waiting = Waiting()
    futures = [waiting.expect("ping", {})[1].future for _ in range(3)]
    waiting.fail_all(LinkError("lost"))
    assert not waiting
    for future in futures:
        with pytest.raises(LinkError, match="lost"):
            await future


def test_a_frame_larger_than_the_server_accepts_is_refused() -> None:
    limits = Limits(max_frame_bytes=100, rate_limit_messages=30, rate_limit_window_s=10.0,
                    turn_text_max_chars=2000)  # fmt: skip
    hello = Hello(protocol=1, server_version="1", limits=limits)
    assert encode({"type": "ping", "id": "r1"}, hello) == '{"type":"ping","id":"r1"}'
    with pytest.raises(LinkError, match="too long to send"):
        encode({"type": "turn", "text": "x" * 200}, hello)
    assert encode({"type": "turn", "text": "x" * 200}, None)  # no hello: the default limit


def test_replies_that_open_or_close_a_story_switch_what_the_core_follows() -> None:
    core = LinkCore()
    session = SessionOut.model_validate(SESSION)
    core.follow("session.start", {}, r.SessionStartOk(session=session))
    assert (core.session_id, core.last_seq) == ("s2", 0)
    core.follow("session.resume", {"last_seq": 4}, r.SessionResumeOk(session=session, replay=5))
    assert (core.session_id, core.last_seq) == ("s2", 4)
    core.follow("session.end", {}, r.SessionIdOk(session_id="other"))
    assert core.session_id == "s2"  # another story ended
    core.follow("facilitator.pause", {}, r.SessionIdOk(session_id="s2"))
    assert core.session_id == "s2"  # not an end
    core.follow("session.end", {}, r.SessionIdOk(session_id="s2"))
    assert core.session_id is None and core.last_seq == 4
    core.follow("session.start", {}, r.SessionStartOk(session=session))
    core.follow("logout", {}, r.LogoutOk())
    assert (core.session_id, core.last_seq) == (None, 0)
