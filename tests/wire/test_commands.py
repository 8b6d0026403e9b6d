"""The standard commands over the wire (a real server, a real client), on both stores: undo
across a takeover (by another process on redis-neo4j), save and restore, and the rule that no
command takes back a safety event; again and oops."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tests.wire.client import Client, character, player, story
from tests.wire.servers import staffed_servers, url
from tta_server.settings import StoreKind
from tta_server.store.base import Role

PW = "correct horse battery"
CRISIS = "honestly I want to stop existing"
CONCERN = "nothing is ever going to get better for me"
MEANS = "I have the pills here tonight"


@asynccontextmanager
async def servers(kind: StoreKind, tmp_path: Path, **extra: object) -> AsyncIterator[list[str]]:
    """Servers with facilitator fran: two on one redis-neo4j store, one embedded."""
    async with staffed_servers(kind, tmp_path, {"fran": Role.FACILITATOR}, **extra) as apps:
        yield [url(app) for app in apps]


async def _playing(url: str, name: str) -> tuple[Client, str]:
    c = await player(url, name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c, started["session"]["id"]


async def _resume(url: str, username: str, sid: str) -> Client:
    """A new connection that takes the session over and replays its whole log."""
    c = await Client.open(url)
    await c.ok("login", username=username, password=PW)
    r = await c.ok("session.resume", session_id=sid, last_seq=0)
    await c.wait_events(r["replay"])
    return c


_TURN_IDS = itertools.count(1)


async def _turn(c: Client, text: str) -> list[dict[str, Any]]:
    """A turn with a turn id no other connection of the test used."""
    return await c.turn(text, f"u{next(_TURN_IDS)}")


def _where(events: list[dict[str, Any]]) -> str:
    summary: str = events[-1]["data"]["summary"]["location"]
    return summary


async def test_undo_goes_back_after_a_takeover_and_the_log_only_grows(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        c, sid = await _playing(urls[0], "uma")
        assert _where(await _turn(c, "go inside")) == "Rue's Tea Hut"
        assert _where(await _turn(c, "leave")) == "The Quay"
        seen = [e["seq"] for e in c.events]
        await c.close()

        # another connection (another process on redis-neo4j) takes over: the undo moments
        # come from the store, not from the first process's memory
        d = await _resume(urls[-1], "uma", sid)
        assert [e["seq"] for e in d.events] == seen
        undone = await _turn(d, "undo")
        assert "You take back \u201cleave\u201d" in story(undone)
        assert _where(undone) == "Rue's Tea Hut"
        assert undone[0]["type"] == "turn.input" and undone[0]["data"]["text"] == "undo"
        assert _where(await _turn(d, "undo")) == "The Quay"
        nothing = await _turn(d, "undo")
        assert "nothing to take back" in story(nothing) and not nothing[-1]["data"]["ok"]
        await d.close()

        # the log is append-only: every earlier event is still there, in order, gap-free
        e = await _resume(urls[0], "uma", sid)
        seqs = [ev["seq"] for ev in e.events]
        assert seqs == list(range(1, len(seqs) + 1)) and seqs[: len(seen)] == seen
        said = [ev["data"]["text"] for ev in e.events if ev["type"] == "turn.input"]
        assert said == ["go inside", "leave", "undo", "undo", "undo"]
        history = await e.ok("session.history", session_id=sid)
        inputs = [h["text"] for h in history["entries"] if h["kind"] == "input"]
        assert inputs == said
        await e.close()


async def test_save_and_restore_by_name_survive_a_new_connection(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path, save_slots_max=2) as urls:
        c, sid = await _playing(urls[0], "vera")
        await _turn(c, "go inside")
        saved = await _turn(c, "save Tea Time")
        assert "Saved as \u201cTea Time\u201d" in story(saved)
        await _turn(c, "leave")
        await _turn(c, "e")
        bad = await _turn(c, "save {x}")
        assert "letters, numbers, spaces" in story(bad) and not bad[-1]["data"]["ok"]
        await c.close()

        d = await _resume(urls[-1], "vera", sid)
        assert "\u201cTea Time\u201d (turn 1, at Rue's Tea Hut)" in story(await _turn(d, "saves"))
        restored = await _turn(d, "restore tea time")
        assert "You return to the moment saved as \u201cTea Time\u201d" in story(restored)
        assert _where(restored) == "Rue's Tea Hut"
        await _turn(d, "save")
        full = await _turn(d, "save another")
        assert "already has 2 saves" in story(full)
        assert _where(await _turn(d, "undo")) == "The Harbour Wall"  # a restore can be undone
        await d.close()


async def test_no_command_takes_back_a_safety_event(store_kind: StoreKind, tmp_path: Path) -> None:
    async with servers(store_kind, tmp_path) as urls:
        f = await Client.open(urls[-1])
        await f.ok("login", username="fran", password=PW)
        c, sid = await _playing(urls[0], "wren")
        await _turn(c, "go inside")
        await _turn(c, "save before")
        checked = await _turn(c, CONCERN)  # played gently, with a check-in and an alert
        assert [e["type"] for e in checked][:2] == ["turn.input", "safety.checkin"]
        # words the screen is concerned about are never taken as a command: no check-in skipped
        worried = await _turn(c, "save " + CONCERN)
        assert [e["type"] for e in worried][:2] == ["turn.input", "safety.checkin"]
        assert "Saved" not in story(worried)
        reply = await c.ok("turn", turn_id="crisis", text=CRISIS)
        assert reply["safety"] == "crisis"

        # while the story is held, no command moves it: not undo, restore or restart
        for i, text in enumerate(("undo", "restore before", "restart", "score")):
            held = await c.request("turn", turn_id=f"held{i}", text=text)
            assert held["code"] == "safety_hold", (text, held)
        await c.ok("safety.ack", choice="continue")

        undone = await _turn(c, "undo")  # takes back the last change to the world ...
        assert "You take back" in story(undone)
        await _turn(c, "restore before")
        await _turn(c, "restart")
        assert _where(await _turn(c, "yes")) == "The Quay"
        # the conversation screen still remembers the crisis: a following message about a
        # means and a time is taken as a crisis, although alone it would not be one
        later = await c.ok("turn", turn_id="later", text=MEANS)
        assert later["safety"] == "crisis"
        await c.close()

        # ... and nothing of the safety events: the log keeps them, the alerts stay
        d = await _resume(urls[-1], "wren", sid)
        types = [e["type"] for e in d.events]
        for kind in ("safety.checkin", "safety.crisis", "safety.resolved"):
            assert kind in types, kind
        assert types.index("safety.crisis") < types.index("safety.resolved")
        listed = await f.ok("alerts.list")
        levels = sorted(a["level"] for a in listed["alerts"])
        assert levels == ["concern", "concern", "crisis", "crisis"]
        assert all(a["session_id"] == sid for a in listed["alerts"])
        held = await d.request("turn", turn_id="after", text="undo")
        assert held["code"] == "safety_hold"  # the second crisis holds the story again
        await d.close()
        await f.close()


async def test_again_repeats_and_oops_mends_the_last_command(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as urls:
        c, sid = await _playing(urls[0], "xena")
        nothing = await _turn(c, "again")
        assert "nothing to do again" in story(nothing)
        assert _where(await _turn(c, "go insdie")) == "The Quay"
        mended = await _turn(c, "oops inside")
        assert _where(mended) == "Rue's Tea Hut" and mended[-1]["data"]["ok"]
        assert mended[0]["data"]["text"] == "oops inside"  # the transcript keeps the words
        await _turn(c, "leave")
        await _turn(c, "e")
        assert _where(await _turn(c, "w")) == "The Quay"
        await c.close()
        c = await _resume(urls[-1], "xena", sid)  # a reconnect: the last command is in the log
        again = await _turn(c, "g")  # "w" once more
        assert again[0]["data"]["text"] == "g" and _where(again) == "The Dunes"
        score = story(await _turn(c, "score"))
        assert "steps of this story" in score
        quit_ = story(await _turn(c, "quit"))
        assert "Escape" in quit_ and "F10" in quit_
        await c.close()


async def test_commands_never_push_distress_out_of_the_conversation_screen(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """The conversation screen counts the player's last six messages; commands are not
    messages, so typing them (here, in this process and after a reconnect) keeps it seeing
    the distress before them."""
    async with servers(store_kind, tmp_path) as urls:
        c, sid = await _playing(urls[0], "yara")
        for reconnect in (False, True):
            await _turn(c, CONCERN)
            for _ in range(7):
                await _turn(c, "score")
            if reconnect:
                await c.close()
                c = await _resume(urls[-1], "yara", sid)
            reply = await c.ok("turn", turn_id=f"means{reconnect}", text=MEANS)
            assert reply["safety"] == "crisis", reconnect
            await c.ok("safety.ack", choice="continue")
        await c.close()
