"""Playing over the wire: a world from its first scene to its ending, across reconnects and a
server restart, on both stores; history, isolation and what the player reads."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.conftest import NO_FLOOD_LIMITS, free_port, open_clean_store, settings_for
from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.wire.client import Client, character, player, story
from tta_server.app import App
from tta_server.settings import StoreKind

PW = "correct horse battery"
IDS = re.compile(r"\b[a-z]+-[a-z]+(?:-[a-z]+)*\b")


@asynccontextmanager
async def running(
    kind: StoreKind, tmp_path: Path, *, clean: bool, **extra: object
) -> AsyncIterator[str]:
    settings = settings_for(
        kind, tmp_path, port=0, shutdown_grace_s=2, **{**NO_FLOOD_LIMITS, **extra}
    )
    if clean:
        await (await open_clean_store(settings)).close()
    app = App(settings)
    await app.start()
    try:
        yield f"ws://127.0.0.1:{app.port}"
    finally:
        await app.shutdown()


async def _resume(url: str, username: str, sid: str, last_seq: int) -> Client:
    c = await Client.open(url)
    await c.ok("login", username=username, password=PW)
    r = await c.ok("session.resume", session_id=sid, last_seq=last_seq)
    await c.wait_events(r["replay"])
    return c


def _readable(text: str, world_ids: set[str]) -> None:
    assert text.strip()
    assert "None" not in text and "{" not in text and "Traceback" not in text
    leaked = set(IDS.findall(text)) & world_ids
    assert not leaked, f"raw ids in the story: {leaked}"


async def test_a_world_plays_to_its_ending_across_a_restart(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    walk = WALKTHROUGHS["lantern-coast"]
    half = len(walk) // 2
    async with running(store_kind, tmp_path, clean=True) as url:
        c = await player(url, "ruth")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        sid = started["session"]["id"]
        await c.wait_events(started["session"]["last_seq"])
        for i, text in enumerate(walk[:half]):
            events = await c.turn(text, f"w{i}")
            assert events[-1]["data"]["ok"], (text, story(events))
        seen = len(c.events)
        where = c.events[-1]["data"]["summary"]
        await c.close()

    async with running(store_kind, tmp_path, clean=False) as url:  # a new process, same store
        d = await _resume(url, "ruth", sid, seen)
        assert d.events == []  # nothing was missed, nothing is repeated
        looked = await d.turn("look around", "after-restart")
        summary = looked[-1]["data"]["summary"]
        assert (summary["location"], summary["inventory"]) == (
            where["location"],
            where["inventory"],
        )
        for i, text in enumerate(walk[half:]):
            events = await d.turn(text, f"w{half + i}")
            assert events[-1]["data"]["ok"], (text, story(events))
        final = d.events[-1]["data"]["summary"]
        assert final["arc"]["ended"] and final["arc"]["done"] == final["arc"]["total"]
        assert len(final["skills"]) >= 3
        # the transcript kept everything from before the restart too
        entries: list[dict[str, object]] = []
        before: dict[str, int] = {}
        while True:
            page = await d.ok("session.history", session_id=sid, limit=200, **before)
            entries = page["entries"] + entries
            if page["next_before_seq"] is None:
                break
            before = {"before_seq": page["next_before_seq"]}
        inputs = [e["text"] for e in entries if e["kind"] == "input"]
        assert inputs == [*walk[:half], "look around", *walk[half:]]
        await d.close()


async def test_the_story_list_says_which_stories_reached_their_ending(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with running(store_kind, tmp_path, clean=True) as url:
        c = await player(url, "ffion")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        other = await c.ok("session.start", character_id=cid, world_id="ember-library")
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        sid, oid = started["session"]["id"], other["session"]["id"]
        listed = (await c.ok("session.list"))["sessions"]
        assert [(s["id"], s["finished"]) for s in listed] == [(sid, False), (oid, False)]
        await c.wait_events(started["session"]["last_seq"])
        for text in WALKTHROUGHS["lantern-coast"]:
            events = await c.turn(text)
            assert events[-1]["data"]["ok"], (text, story(events))
        assert c.events[-1]["data"]["summary"]["arc"]["ended"]
        listed = (await c.ok("session.list"))["sessions"]
        assert [(s["id"], s["status"], s["finished"]) for s in listed] == [
            (sid, "active", True),  # finished, not ended: its world stays playable
            (oid, "active", False),
        ]
        await c.ok("session.end", session_id=sid)
        listed = (await c.ok("session.list"))["sessions"]
        ended = [(s["status"], s["finished"]) for s in listed]
        assert ended == [("ended", True), ("active", False)]
        await c.close()


async def test_sessions_in_one_world_never_see_each_other(server: str) -> None:
    c = await player(server, "sam")
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    s1 = (await c.ok("session.start", character_id=cid, world_id="lantern-coast"))["session"]
    s2 = (await c.ok("session.start", character_id=cid, world_id="lantern-coast"))["session"]
    # the second start took the connection over to s2; play in s1 from another connection
    other = await _resume(server, "sam", s1["id"], s1["last_seq"])
    await other.turn("go east", "a")
    await other.turn("go west", "b")
    taken = await other.turn("climb the stairs and take the blanket", "c")
    assert "a tartan blanket" in taken[-1]["data"]["summary"]["inventory"]
    await other.close()
    d = await _resume(server, "sam", s2["id"], s2["last_seq"])
    mine = await d.turn("inventory", "i")
    assert "a tartan blanket" not in mine[-1]["data"]["summary"]["inventory"]
    await d.turn("go east", "a")
    await d.turn("go west", "b")
    here = await d.turn("go up", "c")
    assert "blanket" in story(here).lower()  # still lying there in this world
    await d.close()
    await c.close()


async def test_every_turn_reads_as_a_story(server: str) -> None:
    c = await player(server, "tess")
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="ember-library")
    opening = await c.wait_events(started["session"]["last_seq"])
    world_ids = {"bastian", "juno", "ilse", "footnote", "your-book", "cool-ember", "fenn-book"}
    _readable(story(opening), world_ids)
    first = story(await c.turn("look", "l1"))
    second = story(await c.turn("look", "l2"))
    assert first != second  # the same room never reads identically twice in a row
    for text in ("xyzzy", "take the moon", "go north", "eat the door", "talk", "i", "help"):
        events = await c.turn(text)
        _readable(story(events), world_ids)
    lost = story(await c.turn("flibbertigibbet"))
    assert "look around" in lost or "help" in lost  # suggestions drawn from the scene
    await c.close()


async def test_history_pages_back_through_the_transcript(server: str) -> None:
    c = await player(server, "uma")
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    sid = (await c.ok("session.start", character_id=cid, world_id="lantern-coast"))["session"]["id"]
    for i, text in enumerate(["go inside", "talk to rue", "go out", "ring the bell"]):
        await c.turn(text, f"h{i}")
    entries: list[dict[str, object]] = []
    before: int | None = None
    while True:
        page = await c.ok(
            "session.history",
            session_id=sid,
            limit=3,
            **({"before_seq": before} if before is not None else {}),
        )
        entries = page["entries"] + entries
        before = page["next_before_seq"]
        if before is None:
            break
    assert [e["seq"] for e in entries] == sorted(e["seq"] for e in entries)
    inputs = [e["text"] for e in entries if e["kind"] == "input"]
    assert inputs == ["go inside", "talk to rue", "go out", "ring the bell"]
    assert entries[0]["kind"] == "notice" and "Aria Moon" in str(entries[0]["text"])
    narration = [e for e in entries if e["kind"] == "narration"]
    assert len(narration) >= 5 and all(e["text"] for e in narration)
    other = await player(server, "vic")
    err = await other.request("session.history", session_id=sid)
    assert err["code"] == "not_found"
    err = await c.request("session.history", session_id=sid, limit=500)
    assert err["code"] == "invalid_fields" and err["fields"][0]["field"] == "limit"
    await c.close()
    await other.close()


async def test_an_unreachable_llm_leaves_the_default_story(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens: connection refused
    async with running(
        StoreKind.EMBEDDED, tmp_path, clean=True, narrator="llm", llm_base_url=dead
    ) as url:
        c = await player(url, "wade")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        opening = await c.wait_events(started["session"]["last_seq"])
        assert "Lantern Coast" in story(opening) or "Porthlan" in story(opening)
        events = await c.turn("go inside", "x1")
        assert "Rue" in story(events) and events[-1]["data"]["ok"]
        assert not c.other  # no error frame reached the player
        await c.close()


async def test_a_chained_move_names_the_places_it_went_through(server: str) -> None:
    """Issue 15: after "go north then go east" the client's map marked only the last place as
    visited. ``narrative.end``'s summary lists the places the turn went through before it
    (``passed``), each with its ways out as the player left it; a single move lists none."""
    c = await player(server, "vic")
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    opening = await c.wait_events(started["session"]["last_seq"])
    assert opening[-1]["data"]["summary"]["passed"] == []
    end = (await c.turn("go north then go east", "m1"))[-1]["data"]["summary"]
    assert end["location_id"] == "cottage-step"
    [street] = end["passed"]
    assert street["location_id"] == "chapel-street" and street["location"] == "Chapel Street"
    ways = {e["direction"]: (e["to"], e["open"]) for e in street["exits"]}
    assert ways["south"][0] == "The Quay" and ways["east"][1] is True
    single = (await c.turn("go west", "m2"))[-1]["data"]["summary"]
    assert single["location_id"] == "chapel-street" and single["passed"] == []
    await c.close()
