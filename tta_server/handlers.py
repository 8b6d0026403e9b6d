"""Request handlers, one per client message type (see :data:`HANDLERS`).

A handler gets the connection and the validated request. It returns the payload of the
``<type>.ok`` reply, or sends its replies itself and returns None. It raises
:class:`~tta_server.protocol.errors.ProtocolError` for anything the client should hear about.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ValidationError

from tta_server.characters import CharacterIn, CharacterPatch, character_schema
from tta_server.connection import Connection, Handler
from tta_server.game import TRANSCRIPT_TYPES, Live
from tta_server.narrative.base import Persona
from tta_server.protocol import messages as m
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.validation import field_errors
from tta_server.store.base import (
    AppendResult,
    Character,
    CharacterLimitReached,
    CharacterNameTaken,
    Event,
    GameSession,
    NewEvent,
    NotFound,
    SessionNotActive,
    StaleState,
)

FIX_FIELDS = "Please fix the highlighted fields."


# -- helpers -------------------------------------------------------------------------------------
def _account_out(conn: Connection) -> dict[str, Any]:
    assert conn.account is not None
    a = conn.account
    return m.AccountOut(id=a.id, username=a.username, role=a.role.value).model_dump()


def _character_out(c: Character) -> dict[str, Any]:
    return m.CharacterOut(
        id=c.id, name=c.name, created_at=c.created_at, updated_at=c.updated_at, character=c.data
    ).model_dump()


def _session_out(s: GameSession) -> dict[str, Any]:
    return m.SessionOut(
        id=s.id,
        character_id=s.character_id,
        world_id=s.world_id,
        status=s.status,
        created_at=s.created_at,
        updated_at=s.updated_at,
        last_seq=s.last_seq,
    ).model_dump()


def _account_id(conn: Connection) -> str:
    assert conn.account is not None
    return conn.account.id


def _not_found(what: str, field: str) -> ProtocolError:
    return ProtocolError(
        ErrorCode.NOT_FOUND,
        f"No {what} with that id is yours. List them again to pick one.",
        [FieldError(field, f"No {what} with that id.")],
    )


def _validate_character(doc: dict[str, Any]) -> CharacterIn:
    try:
        return CharacterIn.model_validate(doc)
    except ValidationError as exc:
        raise ProtocolError(ErrorCode.INVALID_FIELDS, FIX_FIELDS, field_errors(exc)) from None


def _name_taken(name: str) -> ProtocolError:
    message = f"You already have a character called {name}. Choose another name."
    return ProtocolError(ErrorCode.NAME_TAKEN, message, [FieldError("name", message)])


# -- connection and accounts ---------------------------------------------------------------------
async def ping(conn: Connection, req: m.Ping) -> dict[str, Any]:
    return {}


def _require_anonymous(conn: Connection) -> None:
    if conn.account is not None:
        raise ProtocolError(
            ErrorCode.ALREADY_AUTHENTICATED,
            "You are already logged in on this connection. Log out first to switch accounts.",
        )


async def register(conn: Connection, req: m.Register) -> dict[str, Any]:
    _require_anonymous(conn)
    account = await conn.app.accounts.register(req.username, req.password, address=conn.address)
    return {
        "account": m.AccountOut(
            id=account.id, username=account.username, role=account.role.value
        ).model_dump()
    }


async def login(conn: Connection, req: m.Login) -> dict[str, Any]:
    _require_anonymous(conn)
    account, token = await conn.app.accounts.login(req.username, req.password, conn.address)
    _authenticated(conn, account, token)
    return {
        "token": token,
        "expires_in": conn.app.settings.token_ttl_s,
        "account": _account_out(conn),
    }


async def auth(conn: Connection, req: m.Auth) -> dict[str, Any]:
    _require_anonymous(conn)
    account, hashed = await conn.app.accounts.authenticate(req.token)
    conn.account, conn.token_hash = account, hashed
    conn.app.hub.remember_token(conn, hashed)
    return {"account": _account_out(conn), "expires_in": conn.app.settings.token_ttl_s}


def _authenticated(conn: Connection, account: Any, token: str) -> None:
    from tta_server.accounts import token_hash

    conn.account, conn.token_hash = account, token_hash(token)
    conn.app.hub.remember_token(conn, conn.token_hash)


async def logout(conn: Connection, req: m.Logout) -> dict[str, Any]:
    hashed = conn.token_hash
    conn.app.hub.forget_token(conn)
    conn.app.hub.detach(conn)
    conn.account = conn.token_hash = conn.session_id = conn.live = None
    if hashed is not None:
        await conn.app.store.revoke_token(hashed)
        await conn.app.hub.revoke(hashed, keep=conn)
    return {}


# -- characters ---------------------------------------------------------------------------------
async def character_schema_(conn: Connection, req: m.CharacterSchema) -> dict[str, Any]:
    return character_schema()


async def character_create(conn: Connection, req: m.CharacterCreate) -> dict[str, Any]:
    valid = _validate_character(req.character)
    try:
        created = await conn.app.store.create_character(
            _account_id(conn),
            valid.name,
            valid.model_dump(mode="json"),
            conn.app.settings.max_characters_per_account,
        )
    except CharacterLimitReached:
        limit = conn.app.settings.max_characters_per_account
        raise ProtocolError(
            ErrorCode.CHARACTER_LIMIT,
            f"You can have up to {limit} characters. Delete one to make room for another.",
        ) from None
    except CharacterNameTaken:
        raise _name_taken(valid.name) from None
    return {"character": _character_out(created)}


async def character_list(conn: Connection, req: m.CharacterList) -> dict[str, Any]:
    found = await conn.app.store.list_characters(_account_id(conn))
    return {"characters": [_character_out(c) for c in found]}


async def character_get(conn: Connection, req: m.CharacterGet) -> dict[str, Any]:
    found = await conn.app.store.get_character(_account_id(conn), req.character_id)
    if found is None:
        raise _not_found("character", "character_id")
    return {"character": _character_out(found)}


async def character_update(conn: Connection, req: m.CharacterUpdate) -> dict[str, Any]:
    try:
        patch = CharacterPatch.model_validate(req.character)
    except ValidationError as exc:
        raise ProtocolError(ErrorCode.INVALID_FIELDS, FIX_FIELDS, field_errors(exc)) from None
    store, account_id = conn.app.store, _account_id(conn)
    stored = await store.get_character(account_id, req.character_id)
    if stored is None:
        raise _not_found("character", "character_id")
    valid = _validate_character(patch.merged_over(stored.data))
    try:
        updated = await store.update_character(
            account_id, req.character_id, valid.name, valid.model_dump(mode="json")
        )
    except NotFound:
        raise _not_found("character", "character_id") from None
    except CharacterNameTaken:
        raise _name_taken(valid.name) from None
    return {"character": _character_out(updated)}


async def character_delete(conn: Connection, req: m.CharacterDelete) -> dict[str, Any]:
    if not await conn.app.store.delete_character(_account_id(conn), req.character_id):
        raise _not_found("character", "character_id")
    return {"character_id": req.character_id}


# -- worlds and sessions ------------------------------------------------------------------------
async def world_list(conn: Connection, req: m.WorldList) -> dict[str, Any]:
    return {
        "worlds": [
            m.WorldOut.model_validate(w.model_dump(mode="json")).model_dump()
            for w in conn.app.worlds.values()
        ]
    }


async def _persona(conn: Connection, character_id: str) -> Persona:
    character = await conn.app.store.get_character(_account_id(conn), character_id)
    return Persona.of(character.data) if character is not None else Persona(name="traveller")


async def session_start(conn: Connection, req: m.SessionStart) -> None:
    app, account_id = conn.app, _account_id(conn)
    world = app.game.worlds.get(req.world_id)
    if world is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "There is no world with that id. Choose one from the world list.",
            [FieldError("world_id", "Choose one of: " + ", ".join(sorted(app.worlds)) + ".")],
        )
    character = await app.store.get_character(account_id, req.character_id)
    if character is None:
        raise _not_found("character", "character_id")
    live, start, narration = await app.game.opening(world, Persona.of(character.data))
    opening = [
        NewEvent(
            "session.started",
            {
                "world_id": world.id,
                "world_title": world.meta.title,
                "character_name": character.name,
            },
        ),
        *narration,
    ]
    try:
        session, events = await app.store.create_session(
            account_id, character.id, world.id, opening, start
        )
    except NotFound:  # deleted between the two calls
        raise _not_found("character", "character_id") from None
    conn.session_id, conn.sent_seq, conn.live = session.id, 0, live
    await app.hub.attach(conn, session.id)
    await conn.reply(req, {"session": _session_out(session)})
    await conn.deliver(events)


async def _load_live(conn: Connection, session: GameSession) -> Live:
    playthrough = await conn.app.store.get_playthrough(session.id)
    persona = await _persona(conn, session.character_id)
    live = None if playthrough is None else conn.app.game.resume(playthrough, persona)
    if live is None:
        raise ProtocolError(
            ErrorCode.NOT_FOUND,
            "The world of this story is not available on this server any more. "
            "Start a new story from the world list.",
            [FieldError("session_id", "Its world is not installed here.")],
        )
    return live


async def session_resume(conn: Connection, req: m.SessionResume) -> None:
    app = conn.app
    session = await app.store.get_session(_account_id(conn), req.session_id)
    if session is None:
        raise _not_found("session", "session_id")
    if req.last_seq > session.last_seq:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            "last_seq is later than anything in this session; resume from the last event you "
            "received.",
            [FieldError("last_seq", f"Must be {session.last_seq} or less.")],
        )
    live = await _load_live(conn, session)
    conn.session_id, conn.sent_seq, conn.live = session.id, req.last_seq, live
    await app.hub.attach(conn, session.id)
    await conn.reply(
        req,
        {"session": _session_out(session), "replay": session.last_seq - req.last_seq},
    )
    await conn.replay(session.id)


async def session_history(conn: Connection, req: m.SessionHistory) -> dict[str, Any]:
    session = await conn.app.store.get_session(_account_id(conn), req.session_id)
    if session is None:
        raise _not_found("session", "session_id")
    before = req.before_seq if req.before_seq is not None else session.last_seq + 1
    found = await conn.app.store.read_events_before(session.id, before, req.limit, TRANSCRIPT_TYPES)
    entries = [_history_entry(e).model_dump() for e in reversed(found)]
    more = len(found) == req.limit and found[-1].seq > 1
    return {
        "session_id": session.id,
        "entries": entries,
        "next_before_seq": found[-1].seq if more else None,
    }


def _history_entry(e: Event) -> m.HistoryEntry:
    """A transcript line: what the player wrote, the story, or a notice (start, end)."""
    d = e.data
    kind: Literal["input", "narration", "notice"] = "notice"
    if e.type == "turn.input":
        kind, text = "input", str(d["text"])
    elif e.type == "narrative.chunk":
        kind, text = "narration", str(d["text"])
    elif e.type == "session.started":
        who, where = d.get("character_name", "You"), d.get("world_title", "a new world")
        text = f"{who} begins a story in {where}."
    else:
        text = str(d.get("message", "The story is closed."))
    return m.HistoryEntry(seq=e.seq, at=e.at, kind=kind, turn_id=d.get("turn_id"), text=text)


async def session_list(conn: Connection, req: m.SessionList) -> dict[str, Any]:
    found = await conn.app.store.list_sessions(_account_id(conn))
    return {"sessions": [_session_out(s) for s in found]}


async def session_end(conn: Connection, req: m.SessionEnd) -> dict[str, Any]:
    closing = [
        NewEvent(
            "session.ended",
            {"message": "This story is closed. Thank you for playing; take care of yourself."},
        )
    ]
    try:
        events = await conn.app.store.end_session(_account_id(conn), req.session_id, closing)
    except NotFound:
        raise _not_found("session", "session_id") from None
    except SessionNotActive:
        raise _ended() from None
    if conn.session_id == req.session_id:
        await conn.deliver(events)
        conn.app.hub.detach(conn)
        conn.session_id = conn.live = None
    return {"session_id": req.session_id}


def _ended() -> ProtocolError:
    return ProtocolError(
        ErrorCode.SESSION_ENDED, "That story has ended. Start a new one from the world list."
    )


async def turn(conn: Connection, req: m.Turn) -> dict[str, Any]:
    app = conn.app
    if conn.session_id is None:
        raise ProtocolError(
            ErrorCode.NO_SESSION,
            "Start or resume a story first (session.start or session.resume).",
        )
    text = req.text.strip()
    limit = app.settings.turn_text_max_chars
    if not text:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            FIX_FIELDS,
            [FieldError("text", "Write what your character does or says.")],
        )
    if len(text) > limit:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            FIX_FIELDS,
            [FieldError("text", f"Keep a turn to {limit} characters (this one has {len(text)}).")],
        )
    async with app.turn_in_flight():
        result = await _play_turn(conn, conn.session_id, text, req.turn_id)
        await conn.deliver(result.events)
    return {
        "turn_id": req.turn_id,
        "first_seq": result.events[0].seq,
        "last_seq": result.events[-1].seq,
        "replayed": result.replayed,
    }


async def _play_turn(conn: Connection, session_id: str, text: str, turn_id: str) -> AppendResult:
    """Play a turn and record it; when another process saved the world first, reload and
    play it again (once), so no turn is applied to a stale world."""
    app = conn.app
    for attempt in (1, 2):
        if conn.live is None:
            session = await app.store.get_session(_account_id(conn), session_id)
            if session is None:
                raise _not_found("session", "session_id")
            conn.live = await _load_live(conn, session)
        live = conn.live
        turn = await app.game.turn(live, text, turn_id)
        try:
            result = await app.store.append_events(
                session_id, turn.events, turn_id=turn_id, state=turn.write
            )
        except NotFound:
            raise _not_found("session", "session_id") from None
        except SessionNotActive:
            raise _ended() from None
        except StaleState:
            conn.live = None
            if attempt == 2:
                raise
            continue
        if not result.replayed:
            app.game.commit(live, turn, text)
        return result
    raise AssertionError("unreachable")  # pragma: no cover


HANDLERS: dict[str, Handler] = {
    "ping": ping,
    "register": register,
    "login": login,
    "auth": auth,
    "logout": logout,
    "character.schema": character_schema_,
    "character.create": character_create,
    "character.list": character_list,
    "character.get": character_get,
    "character.update": character_update,
    "character.delete": character_delete,
    "world.list": world_list,
    "session.start": session_start,
    "session.resume": session_resume,
    "session.list": session_list,
    "session.end": session_end,
    "session.history": session_history,
    "turn": turn,
}
assert set(HANDLERS) == set(m.CLIENT_MESSAGES), "every message type needs a handler"
