"""The link's decisions without a socket (``tta_tui.net.core``): exactly-once in-order events,
the turn queue across reconnects, what replies and close codes mean, and the backoff."""

from __future__ import annotations

from tta_server.protocol.codes import CloseCode
from tta_tui.net.core import (
    Delivery,
    LinkCore,
    Reconnect,
    Stop,
    TurnDone,
    TurnFailed,
    TurnRetry,
)
from tta_tui.net.notices import SessionLost, TurnError


def event(seq: int, session_id: str = "s1") -> dict[str, object]:
    return {"type": "narrative.chunk", "session_id": session_id, "seq": seq}


def sent(core: LinkCore, generation: int) -> str | None:
    """The id of the next turn to send on connection ``generation``."""
    turn = core.next_unsent(generation)
    return turn.turn_id if turn else None


def test_events_are_delivered_once_in_order_and_a_gap_asks_for_a_resume() -> None:
    core = LinkCore()
    core.switch_session("s1", 3)
    assert core.event(event(3)) is Delivery.SEEN  # replayed, already shown
    assert core.event(event(4)) is Delivery.DELIVER and core.last_seq == 4
    assert core.event(event(4)) is Delivery.SEEN
    assert core.event(event(6)) is Delivery.GAP and core.last_seq == 4  # 5 is missing
    assert core.event(event(5, "other")) is Delivery.OTHER_STORY
    assert core.event({"type": "x", "session_id": "s1", "seq": "5"}) is Delivery.OTHER_STORY
    assert core.start_resync() and not core.start_resync()  # one resume at a time
    assert core.event(event(5)) is Delivery.DELIVER
    core.resyncing = False
    core.switch_session(None, 0)
    assert not core.start_resync()  # no story: nothing to resume


def test_turns_go_again_after_a_drop_in_the_order_typed() -> None:
    core = LinkCore()
    core.switch_session("s1", 0)
    core.queue("a", "go north")
    core.queue("b", "look")
    assert sent(core, 1) == "a"
    assert sent(core, 1) == "b"
    assert sent(core, 1) is None and core.awaiting(1)
    core.connection_lost()
    assert [sent(core, 2), sent(core, 2)] == ["a", "b"]
    assert core.turn_reply("a", True, "", "", {}, 0.0) == TurnDone()
    assert core.turn_reply("a", True, "", "", {}, 0.0) is None  # answered already
    assert list(core.turns) == ["b"]


def test_a_busy_server_keeps_the_turn_and_a_refusal_drops_it() -> None:
    core = LinkCore()
    core.switch_session("s1", 0)
    core.queue("a", "go north")
    core.queue("b", "x" * 10)
    core.next_unsent(1)
    assert core.turn_reply("a", False, "rate_limited", "slow down", {}, 2.5) == TurnRetry(2.5)
    assert core.turn_reply("a", False, "shutting_down", "restarting", {}, 0.0) == TurnRetry(1.0)
    assert sent(core, 1) == "a"  # goes again
    refused = core.turn_reply("b", False, "invalid_fields", "too long", {"text": "long"}, 0.0)
    assert isinstance(refused, TurnFailed)
    assert refused.notice == TurnError(
        turn_id="b", code="invalid_fields", message="too long", fields={"text": "long"}
    )
    assert list(core.turns) == ["a"]


def test_another_story_or_a_lost_one_drops_the_turns_of_the_old_one() -> None:
    core = LinkCore()
    core.switch_session("s1", 5)
    core.queue("a", "go north")
    assert core.switch_session("s1", 5) == []  # the same story: kept
    lost = core.lose_session("not_found", "That story no longer exists.")
    assert lost == SessionLost(
        session_id="s1", code="not_found", message="That story no longer exists.", turn_ids=["a"]
    )
    assert core.session_id is None and core.last_seq == 0 and not core.turns
    core.switch_session("s1", 0)
    core.queue("b", "look")
    assert core.switch_session("s2", 0) == ["b"]


def test_close_codes_stop_or_reconnect() -> None:
    taken = LinkCore.after_close(CloseCode.TAKEN_OVER, "")
    assert isinstance(taken, Stop) and "somewhere else" in taken.reason
    assert not taken.forget_token
    revoked = LinkCore.after_close(CloseCode.TOKEN_REVOKED, "logged out")
    assert isinstance(revoked, Stop) and revoked.forget_token
    kicked = LinkCore.after_close(CloseCode.KICKED, "be kind")
    assert kicked == Stop("An operator ended this connection: be kind")
    assert LinkCore.after_close(1001, "") == Reconnect(
        "The connection was lost: the server is restarting."
    )
    assert LinkCore.after_close(1006, "") == Reconnect(
        "The connection was lost: the network connection dropped."
    )
    assert LinkCore.after_close(1011, "") == Reconnect(
        "The connection was lost: the server closed it (code 1011)."
    )


def test_backoff_is_full_jitter_under_a_doubling_ceiling() -> None:
    core = LinkCore(backoff_base_s=0.5, backoff_cap_s=4.0)
    highest = [core.backoff(n, lambda low, high: high) for n in range(1, 7)]
    assert highest == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert core.backoff(3, lambda low, high: low) == 0.0
