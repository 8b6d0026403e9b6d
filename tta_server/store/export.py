"""A player's export (:meth:`~tta_server.store.base.Store.export_player`): one document, built
the same way by every store from its public reads and three readers of its own.

Each ``*_doc`` says what of a record goes into the document; the password hash never does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tta_server.store.base import (
    Account,
    Action,
    Alert,
    Character,
    Event,
    GameSession,
    SaveSlot,
    Store,
)


def account_doc(a: Account) -> dict[str, Any]:
    """An account for export: never the password hash."""
    return {
        "id": a.id,
        "username": a.username,
        "role": a.role.value,
        "disabled": a.disabled,
        "created_at": a.created_at,
    }


def character_doc(c: Character) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "created_at": c.created_at, "updated_at": c.updated_at,
            "character": c.data}  # fmt: skip


def session_doc(s: GameSession) -> dict[str, Any]:
    return {"id": s.id, "character_id": s.character_id, "world_id": s.world_id,
            "status": s.status, "created_at": s.created_at, "updated_at": s.updated_at,
            "last_seq": s.last_seq}  # fmt: skip


def event_doc(e: Event) -> dict[str, Any]:
    return {"seq": e.seq, "type": e.type, "at": e.at, "data": e.data}


def slot_doc(x: SaveSlot) -> dict[str, Any]:
    return {"name": x.name, "saved_at": x.saved_at, "world_version": x.world_version,
            "state": x.state}  # fmt: skip


def alert_doc(a: Alert) -> dict[str, Any]:
    return {"id": a.id, "at": a.at, "level": a.level, "category": a.category,
            "reasons": list(a.reasons), "text": a.text, "session_id": a.session_id,
            "character_name": a.character_name, "contact_requested": a.contact_requested,
            "escalated": a.escalated, "acked_by": a.acked_by, "acked_at": a.acked_at,
            "note": a.note}  # fmt: skip


def action_doc(a: Action) -> dict[str, Any]:
    return {"id": a.id, "at": a.at, "actor": a.actor, "action": a.action,
            "session_id": a.session_id, "detail": a.detail}  # fmt: skip


async def export_document(
    store: Store,
    account_id: str,
    *,
    events: Callable[[GameSession], Awaitable[list[Event]]],
    alerts: Callable[[str], Awaitable[list[Alert]]],
    actions: Callable[[list[str]], Awaitable[list[Action]]],
) -> dict[str, Any] | None:
    """What :meth:`Store.export_player` returns, built from the store's public reads and the
    three readers it passes: every event of a session, a player's alerts, actions on sessions."""
    account = await store.get_account(account_id)
    if account is None:
        return None
    sessions = []
    for s in await store.list_sessions(account_id):
        play = await store.get_playthrough(s.id)
        sessions.append(
            {
                **session_doc(s),
                "events": [event_doc(e) for e in await events(s)],
                "playthrough": None if play is None else play.state,
                "undo": [] if play is None else play.undo,
                "save_slots": [slot_doc(x) for x in await store.list_slots(s.id)],
            }
        )
    return {
        "account": account_doc(account),
        "characters": [character_doc(c) for c in await store.list_characters(account_id)],
        "sessions": sessions,
        "alerts": [alert_doc(a) for a in await alerts(account_id)],
        "actions": [action_doc(a) for a in await actions([x["id"] for x in sessions])],
    }
