"""Request handlers, one per client message type (see :data:`HANDLERS`).

A handler gets the connection, typed as the interface
:class:`~tta_server.handlers.context.Conn` (never the concrete class, which handlers do not
import), and the validated request. It returns the payload of the
``<type>.ok`` reply, as the request type's model in
:data:`~tta_server.protocol.replies.REPLIES` (the connection refuses any other), or sends its
reply itself (:meth:`~tta_server.connection.Connection.reply`) and returns None. It raises
:class:`~tta_server.protocol.errors.ProtocolError` for anything the client should hear about.
Modules by domain: ``accounts``, ``characters``, ``sessions`` (worlds and sessions), ``turns``
(a story turn or a standard command), ``safety`` (crisis answers, alerts), ``facilitators``
(the facilitator console), ``operators`` (admins' broadcast and kick); ``common`` holds what
they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tta_server.handlers import (
    accounts,
    characters,
    facilitators,
    operators,
    safety,
    sessions,
    turns,
)
from tta_server.protocol import messages as m

if TYPE_CHECKING:
    from tta_server.connection import Handler

HANDLERS: dict[str, Handler] = {
    "ping": accounts.ping,
    "register": accounts.register,
    "login": accounts.login,
    "auth": accounts.auth,
    "logout": accounts.logout,
    "character.schema": characters.character_schema_,
    "character.create": characters.character_create,
    "character.list": characters.character_list,
    "character.get": characters.character_get,
    "character.update": characters.character_update,
    "character.delete": characters.character_delete,
    "world.list": sessions.world_list,
    "session.start": sessions.session_start,
    "session.resume": sessions.session_resume,
    "session.list": sessions.session_list,
    "session.end": sessions.session_end,
    "session.history": sessions.session_history,
    "turn": turns.turn,
    "safety.ack": safety.safety_ack,
    "alerts.subscribe": safety.alerts_subscribe,
    "alerts.list": safety.alerts_list,
    "alerts.ack": facilitators.alerts_ack,
    "alerts.handover": facilitators.alerts_handover,
    "facilitator.sessions": facilitators.facilitator_sessions,
    "facilitator.transcript": facilitators.facilitator_transcript,
    "facilitator.message": facilitators.facilitator_message,
    "facilitator.pause": facilitators.facilitator_pause,
    "facilitator.resume": facilitators.facilitator_resume,
    "admin.broadcast": operators.admin_broadcast,
    "admin.kick": operators.admin_kick,
}
assert set(HANDLERS) == set(m.CLIENT_MESSAGES), "every message type needs a handler"
