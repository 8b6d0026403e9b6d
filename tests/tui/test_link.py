"""The client's Link against a real TTA server on the embedded store.

The server runs in this process (:func:`in_process_server`), or as the ``tta-server`` command
(:func:`server_process`) where a test kills and restarts it. Tests wait on conditions checked
from the Link's callbacks, each with a timeout, never on sleeps; every test has a deadline.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import re
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, BinaryIO, ParamSpec, TypeVar

import pytest
from websockets.asyncio.server import ServerConnection, serve

from tests.conftest import NO_FLOOD_LIMITS, free_port, settings_for
from tta_server.accounts import Accounts
from tta_server.app import App
from tta_server.protocol.events import SafetyCrisis
from tta_server.protocol.messages import Kicked, SafetyAlert, TakenOver, TurnInput
from tta_server.settings import StoreKind
from tta_server.store.base import Role
from tta_tui.net import Link, LinkError, LinkState, LinkStatus, LinkStopped, ServerError
from tta_tui.net.events import StoryEnd, StoryEvent
from tta_tui.net.notices import LinkNotice, TurnError

PW = "correct horse battery"
WAIT_S = 20.0
"""Longest wait for any one condition."""
WORLD = "lantern-coast"

P = ParamSpec("P")
R = TypeVar("R")


def deadline(seconds: float) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """Fail a test that runs longer than ``seconds`` (asyncio.wait_for around its body)."""

    def wrap(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(fn)
        async def run(*args: P.args, **kwargs: P.kwargs) -> R:
            return await asyncio.wait_for(fn(*args, **kwargs), seconds)

        return run

    return wrap


class Recorder:
    """Collects everything a Link reports and lets a test wait for a condition on it."""

    def __init__(self) -> None:
        self.events: list[StoryEvent] = []
        self.statuses: list[LinkStatus] = []
        self.notices: list[LinkNotice] = []
        self._waiters: list[tuple[Callable[[], bool], asyncio.Future[None]]] = []

    def on_event(self, event: StoryEvent) -> None:
        self.events.append(event)
        self._check()

    def on_status(self, status: LinkStatus) -> None:
        self.statuses.append(status)
        self._check()

    def on_notice(self, notice: LinkNotice) -> None:
        self.notices.append(notice)
        self._check()

    def link(self, urls: list[str], **options: Any) -> Link:
        settings: dict[str, Any] = {"backoff_base_s": 0.05, "backoff_cap_s": 0.5, **options}
        return Link(
            urls,
            on_event=self.on_event,
            on_status=self.on_status,
            on_notice=self.on_notice,
            **settings,
        )

    async def until(self, condition: Callable[[], bool], within_s: float = WAIT_S) -> None:
        """Return once ``condition()`` holds (checked after every callback)."""
        if condition():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((condition, future))
        try:
            await asyncio.wait_for(future, within_s)
        except TimeoutError:
            raise AssertionError(
                f"condition not met within {within_s} s; statuses: {self.states()}; "
                f"notices: {[n.type for n in self.notices]}; events: {len(self.events)}"
            ) from None

    def _check(self) -> None:
        for condition, future in list(self._waiters):
            if not future.done() and condition():
                future.set_result(None)
                self._waiters.remove((condition, future))

    # -- conditions ------------------------------------------------------------------------------
    def ended(self, turn_id: str | None) -> Callable[[], bool]:
        """The narration of ``turn_id`` (None: the opening) has ended."""
        return lambda: any(
            isinstance(e.data, StoryEnd) and e.data.turn_id == turn_id for e in self.events
        )

    def in_state(self, state: LinkState) -> Callable[[], bool]:
        return lambda: bool(self.statuses) and self.statuses[-1].state is state

    def states(self) -> list[str]:
        return [s.state.value for s in self.statuses]

    def seqs(self) -> list[int]:
        return [e.seq for e in self.events]


def character(name: str = "Aria Moon", **over: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": name,
        "pronouns": "she/her",
        "traits": ["curious", "kind"],
        "profile": {"goals": ["managing_anxiety"], "country": "GB"},
    }
    doc.update(over)
    return doc


async def new_player(link: Link, username: str) -> str:
    """Connect, register, log in and create a character; returns the character id."""
    await link.connect()
    await link.register(username, PW)
    await link.login(username, PW)
    reply = await link.request("character.create", character=character())
    character_id: str = reply["character"]["id"]
    return character_id


@asynccontextmanager
async def in_process_server(data_dir: Path, **extra: object) -> AsyncIterator[App]:
    """A server in this process on a free port (``ws://127.0.0.1:{app.port}``)."""
    values: dict[str, object] = {"port": 0, "shutdown_grace_s": 2, **NO_FLOOD_LIMITS}
    app = App(settings_for(StoreKind.EMBEDDED, data_dir, **{**values, **extra}))
    await app.start()
    try:
        yield app
    finally:
        await app.shutdown()


def server_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    env.update(
        TTA_ARGON2_TIME_COST="1",
        TTA_ARGON2_MEMORY_KIB="8192",
        TTA_RATE_LIMIT_MESSAGES="0",
        TTA_FLOOD_CLOSE_MESSAGES="0",
        TTA_CONNECT_RATE_PER_ADDRESS="0",
        TTA_SHUTDOWN_GRACE_S="2",
    )
    return env


def _log_file(data_dir: Path) -> BinaryIO:
    data_dir.mkdir(parents=True, exist_ok=True)
    return (data_dir / "server.log").open("ab")


@asynccontextmanager
async def server_process(
    data_dir: Path, port: int
) -> AsyncIterator[tuple[str, asyncio.subprocess.Process]]:
    """The real ``tta-server`` on the embedded store and a fixed port; killed on exit if still
    running. Its log goes to ``data_dir/server.log``."""
    with _log_file(data_dir) as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tta_server.cli",
            "--store",
            "embedded",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
            env=server_env(),
        )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        found = re.search(r"ws://[\d.]+:\d+", line)
        assert found, f"server did not start: {line!r}; see {data_dir / 'server.log'}"
        yield found.group(0), proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


# -- tests ---------------------------------------------------------------------------------------
@deadline(60)
async def test_a_story_through_the_link_arrives_in_order(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        rec = Recorder()
        link = rec.link([f"ws://127.0.0.1:{app.port}"])
        try:
            hello = await link.connect()
            assert hello.type == "hello" and hello.protocol == 1
            assert rec.states()[:2] == ["connecting", "connected"]
            await rec.until(lambda: any(s.rtt_ms is not None for s in rec.statuses))
            rtt = next(s.rtt_ms for s in rec.statuses if s.rtt_ms is not None)
            assert rtt is not None and 0 < rtt < 5000
            assert all(s.state is LinkState.CONNECTED for s in rec.statuses[1:])

            cid = await new_player(link, "ada")
            assert link.token and link.account and link.account.username == "ada"
            started = await link.start_session(cid, WORLD)
            assert link.session_id == started.session.id and link.last_seq >= 0
            await rec.until(rec.ended(None))
            assert rec.events[0].type == "session.started"

            first = await link.turn("look around")
            second = await link.turn("go north")  # queued behind the first, sent at once
            assert len(first) == 32 and first != second
            await rec.until(rec.ended(second))
            await link.request("ping")  # replies come in order: the turns' replies are in
            assert link.pending_turns == 0
            assert rec.seqs() == list(range(1, len(rec.events) + 1))
            assert link.last_seq == len(rec.events)
            inputs = [e.data.turn_id for e in rec.events if isinstance(e.data, TurnInput)]
            assert inputs == [first, second]
            assert not rec.notices
        finally:
            await link.close()
        assert rec.statuses[-1].state is LinkState.STOPPED
        with pytest.raises(LinkStopped):
            await link.request("ping")
        await link.close()  # idempotent


@deadline(60)
async def test_a_server_error_carries_code_fields_and_message(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        rec = Recorder()
        link = rec.link([f"ws://127.0.0.1:{app.port}"])
        try:
            await new_player(link, "bea")
            bad = character(name="X", profile={"goals": ["flying"]})
            with pytest.raises(ServerError) as info:
                await link.request("character.create", character=bad)
            err = info.value
            assert err.code == "invalid_fields"
            assert set(err.fields) == {"name", "profile.goals[0]"}
            assert "flying" in err.fields["profile.goals[0]"]
            assert str(err) == err.message and err.message.endswith(".")
            assert err.retry_after is None
            with pytest.raises(ServerError) as info:
                await link.login("bea", PW)
            assert info.value.code == "already_authenticated"
            with pytest.raises(LinkError) as no_story:
                await link.turn("hello")
            assert "start or resume" in str(no_story.value)
        finally:
            await link.close()


@deadline(60)
async def test_the_first_server_that_answers_is_used(tmp_path: Path) -> None:
    dead = f"ws://127.0.0.1:{free_port()}"
    async with in_process_server(tmp_path) as app:
        live = f"ws://127.0.0.1:{app.port}"
        rec = Recorder()
        link = rec.link([dead, live])
        try:
            await link.connect()
            assert link.url == live
            assert [(s.state.value, s.url) for s in rec.statuses[:3]] == [
                ("connecting", dead),
                ("connecting", live),
                ("connected", live),
            ]
            assert (await link.request("ping"))["type"] == "ping.ok"
        finally:
            await link.close()


@deadline(30)
async def test_no_server_answering_names_every_url_and_why() -> None:
    dead = [f"ws://127.0.0.1:{free_port()}", f"ws://127.0.0.1:{free_port()}"]
    rec = Recorder()
    link = rec.link(dead)
    with pytest.raises(LinkError) as info:
        await link.connect()
    text = str(info.value)
    assert all(url in text for url in dead) and "connection refused" in text
    assert "Error" not in text and text.endswith(".")  # a sentence, not a repr
    assert rec.statuses[-1].state is LinkState.OFFLINE and rec.statuses[-1].reason == text
    one = Recorder().link(dead[:1])
    with pytest.raises(LinkError) as single:
        await one.connect()
    assert str(single.value).startswith(f"Can't reach the server at {dead[0]}: connection refused")
    await link.close()
    await one.close()


@deadline(180)
async def test_a_killed_server_comes_back_and_the_story_resumes_exactly_once(
    tmp_path: Path,
) -> None:
    port = free_port()
    data = tmp_path / "server"
    rec = Recorder()
    link = rec.link([f"ws://127.0.0.1:{port}"], request_timeout_s=60)
    try:
        async with server_process(data, port) as (_, proc):
            cid = await new_player(link, "cyd")
            await link.start_session(cid, WORLD)
            await rec.until(rec.ended(None))
            played = [await link.turn("look around")]
            await rec.until(rec.ended(played[-1]))
            played.append(await link.turn("go inside"))
            await rec.until(rec.ended(played[-1]))
            await link.request("ping")  # replies come in order: the turn's reply is in too
            assert link.pending_turns == 0
            proc.kill()
            await proc.wait()
        await rec.until(rec.in_state(LinkState.RECONNECTING))
        # typed while the server is down: queued, sent once the story is resumed
        played.append(await link.turn("look around"))
        assert link.pending_turns == 1
        waiting = asyncio.create_task(link.request("world.list"))
        async with server_process(data, port) as (_, proc):
            await rec.until(rec.ended(played[-1]))
            assert (await waiting)["type"] == "world.list.ok"
            # a turn in flight when the server dies: re-sent after the restart, applied once
            played.append(await link.turn("wait"))
            proc.kill()
            await proc.wait()
        async with server_process(data, port) as (url, _):
            await rec.until(rec.ended(played[-1]))
            await link.request("ping")
            assert link.pending_turns == 0
            last = link.last_seq
            await link.close()
            fresh = Recorder()
            other = fresh.link([url])
            try:
                await other.connect()
                await other.login("cyd", PW)
                resumed = await other.resume_session(rec.events[0].session_id, 0)
                assert resumed.replay == last
                await fresh.until(lambda: len(fresh.events) == last)
            finally:
                await other.close()
    finally:
        await link.close()
    assert rec.seqs() == list(range(1, last + 1))
    assert [(e.seq, e.type, e.data) for e in rec.events] == [
        (e.seq, e.type, e.data) for e in fresh.events
    ]
    inputs = [e.data.turn_id for e in rec.events if isinstance(e.data, TurnInput)]
    assert inputs == played  # every turn once, in the order typed
    retrying = [s for s in rec.statuses if s.state is LinkState.RECONNECTING]
    assert retrying and all(s.attempt >= 1 for s in retrying)
    assert all(s.retry_in_s is not None and 0 <= s.retry_in_s <= 0.5 for s in retrying)
    assert any(s.reason for s in retrying)
    assert rec.states().count("connected") >= 3


@deadline(60)
async def test_opening_the_story_elsewhere_stops_the_first_link(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        url = f"ws://127.0.0.1:{app.port}"
        first, second = Recorder(), Recorder()
        a, b = first.link([url]), second.link([url])
        try:
            cid = await new_player(a, "dov")
            sid = (await a.start_session(cid, WORLD)).session.id
            await first.until(first.ended(None))
            await b.connect()
            await b.login("dov", PW)
            await b.resume_session(sid, a.last_seq)
            await first.until(first.in_state(LinkState.STOPPED))
            assert first.statuses[-1].reason == "This story was opened somewhere else."
            taken = [n for n in first.notices if isinstance(n, TakenOver)]
            assert taken and taken[0].session_id == sid
            with pytest.raises(LinkStopped) as info:
                await a.request("ping")
            assert info.value.reason == "This story was opened somewhere else."
            with pytest.raises(LinkStopped):
                await a.turn("hello")
            assert (await b.request("ping"))["type"] == "ping.ok"
        finally:
            await a.close()
            await b.close()
        assert not any(s.state is LinkState.RECONNECTING for s in first.statuses)


@deadline(60)
async def test_logging_out_elsewhere_stops_the_link(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        url = f"ws://127.0.0.1:{app.port}"
        first, second = Recorder(), Recorder()
        a, b = first.link([url]), second.link([url])
        try:
            await new_player(a, "eve")
            assert a.token is not None
            await b.connect()
            await b.auth(a.token)
            assert b.account is not None and b.account.username == "eve"
            await b.logout()
            assert b.token is None and b.account is None
            await first.until(first.in_state(LinkState.STOPPED))
            reason = first.statuses[-1].reason
            assert reason is not None and "log in again" in reason
            assert a.token is None
        finally:
            await a.close()
            await b.close()


@deadline(60)
async def test_a_token_that_no_longer_works_stops_the_link_on_reconnect(tmp_path: Path) -> None:
    from tta_server.accounts import token_hash

    async with in_process_server(tmp_path) as app:
        rec = Recorder()
        link = rec.link([f"ws://127.0.0.1:{app.port}"])
        try:
            await new_player(link, "fin")
            assert link.token is not None
            await app.store.revoke_token(token_hash(link.token))  # no live notice: the link
            for conn in list(app.hub.connections):  # finds out when it logs in again
                conn.close(1011, "dropped by the test")
            await rec.until(rec.in_state(LinkState.STOPPED))
            assert rec.statuses[-1].reason == "Your login is no longer valid. Please log in again."
            assert "reconnecting" in rec.states()
            assert link.token is None
            with pytest.raises(LinkStopped):
                await link.request("ping")
        finally:
            await link.close()


@deadline(60)
async def test_safety_alerts_and_refused_turns_reach_on_notice(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        url = f"ws://127.0.0.1:{app.port}"
        await app.accounts.register("fay", PW, Role.FACILITATOR)
        watcher, player = Recorder(), Recorder()
        f, p = watcher.link([url]), player.link([url])
        try:
            await f.connect()
            await f.login("fay", PW)
            await f.request("alerts.subscribe")
            cid = await new_player(p, "gus")
            await p.start_session(cid, WORLD)
            await player.until(player.ended(None))
            crisis = await p.turn("i want to die")
            held = await p.turn("look around")  # the story is on hold: refused
            await player.until(lambda: any(isinstance(n, TurnError) for n in player.notices))
            refused = next(n for n in player.notices if isinstance(n, TurnError))
            assert refused.turn_id == held and refused.code == "safety_hold"
            assert refused.message and refused.fields == {}
            assert p.pending_turns == 0
            types = [e.type for e in player.events]
            assert "safety.crisis" in types
            assert (
                next(e.data for e in player.events if isinstance(e.data, SafetyCrisis)).turn_id
                == crisis
            )
            await watcher.until(lambda: any(isinstance(n, SafetyAlert) for n in watcher.notices))
            alert = next(n for n in watcher.notices if isinstance(n, SafetyAlert))
            assert alert.alert.username == "gus" and alert.kind == "alert"
            assert not watcher.events
            await p.ack_safety("continue")
            await player.until(lambda: any(e.type == "safety.resolved" for e in player.events))
            assert player.seqs() == list(range(1, len(player.events) + 1))
        finally:
            await f.close()
            await p.close()


@deadline(60)
async def test_requests_wait_for_a_lost_link_then_give_up(tmp_path: Path) -> None:
    rec = Recorder()
    async with in_process_server(tmp_path) as app:
        link = rec.link([f"ws://127.0.0.1:{app.port}"], request_timeout_s=0.5, max_attempts=3)
        await link.connect()
    # the server shut down (close 1001): the link retries, then gives up
    try:
        with pytest.raises(LinkError) as waited:
            await link.request("ping")
        assert not isinstance(waited.value, LinkStopped)
        await rec.until(rec.in_state(LinkState.OFFLINE))
        reason = rec.statuses[-1].reason
        assert reason is not None and "3 times" in reason and "connection refused" in reason
        assert [s.attempt for s in rec.statuses if s.state is LinkState.RECONNECTING] == [1, 2, 3]
        with pytest.raises(LinkError) as offline:
            await link.request("ping")
        assert str(offline.value) == reason
    finally:
        await link.close()


@deadline(60)
async def test_retry_now_brings_an_offline_link_back(tmp_path: Path) -> None:
    port = free_port()
    rec = Recorder()
    async with in_process_server(tmp_path, port=port) as app:
        link = rec.link([f"ws://127.0.0.1:{app.port}"], max_attempts=1)
        await link.connect()
    try:
        await rec.until(rec.in_state(LinkState.OFFLINE))
        async with in_process_server(tmp_path, port=port):
            link.retry_now()
            await rec.until(rec.in_state(LinkState.CONNECTED))
            assert (await link.request("ping"))["type"] == "ping.ok"
    finally:
        await link.close()


@deadline(60)
async def test_connect_with_retry_waits_for_a_server_to_start(tmp_path: Path) -> None:
    port = free_port()
    rec = Recorder()
    link = rec.link([f"ws://127.0.0.1:{port}"])
    try:
        connecting = asyncio.create_task(link.connect(retry=True))
        await rec.until(lambda: "reconnecting" in rec.states())
        first = next(s for s in rec.statuses if s.state is LinkState.RECONNECTING)
        assert first.reason is not None and "connection refused" in first.reason
        async with in_process_server(tmp_path, port=port):
            hello = await connecting
            assert hello.type == "hello" and rec.statuses[-1].state is LinkState.CONNECTED
            assert await link.connect() == hello  # connected already: no second socket
    finally:
        await link.close()


@deadline(60)
async def test_a_kick_stops_the_link_instead_of_undoing_it(tmp_path: Path) -> None:
    async with in_process_server(tmp_path) as app:
        await Accounts(app.store, app.settings).register("ops", PW, Role.ADMIN)
        url = f"ws://127.0.0.1:{app.port}"
        player, operator = Recorder(), Recorder()
        a, o = player.link([url]), operator.link([url])
        try:
            cid = await new_player(a, "eli")
            sid = (await a.start_session(cid, WORLD)).session.id
            await player.until(player.ended(None))
            await o.connect()
            await o.login("ops", PW)
            await o.request("admin.kick", session_id=sid, reason="Time for a break.")
            await player.until(player.in_state(LinkState.STOPPED))
            assert (
                player.statuses[-1].reason == "An operator ended this connection: Time for a break."
            )
            kicked = [n for n in player.notices if isinstance(n, Kicked)]
            assert kicked and kicked[0].reason == "Time for a break."
        finally:
            await a.close()
            await o.close()
        assert not any(s.state is LinkState.RECONNECTING for s in player.statuses)


@asynccontextmanager
async def fake_server(
    hello: dict[str, Any], replies: dict[str, dict[str, Any]]
) -> AsyncIterator[str]:
    """A WebSocket server that says ``hello`` and answers each request type with the frame
    ``replies`` gives for it (plus ``re``); yields its URL."""

    async def handler(ws: ServerConnection) -> None:
        await ws.send(json.dumps(hello))
        async for frame in ws:
            doc = json.loads(frame)
            await ws.send(json.dumps({**replies[doc["type"]], "re": doc["id"]}))

    async with serve(handler, "127.0.0.1", 0) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}"


HELLO = {
    "type": "hello",
    "protocol": 1,
    "server": "tta",
    "server_version": "9.9.9",
    "limits": {
        "max_frame_bytes": 65536,
        "rate_limit_messages": 30,
        "rate_limit_window_s": 10.0,
        "turn_text_max_chars": 2000,
    },
    "added_by_a_newer_server": True,
}


@deadline(30)
async def test_replies_are_read_through_the_protocol_models() -> None:
    account = {"id": "a1", "username": "ada", "role": "player", "new": 1}
    login = {"type": "login.ok", "token": "tok", "device": "dev", "expires_in": 60,
             "account": account, "also_new": []}  # fmt: skip
    broken = {"type": "world.list.ok", "worlds": "none"}
    async with fake_server(HELLO, {"login": login, "world.list": broken}) as base:
        link = Recorder().link([base])
        try:
            hello = await link.connect()
            assert hello.server_version == "9.9.9"  # unknown fields ignored
            reply = await link.login("ada", "pw")
            assert (reply.token, reply.device) == ("tok", "dev")
            assert link.token == "tok" and link.account is not None
            assert link.account.username == "ada"
            with pytest.raises(LinkError) as caught:
                await link.request("world.list")
            assert "could not be read" in str(caught.value) and "{" not in str(caught.value)
        finally:
            await link.close()


@deadline(30)
async def test_a_hello_without_what_the_protocol_needs_is_not_a_tta_server() -> None:
    odd = {k: v for k, v in HELLO.items() if k != "limits"}
    async with fake_server(odd, {}) as base:
        link = Recorder().link([base], max_attempts=1)
        try:
            with pytest.raises(LinkError) as caught:
                await link.connect()
            assert "not the TTA protocol's" in str(caught.value)
        finally:
            await link.close()


@deadline(30)
async def test_the_link_keeps_the_servers_time_or_this_computers_without_it() -> None:
    """A hello with ``server_time`` 3 hours behind this computer's clock: the link's clock is
    the server's; an older server's hello (no ``server_time``): this computer's clock."""
    behind = 3 * 3600.0
    async with fake_server({**HELLO, "server_time": time.time() - behind}, {}) as base:
        link = Recorder().link([base])
        try:
            await link.connect()
            assert abs(link.clock.now() - (time.time() - behind)) < 5
        finally:
            await link.close()
    async with fake_server(HELLO, {}) as base:
        link = Recorder().link([base])
        try:
            await link.connect()
            assert abs(link.clock.now() - time.time()) < 5
        finally:
            await link.close()
