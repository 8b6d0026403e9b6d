"""Handlers of the facilitator console (facilitator and admin accounts only):
``facilitator.sessions|transcript|message|pause|resume`` and ``alerts.ack|handover``.

Every action that changes something is recorded in the audit trail (who, when, what). Events a
facilitator writes into a player's session (``facilitator.message``, ``session.paused``,
``session.resumed``) reach the player exactly once through the session log, wherever they are
connected (:meth:`~tta_server.hub.Hub.poke`).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from tta_server import crisis_response
from tta_server.game import TRANSCRIPT_TYPES
from tta_server.handlers.common import FIX_FIELDS, ended, require_role
from tta_server.handlers.sessions import history_entry, session_out
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.events import FacilitatorNote, SessionPaused, SessionResumed
from tta_server.store.base import (
    Action,
    AppendResult,
    GameSession,
    NewEvent,
    NotFound,
    PauseWrite,
    Role,
    SessionNotActive,
    now,
)
from tta_server.world.schema import World

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn

SAFETY_TYPES = ("safety.crisis", "safety.checkin", "safety.resolved", "session.paused",
                "session.resumed", "facilitator.message")  # fmt: skip
"""What a facilitator sees of a session whose player does not share transcripts."""


def _me(conn: Conn) -> str:
    require_role(conn, Role.FACILITATOR, Role.ADMIN)
    assert conn.account is not None
    return conn.account.username


async def _session(conn: Conn, session_id: str) -> GameSession:
    found = await conn.app.store.find_session(session_id)
    if found is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no session with that id.",
            [FieldError("session_id", "No session with that id.")],
        )
    return found


async def _record(conn: Conn, action: str, session_id: str | None, detail: str) -> None:
    actor = _me(conn)
    await conn.app.store.record_action(
        Action(uuid.uuid4().hex, now(), actor, action, session_id, detail)
    )


async def _write(conn: Conn, session: GameSession, event: NewEvent, **extra: Any) -> AppendResult:
    try:
        result = await conn.app.store.append_events(session.id, [event], **extra)
    except NotFound:
        raise ProtocolError(ErrorCode.NOT_FOUND, "That session no longer exists.") from None
    except SessionNotActive:
        raise ended() from None
    await conn.app.hub.poke(session.id)
    return result


async def facilitator_sessions(conn: Conn, req: m.FacilitatorSessions) -> r.FacilitatorSessionsOk:
    _me(conn)
    after = _cursor(req.after) if req.after is not None else None
    views = await conn.app.store.list_active_sessions(req.limit, after)
    worlds = conn.app.game.worlds
    last = views[-1].session if len(views) == req.limit else None
    return r.FacilitatorSessionsOk(
        next=f"{last.updated_at!r}/{last.id}" if last is not None else None,
        sessions=[
            r.FacilitatorSessionOut(
                **session_out(v.session).model_dump(),
                username=v.username,
                character_name=v.character_name,
                location=v.location,
                **_place_names(worlds.get(v.session.world_id), v.session.world_id, v.location),
                safety="crisis" if v.session.hold else ("paused" if v.session.paused else "ok"),
                paused=v.session.paused,
                shares_transcript=v.share_transcript,
            )
            for v in views
        ],
    )


def _cursor(text: str) -> tuple[float, str]:
    """``after`` as (updated_at, id): the ``next`` of a previous page."""
    at, _, sid = text.partition("/")
    try:
        value = float(at)
    except ValueError:
        value = float("nan")
    if not sid or value != value or value in (float("inf"), float("-inf")):
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            FIX_FIELDS,
            [FieldError("after", "Use the 'next' of the previous page, as it came.")],
        )
    return value, sid


def _place_names(world: World | None, world_id: str, location: str) -> dict[str, str]:
    """The names a person reads for a session's world and place (the ids when the world is
    not installed here)."""
    place = world.location(location) if world is not None else None
    return {
        "world_title": world.meta.title if world is not None else world_id,
        "location_name": place.name if place is not None else location,
    }


async def facilitator_transcript(
    conn: Conn, req: m.FacilitatorTranscript
) -> r.FacilitatorTranscriptOk:
    _me(conn)
    session = await _session(conn, req.session_id)
    views = await conn.app.store.list_active_sessions(1, only=session.id)
    shared = any(v.share_transcript for v in views)
    types = TRANSCRIPT_TYPES + SAFETY_TYPES if shared else SAFETY_TYPES
    before = req.before_seq if req.before_seq is not None else session.last_seq + 1
    found = await conn.app.store.read_events_before(session.id, before, req.limit, types)
    await _record(conn, "read_transcript", session.id, "shared" if shared else "safety only")
    more = len(found) == req.limit and found[-1].seq > 1
    return r.FacilitatorTranscriptOk(
        session_id=session.id,
        shared=shared,
        message=None
        if shared
        else ("This player has not agreed to share their story; only safety events are shown."),
        entries=[
            r.TranscriptEntry(**history_entry(e).model_dump(), type=e.type) for e in reversed(found)
        ],
        next_before_seq=found[-1].seq if more else None,
    )


async def facilitator_message(conn: Conn, req: m.FacilitatorMessage) -> r.FacilitatorMessageOk:
    me = _me(conn)
    session = await _session(conn, req.session_id)
    event = NewEvent.of(FacilitatorNote(from_=me, text=req.text))
    key = f"facilitator.message:{me}:{req.message_id}" if req.message_id else None
    result = await _write(conn, session, event, turn_id=key)
    if not result.replayed:
        await _record(conn, "message", session.id, req.text)
    return r.FacilitatorMessageOk(session_id=session.id, replayed=result.replayed)


async def facilitator_pause(conn: Conn, req: m.FacilitatorPause) -> r.SessionIdOk:
    me = _me(conn)
    session = await _session(conn, req.session_id)
    message = (
        f"{me} (a facilitator) has paused your story for a moment: {req.reason} "
        "It will go on when they resume it."
    )
    event = NewEvent.of(SessionPaused(by=me, reason=req.reason, message=message))
    await _write(conn, session, event, pause=PauseWrite(f"{me}: {req.reason}"))
    await _record(conn, "pause", session.id, req.reason)
    return r.SessionIdOk(session_id=session.id)


async def facilitator_resume(conn: Conn, req: m.FacilitatorResume) -> r.SessionIdOk:
    me = _me(conn)
    session = await _session(conn, req.session_id)
    if session.paused is None:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            "That story is not paused.",
            [FieldError("session_id", "Not paused.")],
        )
    event = NewEvent.of(
        SessionResumed(by=me, message="Your story can go on whenever you are ready.")
    )
    await _write(conn, session, event, pause=PauseWrite(None))
    await _record(conn, "resume", session.id, "")
    return r.SessionIdOk(session_id=session.id)


async def alerts_ack(conn: Conn, req: m.AlertsAck) -> r.AlertsAckOk:
    me = _me(conn)
    alert = await conn.app.store.ack_alert(req.alert_id, me, req.note)
    if alert is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no alert with that id.",
            [FieldError("alert_id", "No alert with that id.")],
        )
    await _record(conn, "ack_alert", alert.session_id, req.note)
    await conn.app.hub.publish_alert("acknowledged", alert)
    return r.AlertsAckOk(alert=crisis_response.alert_out(alert))


async def alerts_handover(conn: Conn, req: m.AlertsHandover) -> r.AlertsHandoverOk:
    me = _me(conn)
    alert = await conn.app.store.get_alert(req.alert_id)
    if alert is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no alert with that id.",
            [FieldError("alert_id", "No alert with that id.")],
        )
    to = await conn.app.store.get_account_by_username(req.to)
    if to is None or to.role not in (Role.FACILITATOR, Role.ADMIN) or to.disabled:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            "Hand the alert to a facilitator's user name.",
            [FieldError("to", "No active facilitator with that user name.")],
        )
    await _record(conn, "handover_alert", alert.session_id, f"to {to.username}: {req.note}")
    await conn.app.hub.publish_alert("handed_over", alert, to=to.username, by=me, note=req.note)
    return r.AlertsHandoverOk(alert_id=alert.id, to=to.username)
