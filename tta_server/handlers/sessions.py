"""Handlers of worlds and sessions: ``world.list``, ``session.start|resume|list|end|history``
(the ``turn`` handler is :mod:`tta_server.handlers.turns`)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Literal

from tta_server import crisis_response
from tta_server.game import TRANSCRIPT_TYPES, Live
from tta_server.handlers.common import account_id, ended, not_found
from tta_server.narrative.base import Persona
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.events import SessionStarted, event_words
from tta_server.store.base import (
    Character,
    Event,
    GameSession,
    LoadedSession,
    NotFound,
    Playthrough,
    SessionNotActive,
)
from tta_server.world import World

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn

log = logging.getLogger(__name__)

CLOSED_MESSAGE = "This story is closed. Thank you for playing; take care of yourself."
"""``session.ended``'s message when the player closes a story (``session.end``)."""


def session_out(s: GameSession) -> m.SessionOut:
    return m.SessionOut(
        id=s.id,
        character_id=s.character_id,
        world_id=s.world_id,
        status=s.status,
        created_at=s.created_at,
        updated_at=s.updated_at,
        last_seq=s.last_seq,
    )


async def world_list(conn: Conn, req: m.WorldList) -> r.WorldListOk:
    return r.WorldListOk(
        worlds=[
            m.WorldOut.model_validate(w.model_dump(mode="json")) for w in conn.app.worlds.values()
        ]
    )


async def session_start(conn: Conn, req: m.SessionStart) -> None:
    app, owner = conn.app, account_id(conn)
    world = app.game.worlds.get(req.world_id)
    if world is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no world with that id. Choose one from the world list.",
            [FieldError("world_id", "Choose one of: " + ", ".join(sorted(app.worlds)) + ".")],
        )
    limit = app.settings.session_starts_per_hour
    throttle = f"session:start:{owner}" if limit else None
    if throttle is not None:
        retry = await app.store.throttle_take(throttle, limit, 3600)
        if retry:
            raise ProtocolError(
                ErrorCode.SESSION_THROTTLED,
                f"You have started {limit} stories in the last hour. Resume one of your "
                "stories, or start a new one later.",
                retry_after=round(retry, 1),
            )
    try:
        live, session, events = await _start(conn, req, world, owner)
    except BaseException:
        if throttle is not None:
            await app.store.throttle_release(throttle)
        raise
    _drive(conn, session.id, 0, live)
    await app.hub.attach(conn, session.id, new=True)
    conn.reply(req, r.SessionStartOk(session=session_out(session)))
    await conn.deliver(events)


async def _start(
    conn: Conn, req: m.SessionStart, world: World, owner: str
) -> tuple[Live, GameSession, list[Event]]:
    """Create the session from the character this connection last saw (one store call), or
    read it again when it changed or was never seen."""
    app = conn.app
    known = conn.characters.get(req.character_id)
    if known is not None and known.account_id == owner:
        try:  # one store call: the store checks the character is still as this connection saw it
            return await _create(conn, world, known, known.updated_at)
        except NotFound:  # changed or deleted since: read it again
            conn.characters.pop(req.character_id, None)
    character = await app.store.get_character(owner, req.character_id)
    if character is None:
        raise not_found("character", "character_id")
    conn.remember(character)
    try:
        return await _create(conn, world, character, None)
    except NotFound:  # deleted between the two calls
        raise not_found("character", "character_id") from None


async def _create(
    conn: Conn, world: World, character: Character, version: float | None
) -> tuple[Live, GameSession, list[Event]]:
    """A new session of ``world`` for ``character`` with its opening events (see
    :meth:`Store.create_session` for ``version``)."""
    app = conn.app
    live, start, narration = await app.game.opening(world, Persona.of(character.data))
    live.character_id, live.country = character.id, _country(character)
    opening = [
        crisis_response.started_event(
            world.id,
            world.meta.title,
            character.name,
            app.resources.for_country(live.country),
        ),
        *narration,
    ]
    session, events = await app.store.create_session(
        character.account_id, character.id, world.id, opening, start, version
    )
    return live, session, events


def _country(character: Character | None) -> str | None:
    profile = character.data.get("profile") if character is not None else None
    country = profile.get("country") if isinstance(profile, dict) else None
    return country if isinstance(country, str) else None


def _drive(conn: Conn, session_id: str, sent_seq: int, live: Live) -> None:
    """Make this connection the session's driver, with its playthrough and break clock."""
    conn.session_id, conn.sent_seq, conn.live = session_id, sent_seq, live
    interval = conn.app.settings.break_reminder_s
    conn.next_break = time.monotonic() + interval if interval > 0 else None


def live_of_loaded(conn: Conn, loaded: LoadedSession) -> Live:
    """A session's playthrough, with its character and safety hold, as the store read it."""
    session, character = loaded.session, loaded.character
    persona = Persona.of(character.data) if character is not None else Persona(name="traveller")
    playthrough = loaded.playthrough
    live = None if playthrough is None else conn.app.game.resume(playthrough, persona)
    if live is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "The world of this story is not available on this server any more. "
            "Start a new story from the world list.",
            [FieldError("session_id", "Its world is not installed here.")],
        )
    live.character_id, live.country = session.character_id, _country(character)
    live.hold, live.paused = session.hold, session.paused
    return live


async def load(conn: Conn, session_id: str) -> LoadedSession:
    """The connection's account's session with its playthrough and character (one read)."""
    loaded = await conn.app.store.load_session(account_id(conn), session_id)
    if loaded is None:
        raise not_found("session", "session_id")
    return loaded


async def session_resume(conn: Conn, req: m.SessionResume) -> None:
    app = conn.app
    loaded = await load(conn, req.session_id)
    session = loaded.session
    if req.last_seq > session.last_seq:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            "last_seq is later than anything in this session; resume from the last event you "
            "received.",
            [FieldError("last_seq", f"Must be {session.last_seq} or less.")],
        )
    _drive(conn, session.id, req.last_seq, live_of_loaded(conn, loaded))
    await app.hub.attach(conn, session.id)
    conn.reply(
        req, r.SessionResumeOk(session=session_out(session), replay=session.last_seq - req.last_seq)
    )
    await conn.replay(session.id)


async def session_history(conn: Conn, req: m.SessionHistory) -> r.SessionHistoryOk:
    session = await conn.app.store.get_session(account_id(conn), req.session_id)
    if session is None:
        raise not_found("session", "session_id")
    before = req.before_seq if req.before_seq is not None else session.last_seq + 1
    found = await conn.app.store.read_events_before(session.id, before, req.limit, TRANSCRIPT_TYPES)
    more = len(found) == req.limit and found[-1].seq > 1
    return r.SessionHistoryOk(
        session_id=session.id,
        entries=[history_entry(e) for e in reversed(found)],
        next_before_seq=found[-1].seq if more else None,
    )


def history_entry(e: Event) -> m.HistoryEntry:
    """A transcript line: what the player wrote, the story, or a notice (start, end). The
    event is read through its model (:meth:`Event.read_data`): a stored event missing a member
    shows that member's default, never an error."""
    data = e.read_data()
    kind: Literal["input", "narration", "notice"] = "notice"
    turn_id: str | None = None
    if isinstance(data, m.TurnInput):
        kind, text, turn_id = "input", data.text, data.turn_id or None
    elif isinstance(data, m.NarrativeChunk):
        kind, text, turn_id = "narration", data.text, data.turn_id
    elif isinstance(data, SessionStarted):
        who, where = data.character_name or "You", data.world_title or "a new world"
        text = f"{who} begins a story in {where}."
    else:
        text = event_words(data) or _WORDLESS.get(e.type, _UNREADABLE)
    return m.HistoryEntry(seq=e.seq, at=e.at, kind=kind, turn_id=turn_id, text=text)


_WORDLESS = {
    "session.ended": "The story is closed.",
    "safety.crisis": "The story was paused for the player's safety.",
    "safety.checkin": "A check-in was offered.",
    "safety.resolved": "The player answered the safety panel.",
    "session.paused": "The story was paused.",
    "session.resumed": "The story went on.",
    "facilitator.message": "A facilitator wrote to the player.",
}
"""A transcript notice's text for an event stored without its words (its ``message`` or
``text``): what happened, never another event's words."""
_UNREADABLE = "(an event this server cannot show)"
"""A notice for an event that does not read (a type from a newer server, a damaged record)."""


async def session_list(conn: Conn, req: m.SessionList) -> r.SessionListOk:
    """The account's stories, newest first, each saying whether it reached its ending (read
    from its playthrough: one read per story, concurrently; a rare request, never per turn)."""
    owner, store = account_id(conn), conn.app.store
    found = await store.list_sessions(owner)
    loaded = await asyncio.gather(*(store.load_session(owner, s.id) for s in found))
    return r.SessionListOk(
        sessions=[
            r.StoryOut(
                **session_out(s).model_dump(),
                finished=_finished(one.playthrough if one is not None else None),
            )
            for s, one in zip(found, loaded, strict=True)
        ]
    )


def _finished(playthrough: Playthrough | None) -> bool:
    """Has this playthrough reached its world's ending (``WorldState.ended``)?"""
    return playthrough is not None and playthrough.state.get("ended") is True


async def session_end(conn: Conn, req: m.SessionEnd) -> r.SessionIdOk:
    closing = [crisis_response.ended_event(CLOSED_MESSAGE)]
    try:
        events = await conn.app.store.end_session(account_id(conn), req.session_id, closing)
    except NotFound:
        raise not_found("session", "session_id") from None
    except SessionNotActive:
        raise ended() from None
    if conn.session_id == req.session_id:
        await conn.deliver(events)
        conn.app.hub.detach(conn)
        conn.session_id = conn.live = None
    return r.SessionIdOk(session_id=req.session_id)
