"""A store filled with every kind of record through the public Store API, and everything
comparable read back through the public reads, for the backup round trips."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

from tests.store.test_alerts import _alert
from tests.store.worlds import imported, start
from tta_server.store.base import (
    Action,
    HoldWrite,
    NewEvent,
    PauseWrite,
    Role,
    SaveSlot,
    StateWrite,
    Store,
    now,
    undo_moment,
)

ODD_TEXT = 'Ünïcödé ✓ 火 \u2028 "quoted" back\\slash 🙂'


async def populate(store: Store) -> None:
    """Accounts (one disabled facilitator), characters (one deleted), a world, an active session
    with turns, undo moments, the brief preference, a save slot, a crisis alert acknowledged
    with a contact request and its hold released, an escalated concern, a pause, facilitator
    actions, and an ended session."""
    world = await imported(store)
    alma = await store.create_account("Alma", "argon2-hash-of-alma", Role.PLAYER)
    fay = await store.create_account("fay", "argon2-hash-of-fay", Role.FACILITATOR)
    await store.create_account("root", "argon2-hash-of-root", Role.ADMIN)
    await store.update_account(fay.id, disabled=True)
    profile = {"share_transcript": True, "backstory": ODD_TEXT}
    alma_char = await store.create_character(
        alma.id, "Alma", {"name": "Alma", "profile": profile, "weight": 1.0, "age": 30}, 5
    )
    bea = await store.create_character(alma.id, "Bea", {"name": "Bea"}, 5)
    session, _ = await store.create_session(
        alma.id, alma_char.id, world.id, [NewEvent("session.started", {"world": world.id})], start()
    )
    play = await store.get_playthrough(session.id)
    assert play is not None
    await store.append_events(
        session.id,
        [NewEvent("turn.input", {"text": "look"}), NewEvent("narration", {"text": ODD_TEXT})],
        turn_id="turn-1",
        state=StateWrite(
            play.state,
            play.version,
            play.world_version,
            undo=(undo_moment("look", play.state),),
            brief=True,
        ),
    )
    await store.save_slot(
        SaveSlot(session.id, "Before the Door", play.state, play.world_version, now()), 5
    )
    concern = dataclasses.replace(
        _alert(alma.id, alma_char.id, session.id, now(), "concern"), escalated=True
    )
    await store.append_events(session.id, [NewEvent("safety.concern", {})], alert=concern)
    crisis = _alert(alma.id, alma_char.id, session.id, now())
    await store.append_events(
        session.id, [NewEvent("safety.crisis", {"level": 2})], alert=crisis, hold=HoldWrite(crisis)
    )
    await store.request_contact(crisis.id)
    await store.ack_alert(crisis.id, "fay", ODD_TEXT)
    await store.append_events(session.id, [NewEvent("safety.resumed", {})], hold=HoldWrite(None))
    await store.append_events(
        session.id, [NewEvent("facilitator.paused", {})], pause=PauseWrite("a short break")
    )
    for what in ("pause", "note"):
        await store.record_action(
            Action(uuid.uuid4().hex, now(), "fay", what, session.id, f"{what}: {ODD_TEXT}")
        )
    await store.record_action(Action(uuid.uuid4().hex, now(), "root", "broadcast", None, "hi"))
    ended, _ = await store.create_session(
        alma.id, bea.id, world.id, [NewEvent("session.started", {"world": world.id})], start()
    )
    await store.end_session(alma.id, ended.id, [NewEvent("session.ended", {"reason": "done"})])
    await store.delete_character(alma.id, bea.id)  # its session and history stay


def _plain(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


async def dump(store: Store) -> str:
    """Everything the public reads return, as canonical JSON (compared byte for byte)."""
    everything: dict[str, Any] = {
        "worlds": [_plain(w) for w in await store.list_worlds()],
        "alerts": [_plain(a) for a in await store.list_alerts(None, 100_000)],
        "actions": [_plain(a) for a in await store.list_actions(100_000)],
        "active": [_plain(v) for v in await store.list_active_sessions(100_000)],
    }
    accounts = sorted(await store.list_accounts(), key=lambda a: a.id)
    everything["accounts"] = [_plain(a) for a in accounts]
    for account in accounts:
        key = account.username
        everything[f"export {key}"] = await store.export_player(account.id)
        everything[f"by name {key}"] = _plain(await store.get_account_by_username(key))
        for character in await store.list_characters(account.id):
            everything[f"character {character.id}"] = _plain(
                await store.get_character(account.id, character.id)
            )
        for session in await store.list_sessions(account.id):
            sid = session.id
            everything[f"session {sid}"] = _plain(session)
            everything[f"found {sid}"] = _plain(await store.find_session(sid))
            everything[f"loaded {sid}"] = _plain(await store.load_session(account.id, sid))
            everything[f"events {sid}"] = [
                _plain(e) for e in await store.read_events(sid, 0, 100_000)
            ]
            everything[f"transcript {sid}"] = [
                _plain(e)
                for e in await store.read_events_before(sid, 1 << 30, 100, ("turn.input",))
            ]
            everything[f"slots {sid}"] = [_plain(x) for x in await store.list_slots(sid)]
            everything[f"slot {sid}"] = _plain(await store.get_slot(sid, "before the door"))
            everything[f"playthrough {sid}"] = _plain(await store.get_playthrough(sid))
    for alert in await store.list_alerts(None, 100_000):
        everything[f"alert {alert.id}"] = _plain(await store.get_alert(alert.id))
    return json.dumps(everything, sort_keys=True, ensure_ascii=False, default=str)
