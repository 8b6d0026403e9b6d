"""A session whose log holds events an older server wrote, or ones damaged in the store
(members missing or of the wrong kind, a type this server does not know), still pages its
history, resumes, answers ``again`` and plays on: the server reads stored events through their
models, leniently (``Event.read_data``; the reading itself: tests/test_stored_events.py)."""

from __future__ import annotations

from pathlib import Path

from tests.wire.client import Client, character, player, story
from tests.wire.servers import PW, staffed_servers, url
from tta_server.settings import StoreKind
from tta_server.store.records import NewEvent

DAMAGED = [
    NewEvent("turn.input", {"turn_id": "old1", "text": 42}),
    NewEvent("narrative.chunk", {"turn_id": "old1", "index": "first"}),
    NewEvent("story.future", {"text": "from a newer server"}),
    NewEvent("narrative.end", {"turn_id": "old1", "ok": False}),
]
"""A turn as no server of this protocol writes it: a number for text, a chunk without text, an
unknown event between them, an end without ``chunks`` or ``summary``."""


async def test_a_damaged_log_pages_resumes_and_plays_on(tmp_path: Path) -> None:
    async with staffed_servers(StoreKind.EMBEDDED, tmp_path, {}) as [app]:
        c = await player(url(app), "odile")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        sid = started["session"]["id"]
        await c.turn("look around", "t1")
        await c.close()
        await app.store.append_events(sid, DAMAGED, turn_id="old1")

        c = await Client.open(url(app))
        try:
            await c.ok("login", username="odile", password=PW)
            page = await c.ok("session.history", session_id=sid)
            lines = [(e["kind"], e["text"]) for e in page["entries"]]
            assert lines[-2:] == [("input", ""), ("narration", "")]
            assert ("input", "look around") in lines
            resumed = await c.ok("session.resume", session_id=sid, last_seq=0)
            await c.wait_events(resumed["replay"])
            assert "story.future" in [e["type"] for e in c.events]
            nothing = await c.turn("again", "t2")  # the damaged end names no command to repeat
            assert "nothing to do again" in story(nothing)
            played = await c.turn("go inside", "t3")
            assert played[-1]["type"] == "narrative.end" and played[-1]["data"]["ok"]
        finally:
            await c.close()
