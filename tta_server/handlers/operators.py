"""Handlers for operators (admin accounts only; others get ``forbidden``): ``admin.broadcast``
and ``admin.kick``. ``tta-admin broadcast`` and ``tta-admin session kick`` send them, because the
embedded store has no bus between processes: a running server is reached through its WebSocket.

Both reach every server process sharing the store (through the hub's control channel) and are
recorded in the audit trail, like the facilitators' actions.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from tta_server.handlers.common import require_role
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.store.base import Action, Role, now

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn


def _admin(conn: Conn) -> str:
    require_role(conn, Role.ADMIN)
    assert conn.account is not None
    return conn.account.username


async def _record(conn: Conn, actor: str, action: str, session_id: str | None, detail: str) -> None:
    await conn.app.store.record_action(
        Action(uuid.uuid4().hex, now(), actor, action, session_id, detail)
    )


async def admin_broadcast(conn: Conn, req: m.AdminBroadcast) -> r.AdminBroadcastOk:
    """Send a ``notice`` to every logged-in connection of every process but this one.

    ``delivered`` counts the connections reached by *this* process only: the others send it
    too, but do not answer.
    """
    me = _admin(conn)
    frame = m.Notice(from_=me, text=req.text).wire()
    delivered = await conn.app.hub.broadcast(frame, conn)
    await _record(conn, me, "broadcast", None, req.text)
    return r.AdminBroadcastOk(delivered=delivered)


async def admin_kick(conn: Conn, req: m.AdminKick) -> r.SessionIdOk:
    """Close the connection driving a session, wherever it is (the session stays active: the
    player may resume it)."""
    me = _admin(conn)
    session = await conn.app.store.find_session(req.session_id)
    if session is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no session with that id.",
            [FieldError("session_id", "No session with that id.")],
        )
    await conn.app.hub.kick(session.id, req.reason)
    await _record(conn, me, "kick", session.id, req.reason)
    return r.SessionIdOk(session_id=session.id)
