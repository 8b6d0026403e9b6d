"""Conversation-level risk over the wire, on both stores: a crisis split over two messages holds
the story, repeated concern raises one escalated alert, ordinary play after a concern does not,
and a resume (a new connection, on the other process for redis-neo4j) still sees the earlier
messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.wire.client import Client
from tests.wire.test_safety import _facilitator, _next_alert, _playing, servers
from tta_server.crisis_response import CHECKIN_BUILDUP_MESSAGE
from tta_server.safety import Level, classify
from tta_server.settings import StoreKind

PW = "correct horse battery"
CONCERNS = [
    "nothing is ever going to get better for me",
    "I feel so hopeless",
    "I feel worthless",
    "I am so tired of everything",
]


def _conversational(alert: dict[str, Any]) -> bool:
    return any(r.startswith("conversation:") for r in alert["reasons"])


async def _session_alerts(f: Client, sid: str) -> list[dict[str, Any]]:
    listed = await f.ok("alerts.list", limit=200)
    return [a for a in listed["alerts"] if a["session_id"] == sid]


async def test_a_crisis_split_over_two_messages_holds_the_story(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, sid = await _playing(urls[0], "nell")
        first = await c.ok("turn", turn_id="t1", text="I have the pills")
        assert first["safety"] != "crisis"
        reply = await c.ok("turn", turn_id="t2", text="tonight")
        assert reply["safety"] == "crisis"
        [crisis] = [e for e in c.events if e["seq"] >= reply["first_seq"]]
        assert crisis["type"] == "safety.crisis" and crisis["data"]["category"] == "suicide"
        held = await c.request("turn", turn_id="t3", text="look around")
        assert held["code"] == "safety_hold"
        alert = await _next_alert(f)
        while alert["alert"]["level"] != "crisis":  # "I have the pills" may be a concern alone
            alert = await _next_alert(f)
        assert alert["alert"]["session_id"] == sid and alert["alert"]["text"] == "tonight"
        assert alert["alert"]["id"] == crisis["data"]["alert_id"]
        # the conversation made it a crisis (unless "tonight" alone already is one)
        assert _conversational(alert["alert"]) or classify("tonight").level is Level.CRISIS
        assert not alert["alert"]["escalated"]  # a crisis holds; "escalated" is for a build-up

        # a split the single-message screen cannot see, in German
        d, sid2 = await _playing(urls[0], "olga")
        assert (await d.ok("turn", turn_id="t1", text="ich habe die Tabletten"))["safety"] != (
            "crisis"
        )
        reply = await d.ok("turn", turn_id="t2", text="heute Nacht")
        assert reply["safety"] == "crisis" and d.events[-1]["type"] == "safety.crisis"
        [held_alert] = [a for a in await _session_alerts(f, sid2) if a["level"] == "crisis"]
        assert _conversational(held_alert) and held_alert["text"] == "heute Nacht"
        await c.close()
        await d.close()
        await f.close()


async def test_repeated_concern_checks_in_and_raises_one_alert(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, sid = await _playing(urls[0], "pia")
        live, messages = [], []
        for i, text in enumerate(CONCERNS):
            events = await c.turn(text, f"t{i}")
            assert [e["type"] for e in events][:2] == ["turn.input", "safety.checkin"]
            messages.append(events[1]["data"]["message"])
            live.append((await _next_alert(f))["alert"])
        assert [a["escalated"] for a in live] == [False, False, True, False]  # once per run
        # The build-up's panel says it is about the last few messages, not only this one.
        assert [m == CHECKIN_BUILDUP_MESSAGE for m in messages] == [False, False, True, False]
        assert [a["level"] for a in live] == ["concern"] * 4
        assert "conversation:building" in live[2]["reasons"]
        assert "conversation:building" not in live[1]["reasons"]
        listed = await _session_alerts(f, sid)
        assert [a["escalated"] for a in listed] == [False, True, False, False]  # newest first
        assert (await c.turn("look around", "t9"))[-1]["data"]["ok"]  # no hold
        await c.close()
        await f.close()


async def test_a_concern_then_ordinary_play_does_not_escalate(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        c, sid = await _playing(urls[0], "quin")
        assert (await c.ok("turn", turn_id="t1", text=CONCERNS[0]))["safety"] == "concern"
        for i, text in enumerate(["look around", "talk to Rue", "go outside", "go to the quay"]):
            reply = await c.ok("turn", turn_id=f"p{i}", text=text)
            assert reply["safety"] == "none", text
        assert not [e for e in c.events if e["type"] == "safety.crisis"]
        assert [e["type"] for e in c.events].count("safety.checkin") == 1
        [alert] = await _session_alerts(f, sid)
        assert alert["level"] == "concern" and not alert["escalated"]
        await c.close()
        await f.close()


async def _resumed(url: str, username: str, sid: str, seen: int) -> Client:
    d = await Client.open(url)
    await d.ok("login", username=username, password=PW)
    await d.ok("session.resume", session_id=sid, last_seq=seen)
    return d


async def test_a_resume_still_sees_the_earlier_messages(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        # a build-up across a reconnect (to the other process on redis-neo4j)
        c, sid = await _playing(urls[0], "rosa")
        for i, text in enumerate(CONCERNS[:2]):
            await c.turn(text, f"t{i}")
        await c.close()
        d = await _resumed(urls[-1], "rosa", sid, len(c.events))
        assert (await d.ok("turn", turn_id="t2", text=CONCERNS[2]))["safety"] == "concern"
        newest = (await _session_alerts(f, sid))[0]
        assert newest["escalated"] and "conversation:building" in newest["reasons"]
        await d.close()

        # a split crisis across a reconnect
        e, sid2 = await _playing(urls[0], "sam")
        await e.ok("turn", turn_id="t1", text="ich habe die Tabletten")
        await e.close()
        g = await _resumed(urls[-1], "sam", sid2, len(e.events))
        reply = await g.ok("turn", turn_id="t2", text="heute Nacht")
        assert reply["safety"] == "crisis"
        [alert] = [a for a in await _session_alerts(f, sid2) if a["level"] == "crisis"]
        assert _conversational(alert)
        assert (await g.request("turn", turn_id="t3", text="look"))["code"] == "safety_hold"
        await g.close()
        await f.close()
