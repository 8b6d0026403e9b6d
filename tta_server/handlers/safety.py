"""Handlers of the crisis protocol and facilitator alerts: ``safety.ack``,
``alerts.subscribe`` and ``alerts.list``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tta_server import crisis_response
from tta_server.crisis_response import Choice
from tta_server.game import CHECK_IN
from tta_server.handlers.common import account_id, ended, not_found, require_role
from tta_server.handlers.turns import live_of
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, ProtocolError
from tta_server.store.base import HoldWrite, NotFound, Role, SessionNotActive

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn

RECENT_ALERTS = 20
"""Alerts sent with the ``alerts.subscribe`` reply, newest first."""


async def safety_ack(conn: Conn, req: m.SafetyAck) -> r.SafetyAckOk:
    """The player's answer to a crisis check: continue, talk to a person, or end."""
    app = conn.app
    session_id = conn.session_id
    if session_id is None:
        raise ProtocolError(
            ErrorCode.NO_SESSION, "Resume the story first; then answer its safety check."
        )
    live = await live_of(conn, session_id)
    if live.hold is None:
        raise ProtocolError(
            ErrorCode.NOTHING_TO_ACKNOWLEDGE,
            "There is no safety check waiting for an answer; the story can go on.",
        )
    choice = Choice(req.choice)
    resources = app.resources.for_country(live.country)
    events = [crisis_response.resolved_event(choice, resources)]
    if choice is Choice.CONTINUE:
        events += await app.game.calm(live)
    elif choice is Choice.TALK:
        alert = await app.store.request_contact(live.hold)
        if alert is not None:
            await app.hub.publish_alert("contact_requested", alert)
        events += app.game.pause(live)
    try:
        result = await app.store.append_events(session_id, events, hold=HoldWrite(None))
        live.hold = None
        if choice is Choice.CONTINUE:
            # The crisis check asked how the player is and they said they are safe: their next
            # words answer it, as they answer the guide's check-in (``checkin_panel``: the
            # learned signals' concern on them gets its alert and no panel; a rule's concern and
            # every crisis keep theirs). "I am grand, honestly. I was only asking after her"
            # got a check-in panel right after "I'm safe, continue" (newcomer corpus 29).
            live.asking = CHECK_IN
        await conn.deliver(result.events)
        if choice is Choice.END:
            closing = crisis_response.ended_event()
            await conn.deliver(await app.store.end_session(account_id(conn), session_id, [closing]))
            app.hub.detach(conn)
            conn.session_id = conn.live = None
    except NotFound:
        raise not_found("session", "session_id") from None
    except SessionNotActive:
        raise ended() from None
    return r.SafetyAckOk(choice=choice.value)


async def alerts_subscribe(conn: Conn, req: m.AlertsSubscribe) -> r.AlertsSubscribeOk:
    """Live ``safety.alert`` frames on this connection, and the most recent alerts now."""
    require_role(conn, Role.FACILITATOR, Role.ADMIN)
    conn.app.hub.alert_watchers.add(conn)
    recent = await conn.app.store.list_alerts(None, RECENT_ALERTS)
    return r.AlertsSubscribeOk(alerts=[crisis_response.alert_out(a) for a in recent])


async def alerts_list(conn: Conn, req: m.AlertsList) -> r.AlertsListOk:
    """Alerts newest first, paged by time (``before``: the ``at`` of the last one seen)."""
    require_role(conn, Role.FACILITATOR, Role.ADMIN)
    found = await conn.app.store.list_alerts(req.before, req.limit)
    more = len(found) == req.limit
    return r.AlertsListOk(
        alerts=[crisis_response.alert_out(a) for a in found],
        next_before=found[-1].at if more else None,
    )
