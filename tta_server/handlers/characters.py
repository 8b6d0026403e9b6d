"""Handlers of characters: ``character.schema|create|list|get|update|delete``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from tta_server.characters import CharacterIn, CharacterPatch, character_schema
from tta_server.handlers.common import FIX_FIELDS, account_id, not_found
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.protocol.validation import field_errors
from tta_server.store.base import Character, CharacterLimitReached, CharacterNameTaken, NotFound

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn


def _character_out(c: Character) -> m.CharacterOut:
    return m.CharacterOut(
        id=c.id, name=c.name, created_at=c.created_at, updated_at=c.updated_at, character=c.data
    )


def _validate_character(doc: dict[str, Any]) -> CharacterIn:
    try:
        return CharacterIn.model_validate(doc)
    except ValidationError as exc:
        raise ProtocolError(ErrorCode.INVALID_FIELDS, FIX_FIELDS, field_errors(exc)) from None


def _name_taken(name: str) -> ProtocolError:
    message = f"You already have a character called {name}. Choose another name."
    return ProtocolError(ErrorCode.NAME_TAKEN, message, [FieldError("name", message)])


async def character_schema_(conn: Conn, req: m.CharacterSchema) -> r.CharacterSchemaOk:
    return character_schema()


async def character_create(conn: Conn, req: m.CharacterCreate) -> r.CharacterOk:
    valid = _validate_character(req.character)
    try:
        created = await conn.app.store.create_character(
            account_id(conn),
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
    conn.remember(created)
    return r.CharacterOk(character=_character_out(created))


async def character_list(conn: Conn, req: m.CharacterList) -> r.CharacterListOk:
    found = await conn.app.store.list_characters(account_id(conn))
    conn.remember(*found)
    return r.CharacterListOk(characters=[_character_out(c) for c in found])


async def character_get(conn: Conn, req: m.CharacterGet) -> r.CharacterOk:
    found = await conn.app.store.get_character(account_id(conn), req.character_id)
    if found is None:
        raise not_found("character", "character_id")
    conn.remember(found)
    return r.CharacterOk(character=_character_out(found))


async def character_update(conn: Conn, req: m.CharacterUpdate) -> r.CharacterOk:
    try:
        patch = CharacterPatch.model_validate(req.character)
    except ValidationError as exc:
        raise ProtocolError(ErrorCode.INVALID_FIELDS, FIX_FIELDS, field_errors(exc)) from None
    store, owner = conn.app.store, account_id(conn)
    stored = await store.get_character(owner, req.character_id)
    if stored is None:
        raise not_found("character", "character_id")
    valid = _validate_character(patch.merged_over(stored.data))
    try:
        updated = await store.update_character(
            owner, req.character_id, valid.name, valid.model_dump(mode="json")
        )
    except NotFound:
        raise not_found("character", "character_id") from None
    except CharacterNameTaken:
        raise _name_taken(valid.name) from None
    conn.remember(updated)
    return r.CharacterOk(character=_character_out(updated))


async def character_delete(conn: Conn, req: m.CharacterDelete) -> r.CharacterDeleteOk:
    conn.characters.pop(req.character_id, None)
    if not await conn.app.store.delete_character(account_id(conn), req.character_id):
        raise not_found("character", "character_id")
    return r.CharacterDeleteOk(character_id=req.character_id)
