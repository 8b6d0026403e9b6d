"""Safety alerts and session holds: one behaviour suite for every store."""

from __future__ import annotations

import asyncio
import uuid

from tests.store.worlds import imported, start
from tta_server.store.base import Alert, HoldWrite, NewEvent, Role, Store, now


async def _session(store: Store, name: str = "alma") -> tuple[str, str, str]:
    acc = await store.create_account(name, "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Alma", {}, 5)
    await imported(store)
    s, _ = await store.create_session(acc.id, ch.id, "tiny", [NewEvent("a")], start())
    return acc.id, ch.id, s.id


def _alert(account: str, character: str, session: str, at: float, level: str = "crisis") -> Alert:
    return Alert(
        id=uuid.uuid4().hex,
        at=at,
        account_id=account,
        username="alma",
        character_id=character,
        character_name="Alma",
        session_id=session,
        level=level,
        category="suicide" if level == "crisis" else "distress",
        reasons=("suicide.want_to_die",),
        text="the player's own words, kept for facilitators",
    )


async def test_an_alert_and_its_hold_are_written_with_the_event(store: Store) -> None:
    acc, ch, sid = await _session(store)
    alert = _alert(acc, ch, sid, now())
    result = await store.append_events(
        sid, [NewEvent("safety.crisis")], turn_id="t1", alert=alert, hold=HoldWrite(alert)
    )
    assert [e.type for e in result.events] == ["safety.crisis"]
    session = await store.get_session(acc, sid)
    assert session is not None and session.hold == alert.id
    assert await store.get_alert(alert.id) == alert
    # a retry of the same turn records nothing twice
    again = await store.append_events(
        sid, [NewEvent("safety.crisis")], turn_id="t1", alert=_alert(acc, ch, sid, now())
    )
    assert again.replayed and len(await store.list_alerts(None, 10)) == 1
    await store.append_events(sid, [NewEvent("safety.resolved")], hold=HoldWrite(None))
    session = await store.get_session(acc, sid)
    assert session is not None and session.hold is None


async def test_alerts_page_newest_first_and_purge_by_age(store: Store) -> None:
    acc, ch, sid = await _session(store)
    t = now()
    alerts = [_alert(acc, ch, sid, t - 100 + i, "concern" if i % 2 else "crisis") for i in range(5)]
    for a in alerts:
        await store.append_events(sid, [NewEvent("x")], alert=a)
    page = await store.list_alerts(None, 2)
    assert [a.id for a in page] == [alerts[4].id, alerts[3].id]
    rest = await store.list_alerts(page[-1].at, 10)
    assert [a.id for a in rest] == [alerts[2].id, alerts[1].id, alerts[0].id]
    asked = await store.request_contact(alerts[0].id)
    assert asked is not None and asked.contact_requested
    assert await store.request_contact("missing") is None
    assert await store.purge_alerts(t - 97.5) == 3
    assert [a.id for a in await store.list_alerts(None, 10)] == [alerts[4].id, alerts[3].id]


async def test_a_failed_append_records_no_alert(store: Store) -> None:
    acc, ch, sid = await _session(store)
    await store.end_session(acc, sid, [])
    alert = _alert(acc, ch, sid, now())
    results = await asyncio.gather(
        store.append_events(sid, [NewEvent("x")], alert=alert, hold=HoldWrite(alert)),
        return_exceptions=True,
    )
    assert isinstance(results[0], Exception)
    assert await store.get_alert(alert.id) is None
