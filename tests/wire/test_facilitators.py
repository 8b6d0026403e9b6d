"""The facilitator console's server side over the wire, on both stores: live alerts on two
servers, acknowledgements everyone sees, private messages that arrive exactly once, pausing a
story, transcripts only with consent, the audit trail, and players kept out."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

from tests.wire.client import Client, character, player
from tests.wire.servers import staffed_servers, url
from tta_server.app import App
from tta_server.settings import StoreKind
from tta_server.store.base import NewEvent, PauseWrite, Role

PW = "correct horse battery"
FACILITATOR_TYPES = {
    "alerts.subscribe": {},
    "alerts.list": {},
    "alerts.ack": {"alert_id": "a", "note": "n"},
    "alerts.handover": {"alert_id": "a", "to": "x", "note": "n"},
    "facilitator.sessions": {},
    "facilitator.transcript": {"session_id": "s"},
    "facilitator.message": {"session_id": "s", "text": "hi"},
    "facilitator.pause": {"session_id": "s", "reason": "r"},
    "facilitator.resume": {"session_id": "s"},
}


def servers(kind: StoreKind, tmp_path: Path) -> AbstractAsyncContextManager[list[App]]:
    """Servers with facilitators fran and gus."""
    return staffed_servers(kind, tmp_path, {"fran": Role.FACILITATOR, "gus": Role.FACILITATOR})


async def facilitator(app: App, name: str) -> Client:
    f = await Client.open(url(app))
    await f.ok("login", username=name, password=PW)
    await f.ok("alerts.subscribe")
    return f


async def next_alert(f: Client, kind: str) -> dict[str, Any]:
    while True:
        doc = await f.recv()
        if doc["type"] == "safety.alert" and doc["kind"] == kind:
            return doc


async def playing(app: App, name: str, share: bool = False) -> tuple[Client, str]:
    c = await player(url(app), name)
    profile = {**character()["profile"], "share_transcript": share}
    cid = (await c.ok("character.create", character=character(profile=profile)))["character"]
    started = await c.ok("session.start", character_id=cid["id"], world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c, started["session"]["id"]


async def test_alerts_reach_every_console_and_so_do_acknowledgements(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as apps:
        fran, gus = await facilitator(apps[0], "fran"), await facilitator(apps[-1], "gus")
        c, sid = await playing(apps[0], "hana")
        await c.ok("turn", turn_id="t1", text="i want to end my life")
        seen = [await next_alert(f, "alert") for f in (fran, gus)]
        assert {s["alert"]["session_id"] for s in seen} == {sid}
        alert_id = seen[0]["alert"]["id"]

        acked = await gus.ok("alerts.ack", alert_id=alert_id, note="Phoned; she is safe.")
        assert acked["alert"]["acked_by"] == "gus"
        for f in (fran, gus):
            doc = await next_alert(f, "acknowledged")
            assert (
                doc["alert"]["note"] == "Phoned; she is safe." and doc["alert"]["acked_by"] == "gus"
            )
        handed = await fran.ok("alerts.handover", alert_id=alert_id, to="gus", note="yours")
        assert handed["to"] == "gus"
        doc = await next_alert(gus, "handed_over")
        assert (doc["to"], doc["by"], doc["note"]) == ("gus", "fran", "yours")
        bad = await fran.request("alerts.handover", alert_id=alert_id, to="hana", note="x")
        assert bad["code"] == "invalid_fields" and bad["fields"][0]["field"] == "to"
        listed = await fran.ok("facilitator.sessions")
        [row] = [s for s in listed["sessions"] if s["id"] == sid]
        assert (row["username"], row["character_name"], row["safety"]) == (
            "hana",
            "Aria Moon",
            "crisis",
        )
        # names a person reads, beside the ids
        assert (row["world_id"], row["world_title"]) == ("lantern-coast", "The Lantern Coast")
        assert row["location_name"] != row["location"] and row["location_name"]
        for f in (c, fran, gus):
            await f.close()


async def test_a_message_arrives_exactly_once_even_across_a_reconnect(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as apps:
        fran = await facilitator(apps[-1], "fran")
        c, sid = await playing(apps[0], "ivo")
        await fran.ok(
            "facilitator.message", session_id=sid, text="Hi Ivo, I'm here if you need me."
        )
        while not any(e["type"] == "facilitator.message" for e in c.events):
            await c.recv()
        seen = len(c.events)
        await c.close()
        await fran.ok("facilitator.message", session_id=sid, text="Still here.")
        d = await Client.open(url(apps[0]))
        await d.ok("login", username="ivo", password=PW)
        r = await d.ok("session.resume", session_id=sid, last_seq=seen)
        await d.wait_events(r["replay"])
        everything = c.events + d.events
        messages = [e for e in everything if e["type"] == "facilitator.message"]
        assert [m["data"]["text"] for m in messages] == [
            "Hi Ivo, I'm here if you need me.",
            "Still here.",
        ]
        assert messages[0]["data"]["from"] == "fran"
        seqs = [e["seq"] for e in everything]
        assert seqs == list(range(1, seqs[-1] + 1))  # each event exactly once
        await d.close()
        await fran.close()


async def test_a_pause_whose_poke_never_arrived_still_stops_the_next_turn(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """The driver's copy of the story says 'not paused' (the pause was written without the
    poke that tells the driver, as when the bus drops a message): the store refuses the turn,
    the server reads the story again and says it is paused."""
    async with servers(store_kind, tmp_path) as apps:
        c, sid = await playing(apps[0], "jan")
        await c.turn("go inside", "t1")
        before = (await apps[0].store.get_playthrough(sid)).version  # type: ignore[union-attr]
        await apps[0].store.append_events(
            sid, [NewEvent("session.paused", {"message": "Paused."})], pause=PauseWrite("r")
        )
        refused = await c.request("turn", turn_id="t2", text="go outside")
        assert refused["code"] == "session_paused"
        after = await apps[0].store.get_playthrough(sid)
        assert after is not None and after.version == before, "the world did not move"
        await c.close()


async def test_pause_and_resume_a_story(store_kind: StoreKind, tmp_path: Path) -> None:
    async with servers(store_kind, tmp_path) as apps:
        fran = await facilitator(apps[-1], "fran")
        c, sid = await playing(apps[0], "jan")
        await c.turn("go inside", "t1")
        await fran.ok("facilitator.pause", session_id=sid, reason="Let's talk first.")
        while not any(e["type"] == "session.paused" for e in c.events):
            await c.recv()
        paused = next(e for e in c.events if e["type"] == "session.paused")
        assert "Let's talk first." in paused["data"]["message"]
        refused = await c.request("turn", turn_id="t2", text="look")
        assert refused["code"] == "session_paused"
        await fran.ok("facilitator.resume", session_id=sid)
        while not any(e["type"] == "session.resumed" for e in c.events):
            await c.recv()
        assert (await c.turn("look", "t3"))[-1]["data"]["summary"]["location"] == "Rue's Tea Hut"
        again = await fran.request("facilitator.resume", session_id=sid)
        assert again["code"] == "invalid_fields"
        actions = await apps[0].store.list_actions(10)
        assert [a.action for a in actions][:2] == ["resume", "pause"]
        assert all(a.actor == "fran" and a.session_id == sid for a in actions[:2])
        await c.close()
        await fran.close()


async def test_transcripts_only_with_consent(tmp_path: Path) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        fran = await facilitator(app, "fran")
        private, sid1 = await playing(app, "kay", share=False)
        shared, sid2 = await playing(app, "lia", share=True)
        for c in (private, shared):
            await c.turn("go inside", "t1")
        closed = await fran.ok("facilitator.transcript", session_id=sid1)
        assert closed["shared"] is False and "not agreed" in closed["message"]
        assert all(e["kind"] != "input" for e in closed["entries"])
        opened = await fran.ok("facilitator.transcript", session_id=sid2)
        assert opened["shared"] is True
        assert [e["text"] for e in opened["entries"] if e["kind"] == "input"] == ["go inside"]
        missing = await fran.request("facilitator.transcript", session_id="nope")
        assert missing["code"] == "not_found"
        for c in (private, shared, fran):
            await c.close()


async def test_players_cannot_use_the_console(server: str) -> None:
    c, sid = await playing_at(server, "max")
    for type_, fields in FACILITATOR_TYPES.items():
        err = await c.request(
            type_, **{**fields, **({"session_id": sid} if "session_id" in fields else {})}
        )
        assert err["code"] == "forbidden", type_
    await c.close()


async def playing_at(server: str, name: str) -> tuple[Client, str]:
    c = await player(server, name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    return c, started["session"]["id"]
