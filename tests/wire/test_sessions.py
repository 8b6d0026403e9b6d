"""Sessions over the wire: start, turns, idempotent retries, resume with replay, takeover."""

from __future__ import annotations

import pytest
from websockets.exceptions import ConnectionClosed

from tests.wire.client import Client, character, player

PW = "correct horse battery"


async def _started(server: str, name: str) -> tuple[Client, str, str]:
    c = await player(server, name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    worlds = (await c.ok("world.list"))["worlds"]
    assert {w["id"] for w in worlds} == {"lantern-coast", "ember-library"}
    assert all(w["title"] and w["summary"] and w["goals"] for w in worlds)
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    sid = started["session"]["id"]
    opening = await c.wait_events(started["session"]["last_seq"])
    assert opening[0]["type"] == "session.started" and opening[0]["seq"] == 1
    assert opening[0]["data"]["character_name"] == "Aria Moon"
    assert [e["type"] for e in opening[1:-1]] == ["narrative.chunk"] * (len(opening) - 2)
    assert opening[-1]["type"] == "narrative.end"
    assert opening[-1]["data"]["summary"]["location"] == "The Quay"
    return c, sid, cid


async def test_retries_apply_once(server: str) -> None:
    c, _sid, _ = await _started(server, "finn")
    opened = len(c.events)
    first = await c.ok("turn", turn_id="t1", text="go inside")
    assert first["first_seq"] == opened + 1 and not first["replayed"]
    again = await c.ok("turn", turn_id="t1", text="go inside")
    assert again["replayed"] and again["first_seq"] == first["first_seq"]
    second = await c.ok("turn", turn_id="t2", text="go out")
    assert second["first_seq"] == first["last_seq"] + 1
    seqs = [e["seq"] for e in c.events]
    assert seqs == list(range(1, second["last_seq"] + 1))  # each event exactly once
    ends = [e["data"]["summary"]["location"] for e in c.events if e["type"] == "narrative.end"]
    assert ends == ["The Quay", "Rue's Tea Hut", "The Quay"]  # "go inside" applied once
    await c.close()


async def test_turn_text_is_checked(server: str) -> None:
    c, _, _ = await _started(server, "gail")
    for text, needle in (("   ", "Write what"), ("x" * 2001, "2000")):
        err = await c.request("turn", turn_id="tx", text=text)
        assert err["code"] == "invalid_fields" and needle in err["fields"][0]["message"]
    await c.close()


async def test_turn_needs_a_session(server: str) -> None:
    c = await player(server, "hank")
    assert (await c.request("turn", turn_id="t", text="look"))["code"] == "no_session"
    await c.close()


async def test_resume_replays_exactly_what_was_missed(server: str) -> None:
    c, sid, _ = await _started(server, "iris")
    token = await c.request("login", username="iris", password=PW)  # already logged in
    assert token["code"] == "already_authenticated"
    for i in range(5):
        await c.ok("turn", turn_id=f"t{i}", text="wait")
    seen = c.events[:3]
    await c.close()

    d = await Client.open(server)
    await d.ok("login", username="iris", password=PW)
    r = await d.ok("session.resume", session_id=sid, last_seq=seen[-1]["seq"])
    total = r["session"]["last_seq"]
    assert r["replay"] == total - 3
    replayed = await d.wait_events(total - 3)
    assert [e["seq"] for e in replayed] == list(range(4, total + 1))
    assert [e["data"] for e in replayed] == [e["data"] for e in c.events[3:]]
    # and it continues live from there
    nxt = await d.ok("turn", turn_id="t9", text="look")
    assert nxt["first_seq"] == total + 1
    await d.close()


async def test_retry_after_reconnect_is_not_applied_twice(server: str) -> None:
    c, sid, _ = await _started(server, "jade")
    done = await c.ok("turn", turn_id="lost-reply", text="open the gate")
    await c.close()
    d = await Client.open(server)
    await d.ok("login", username="jade", password=PW)
    await d.ok("session.resume", session_id=sid, last_seq=1)
    retry = await d.ok("turn", turn_id="lost-reply", text="open the gate")
    assert retry["replayed"] and retry["last_seq"] == done["last_seq"]
    seqs = [e["seq"] for e in d.events]
    assert seqs == list(range(2, done["last_seq"] + 1))  # replayed once, not re-sent
    await d.close()


async def test_newer_connection_takes_the_session_over(server: str) -> None:
    c, sid, _ = await _started(server, "kai")
    d = await Client.open(server)
    await d.ok("login", username="kai", password=PW)
    await d.ok("session.resume", session_id=sid, last_seq=len(c.events))
    notice = None
    with pytest.raises(ConnectionClosed) as info:
        while True:
            doc = await c.recv()
            if doc["type"] == "session.taken_over":
                notice = doc
    assert notice is not None and notice["session_id"] == sid
    assert info.value.rcvd is not None and info.value.rcvd.code == 4000
    assert (await d.ok("turn", turn_id="a", text="look"))["first_seq"] == len(c.events) + 1
    await d.close()


async def test_resume_checks_ownership_and_seq(server: str) -> None:
    c, sid, _ = await _started(server, "lena")
    other = await player(server, "milo")
    assert (await other.request("session.resume", session_id=sid))["code"] == "not_found"
    err = await c.request("session.resume", session_id=sid, last_seq=99)
    assert err["code"] == "invalid_fields" and err["fields"][0]["field"] == "last_seq"
    err = await c.request("session.resume", session_id=sid, last_seq=-1)
    assert err["code"] == "invalid_fields"
    await c.close()
    await other.close()


async def test_end_session_then_turns_are_refused_and_list_shows_it(server: str) -> None:
    c, sid, cid = await _started(server, "nora")
    await c.ok("session.end", session_id=sid)
    assert c.events[-1]["type"] == "session.ended"
    assert (await c.request("session.end", session_id=sid))["code"] == "session_ended"
    await c.ok("session.resume", session_id=sid, last_seq=0)
    assert (await c.request("turn", turn_id="z", text="look"))["code"] == "session_ended"
    second = await c.ok("session.start", character_id=cid, world_id="ember-library")
    listed = (await c.ok("session.list"))["sessions"]
    assert [s["id"] for s in listed] == [second["session"]["id"], sid]
    assert [s["status"] for s in listed] == ["active", "ended"]
    err = await c.request("session.start", character_id=cid, world_id="atlantis")
    assert err["code"] == "not_found" and "lantern-coast" in err["fields"][0]["message"]
    await c.close()


async def test_start_uses_the_character_as_it_is_now_not_as_this_connection_saw_it(
    server: str,
) -> None:
    c = await player(server, "wren")
    aria = (await c.ok("character.create", character=character()))["character"]["id"]
    bo = (await c.ok("character.create", character=character("Bo Reed")))["character"]["id"]
    other = await Client.open(server)  # the same player on a second device
    await other.ok("login", username="wren", password=PW)
    await other.ok("character.update", character_id=aria, character={"name": "Aria Tide"})
    await other.ok("character.delete", character_id=bo)

    started = await c.ok("session.start", character_id=aria, world_id="lantern-coast")
    opening = await c.wait_events(started["session"]["last_seq"])
    assert opening[0]["data"]["character_name"] == "Aria Tide"
    gone = await c.request("session.start", character_id=bo, world_id="lantern-coast")
    assert gone["code"] == "not_found" and gone["fields"][0]["field"] == "character_id"
    assert len((await c.ok("session.list"))["sessions"]) == 1
    await c.close()
    await other.close()
