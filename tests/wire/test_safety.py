"""The crisis protocol over the wire, on both stores: a crisis message freezes the story,
resources arrive for the character's country, turns wait for an answer, facilitators hear of it
live (from another server for redis-neo4j), and the story resumes with its world intact."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.narrative.scenes import world
from tests.wire.client import Client, character, player, story
from tests.wire.servers import staffed_servers, url
from tta_server.settings import StoreKind
from tta_server.store.base import Role

PW = "correct horse battery"
CRISIS = "honestly I want to stop existing"
CONCERN = "nothing is ever going to get better for me"


@asynccontextmanager
async def servers(kind: StoreKind, tmp_path: Path, **extra: object) -> AsyncIterator[list[str]]:
    """The URLs of servers with facilitator fran (two on redis-neo4j, one embedded)."""
    staff = {"fran": Role.FACILITATOR}
    async with staffed_servers(kind, tmp_path, staff, **extra) as apps:
        yield [url(app) for app in apps]


async def _facilitator(url: str) -> Client:
    f = await Client.open(url)
    await f.ok("login", username="fran", password=PW)
    return f


async def _next_alert(f: Client) -> dict[str, Any]:
    while True:
        doc = await f.recv()
        if doc["type"] == "safety.alert":
            return doc


async def _playing(url: str, name: str, **over: Any) -> tuple[Client, str]:
    c = await player(url, name)
    cid = (await c.ok("character.create", character=character(**over)))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c, started["session"]["id"]


async def test_a_crisis_freezes_the_story_until_answered(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, sid = await _playing(urls[0], "gwen")
        assert "software" in c.events[0]["data"]["notice"]
        assert c.events[0]["data"]["emergency"] == "999"  # the character lives in GB
        before = (await c.turn("go inside", "t1"))[-1]["data"]["summary"]

        reply = await c.ok("turn", turn_id="t2", text=CRISIS)
        assert reply["safety"] == "crisis"
        [crisis] = [e for e in c.events if e["seq"] >= reply["first_seq"]]
        assert crisis["type"] == "safety.crisis"
        data = crisis["data"]
        assert data["emergency"] == "999" and data["lines"][0].count("999")
        assert any("116 123" in line for line in data["lines"])  # Samaritans
        assert [ch["id"] for ch in data["choices"]] == ["continue", "talk", "end"]
        assert CRISIS not in str(crisis)  # the words go to facilitators, not back into the log

        alert = await _next_alert(f)
        assert alert["kind"] == "alert" and alert["alert"]["text"] == CRISIS
        assert alert["alert"]["level"] == "crisis" and alert["alert"]["session_id"] == sid
        assert alert["alert"]["character_name"] == "Aria Moon"

        held = await c.request("turn", turn_id="t3", text="look around")
        assert held["code"] == "safety_hold" and "I'm safe, continue" in held["message"]
        assert (await c.request("alerts.list"))["code"] == "forbidden"
        listed = await f.ok("alerts.list")
        assert [a["text"] for a in listed["alerts"]] == [CRISIS]

        ack = await c.ok("safety.ack", choice="continue")
        assert ack["choice"] == "continue"
        calm = [e for e in c.events if e["seq"] > crisis["seq"]]
        assert calm[0]["type"] == "safety.resolved"
        assert story(calm).startswith(world("lantern_coast").guide.grounding)  # a calm scene
        after = (await c.turn("look around", "t4"))[-1]["data"]["summary"]
        assert after["location"] == before["location"] == "Rue's Tea Hut"
        assert after["inventory"] == before["inventory"]
        again = await c.request("safety.ack", choice="continue")
        assert again["code"] == "nothing_to_acknowledge"
        await c.close()
        await f.close()


async def test_the_hold_survives_a_reconnect(server: str) -> None:
    c, sid = await _playing(server, "hugo", profile={**character()["profile"], "country": "US"})
    reply = await c.ok("turn", turn_id="t1", text="i'm going to kms tonight")
    crisis = c.events[-1]["data"]
    assert reply["safety"] == "crisis" and crisis["emergency"] == "911"
    assert any("988" in line for line in crisis["lines"])
    assert any("741741" in line for line in crisis["lines"])
    seen = len(c.events)
    await c.close()
    d = await Client.open(server)
    await d.ok("login", username="hugo", password=PW)
    await d.ok("session.resume", session_id=sid, last_seq=seen)
    assert (await d.request("turn", turn_id="t2", text="look"))["code"] == "safety_hold"
    bad = await d.request("safety.ack", choice="maybe")
    assert bad["code"] == "invalid_fields" and bad["fields"][0]["field"] == "choice"
    await d.ok("safety.ack", choice="continue")
    assert (await d.turn("look", "t3"))[-1]["data"]["ok"]
    await d.close()


async def test_talk_asks_a_facilitator_and_end_closes_warmly(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, _ = await _playing(urls[0], "ines", profile={**character()["profile"], "country": None})
        await c.ok("turn", turn_id="t1", text="I swallowed all of my mum's pills")
        crisis = c.events[-1]["data"]
        assert "findahelpline" in " ".join(crisis["lines"]).lower()  # no country: international
        first = await _next_alert(f)
        await c.ok("safety.ack", choice="talk")
        asked = await _next_alert(f)
        assert asked["kind"] == "contact_requested"
        assert asked["alert"]["id"] == first["alert"]["id"] and asked["alert"]["contact_requested"]
        resolved = [e for e in c.events if e["type"] == "safety.resolved"][-1]["data"]
        assert "facilitator" in resolved["message"]
        await c.turn("look around", "t2")  # the story may go on meanwhile

        await c.ok("turn", turn_id="t3", text="i want to die")
        await _next_alert(f)
        await c.ok("safety.ack", choice="end")
        assert c.events[-1]["type"] == "session.ended"
        assert (await c.request("turn", turn_id="t4", text="look"))["code"] == "no_session"
        await c.close()
        await f.close()


async def test_a_concern_checks_in_and_the_turn_still_plays(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, _ = await _playing(urls[0], "jules")
        events = await c.turn(CONCERN, "t1")
        types = [e["type"] for e in events]
        assert types[:2] == ["turn.input", "safety.checkin"] and types[-1] == "narrative.end"
        checkin = events[1]["data"]
        assert checkin["guide"] and checkin["lines"]
        assert story(events).startswith(checkin["guide"])  # the guide speaks first, in the story
        alert = await _next_alert(f)
        assert alert["alert"]["level"] == "concern" and alert["alert"]["text"] == CONCERN
        assert (await c.turn("look", "t2"))[-1]["data"]["ok"]  # no hold for a concern
        await c.close()
        await f.close()


@pytest.mark.parametrize(
    "text", ["stab the orc", "this level is murdering me", "I'd die for pizza"]
)
async def test_play_is_not_an_alarm(server: str, text: str) -> None:
    c, _ = await _playing(server, "kit")
    reply = await c.ok("turn", turn_id="t1", text=text)
    assert reply["safety"] == "none"
    assert all(not e["type"].startswith("safety.") for e in c.events)
    await c.close()


async def test_a_break_reminder_after_continuous_play(tmp_path: Path) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path, break_reminder_s=0.001) as [url]:
        c, _ = await _playing(url, "lou")
        events = await c.turn("look", "t1")
        assert events[-1]["type"] == "safety.break"
        assert "stretch" in events[-1]["data"]["message"]
        await c.close()


async def test_players_cannot_watch_alerts(server: str) -> None:
    c = await player(server, "mel")
    err = await c.request("alerts.subscribe")
    assert err["code"] == "forbidden" and "facilitator" in err["message"]
    await c.close()


#: Kind answers a newcomer gave to characters' own questions (corpus 5) that the learned model
#: alone rated concern when they were recorded; the test uses the first still rated so.
ANSWERS = (
    "honestly no. i couldnt tell, and i'm someone. so 'everyone' isnt true",
    "no, i dont think so. everyone needs help sometimes, even keepers. letting people help "
    "is brave",
    "yes, sometimes my head says i mess everything up",
)


def _model_only_concern() -> str:
    from tta_server.contextual_step import model_only
    from tta_server.safety import classify

    found = [t for t in ANSWERS if model_only(classify(t))]
    assert found, (
        "no text here is a model-only concern any more: add one (tta-admin safety classify)"
    )
    return found[0]


async def test_an_answer_to_a_characters_question_gets_no_panel_but_an_alert(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """The model's concern on the player's answer to Pip's "It is my fault. Isn't it?": the turn
    is played gently and facilitators are alerted, but no check-in panel covers the story."""
    text = _model_only_concern()
    async with servers(store_kind, tmp_path) as urls:
        f = await _facilitator(urls[-1])
        await f.ok("alerts.subscribe")
        c, _ = await _playing(urls[0], "wren")
        await c.turn("go east", "t1")
        asked = await c.turn("talk to pip about the slate", "t2")
        assert "Isn't it?" in story(asked)
        events = await c.turn(text, "t3")  # to Pip, whose question is open
        assert "safety.checkin" not in [e["type"] for e in events]
        alert = await _next_alert(f)
        assert alert["alert"]["level"] == "concern"
        # The same words with nobody asking anything: the panel, as for any concern.
        c2, _ = await _playing(urls[0], "ansel")
        assert [e["type"] for e in await c2.turn(text, "t1")][1] == "safety.checkin"
        await c2.close()
        await c.close()
        await f.close()
