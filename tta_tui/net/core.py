"""The link's decisions without I/O (the way the websockets library keeps its protocol apart from
its sockets): which session events to deliver, which turns to send and what a turn's reply
means, what a close code means, and how long to wait before reconnecting.

:class:`LinkCore` holds the state those decisions need (the story, ``last_seq``, the turn
queue) and nothing else: no socket, no task, no clock. :class:`~tta_tui.net.link.Link` feeds it
what arrives and does what it answers; the tests drive it directly.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tta_server.protocol import replies as r
from tta_server.protocol.codes import CloseCode
from tta_server.protocol.errors import ErrorCode
from tta_tui.net.notices import SessionLost, TurnError

RETRY_TURN_CODES = frozenset({ErrorCode.RATE_LIMITED, ErrorCode.SHUTTING_DOWN})
"""Errors after which a turn stays queued and is sent again."""
TURN_RETRY_S = 1.0
"""Seconds before re-sending a turn refused as ``rate_limited``/``shutting_down`` without a
``retry_after``."""

TAKEN_OVER_REASON = "This story was opened somewhere else."
REVOKED_REASON = "You were logged out from another window. Please log in again."
KICKED_REASON = "An operator ended this connection"


class Delivery(StrEnum):
    """What to do with a session event."""

    DELIVER = "deliver"
    """The next event of the story: pass it on (``last_seq`` is now its seq)."""
    SEEN = "seen"
    """Already delivered (a replay overlapping what arrived live): drop it."""
    OTHER_STORY = "other_story"
    """Not of the current story (or no seq): drop it."""
    GAP = "gap"
    """Events are missing before it: drop it and resume from ``last_seq``."""


@dataclass
class Turn:
    """A turn typed and not yet answered."""

    turn_id: str
    text: str
    sent_on: int = 0
    """The connection generation it was last sent on (0: not sent on any live connection)."""


@dataclass(frozen=True)
class TurnDone:
    """The turn was applied (or had been, before a reconnect): it leaves the queue."""


@dataclass(frozen=True)
class TurnRetry:
    """The server was busy or restarting: the turn stays queued and goes again after ``delay_s``."""

    delay_s: float


@dataclass(frozen=True)
class TurnFailed:
    """The turn was refused: it leaves the queue; ``notice`` goes to the UI."""

    notice: TurnError


TurnOutcome = TurnDone | TurnRetry | TurnFailed


@dataclass(frozen=True)
class Stop:
    """Do not reconnect: the link stops for good with ``reason``."""

    reason: str
    forget_token: bool = False


@dataclass(frozen=True)
class Reconnect:
    """Reconnect; ``why`` is the sentence the status shows meanwhile."""

    why: str


class LinkCore:
    """The state of one link's story and turns, and the decisions made from it."""

    def __init__(self, *, backoff_base_s: float = 0.5, backoff_cap_s: float = 15.0) -> None:
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.session_id: str | None = None
        self.last_seq = 0
        self.resyncing = False
        """A resume to fill a gap is under way (at most one at a time)."""
        self.turns: dict[str, Turn] = {}
        """Unanswered turns, in the order they were typed."""

    # -- the story and its events ----------------------------------------------------------------
    def switch_session(self, session_id: str | None, last_seq: int) -> list[str]:
        """Follow another story (or none) from ``last_seq``; returns the ids of the previous
        story's turns, which are dropped."""
        dropped = list(self.turns) if session_id != self.session_id else []
        if dropped:
            self.turns.clear()
        self.session_id, self.last_seq = session_id, last_seq
        self.resyncing = False
        return dropped

    def follow(self, request_type: str, fields: dict[str, Any], reply: r.Reply) -> list[str]:
        """Follow the story a successful reply opened or closed (``session.start``,
        ``session.resume``, ``session.end`` of this story, ``logout``); returns the ids of the
        turns dropped with the previous story."""
        if isinstance(reply, r.SessionStartOk):
            return self.switch_session(reply.session.id, 0)
        if isinstance(reply, r.SessionResumeOk):
            return self.switch_session(reply.session.id, int(fields.get("last_seq", 0)))
        if isinstance(reply, r.LogoutOk):
            return self.switch_session(None, 0)
        if not isinstance(reply, r.SessionIdOk) or request_type != "session.end":
            return []
        if reply.session_id != self.session_id:  # another story ended: this one goes on
            return []
        return self.switch_session(None, self.last_seq)

    def event(self, doc: dict[str, Any]) -> Delivery:
        """Judge one session event; a delivered one raises ``last_seq``."""
        seq = doc.get("seq")
        if doc.get("session_id") != self.session_id or not isinstance(seq, int):
            return Delivery.OTHER_STORY
        if seq <= self.last_seq:
            return Delivery.SEEN
        if seq != self.last_seq + 1:
            return Delivery.GAP
        self.last_seq = seq
        return Delivery.DELIVER

    def start_resync(self) -> bool:
        """True when a resume should be sent now (a story is open and none is under way)."""
        if self.resyncing or self.session_id is None:
            return False
        self.resyncing = True
        return True

    def lose_session(self, code: str, message: str) -> SessionLost:
        """The story cannot be resumed: forget it and its turns; the notice that says so."""
        lost = self.session_id
        dropped = list(self.turns)
        self.switch_session(None, 0)
        self.turns.clear()
        return SessionLost(session_id=lost, code=code, message=message, turn_ids=dropped)

    # -- turns -----------------------------------------------------------------------------------
    def queue(self, turn_id: str, text: str) -> Turn:
        turn = Turn(turn_id, text)
        self.turns[turn_id] = turn
        return turn

    def next_unsent(self, generation: int) -> Turn | None:
        """The first queued turn not yet sent on connection ``generation``, marked as sent."""
        turn = next((t for t in self.turns.values() if t.sent_on != generation), None)
        if turn is not None:
            turn.sent_on = generation
        return turn

    def connection_lost(self) -> None:
        """The connection dropped: every queued turn goes again on the next one."""
        for turn in self.turns.values():
            turn.sent_on = 0

    def awaiting(self, generation: int) -> bool:
        """Whether a turn sent on connection ``generation`` still waits for its reply."""
        return any(t.sent_on == generation for t in self.turns.values())

    def turn_reply(
        self,
        turn_id: str,
        ok: bool,
        code: str,
        message: str,
        fields: dict[str, str],
        retry_after: float,
    ) -> TurnOutcome | None:
        """What a reply to turn ``turn_id`` means (None: no such turn is queued)."""
        turn = self.turns.get(turn_id)
        if turn is None:
            return None
        if ok:
            del self.turns[turn_id]
            return TurnDone()
        if code in RETRY_TURN_CODES:
            turn.sent_on = 0
            return TurnRetry(retry_after or TURN_RETRY_S)
        del self.turns[turn_id]
        return TurnFailed(TurnError(turn_id=turn_id, code=code, message=message, fields=fields))

    # -- closes and reconnects -------------------------------------------------------------------
    @staticmethod
    def after_close(code: int, reason: str) -> Stop | Reconnect:
        """What an unexpected close means: stop for good (4000, 4001, 4002) or reconnect."""
        if code == CloseCode.TAKEN_OVER:
            return Stop(TAKEN_OVER_REASON)
        if code == CloseCode.TOKEN_REVOKED:
            return Stop(REVOKED_REASON, forget_token=True)
        if code == CloseCode.KICKED:  # reconnecting would undo what the operator did
            return Stop(f"{KICKED_REASON}: {reason}" if reason else f"{KICKED_REASON}.")
        return Reconnect(f"The connection was lost: {close_meaning(code, reason)}.")

    def backoff(
        self, attempt: int, draw: Callable[[float, float], float] = random.uniform
    ) -> float:
        """Seconds to wait before reconnect attempt ``attempt`` (1, 2, ...): full jitter, a
        random time up to ``min(backoff_cap_s, backoff_base_s * 2 ** (attempt - 1))``."""
        ceiling = min(self.backoff_cap_s, self.backoff_base_s * 2 ** (attempt - 1))
        return draw(0, ceiling)


def close_meaning(code: int, reason: str) -> str:
    """A close code and reason as words a player understands."""
    if code == 1001:
        return "the server is restarting"
    if code == 1006:
        return "the network connection dropped"
    if reason:
        return f"the server closed it ({reason})"
    return f"the server closed it (code {code})"
