"""Load benchmark: N concurrent players through the real WebSocket protocol, with a floor.

The players run one phase at a time; in each phase every player (that has not failed) takes
its step concurrently (one :func:`asyncio.gather`), and the next phase starts when all are done:

1. connect (until ``hello``; at most ``open_concurrency`` handshakes at once), ``register``,
   ``login``, ``world.list``, ``character.create``, ``session.start``: one phase each, player
   ``i`` starting at ``i / clients`` of ``spread_s`` (default: one turn interval), so requests
   arrive spread like players' rather than in one burst (``spread_s = 0``: a burst);
2. untimed filler turns, as fast as they go, until each session holds at least
   ``resume_events`` events (kept apart from the timed phases; they also warm the turn path,
   the server's and Neo4j's, as in a server that has been running);
3. ``turns`` turns, one every ``turn_interval_s`` like a player, the first one offset by
   ``i / clients`` of an interval;
4. disconnect; then connect again, ``auth`` with the login token, ``session.resume`` with
   ``last_seq = last - resume_events`` and receive every replayed event (spread like 1.);
   close.

Each request is timed from its send to its reply (``<type>.ok``). ``session.resume`` is also
timed until the reply *and* every replayed event arrived (``session.resume+events``). Only
successful requests are timed; every ``error`` reply counts under its ``code``, and a failed
connection, a timeout or an unexpected close counts under a code of its own.

The floor is measured in the same run on the same machine: a bare WebSocket echo round trip, and
for the ``redis-neo4j`` store a Redis ``PING``, a Neo4j ``RETURN 1`` (the query the store's
readiness check runs) and a small Neo4j write transaction (the commit every turn makes), plus
one argon2id hash with the server's settings (the CPU floor of ``register`` and ``login``).
The report gives each operation's p95 as a multiple of the echo p95.

Memory: without ``url`` the server runs in this process (an :class:`~tta_server.app.App` on a
free port), and both the players and the idle connections run in child processes
(``python -m tta_server.bench --drive-plan ...`` / ``--idle-client URL N``), so this process's
RSS (``VmRSS`` of ``/proc/self/status``) is the server's plus a small benchmark controller. With
``url`` the server is another process; its memory is read only when ``server_pid`` names it.

Run it as ``python -m tta_server.bench --clients 200 --turns 5 --store redis-neo4j``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import json
import math
import os
import platform
import resource
import secrets
import sys
import tempfile
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, WebSocketException

from tta_server.protocol.client import ProtocolClient
from tta_server.settings import Settings, StoreKind, load_settings

if TYPE_CHECKING:
    from neo4j import AsyncDriver

OPS = (
    "connect",
    "register",
    "login",
    "world.list",
    "character.create",
    "session.start",
    "turn.first_chunk",
    "turn",
    "auth",
    "session.resume",
    "session.resume+events",
)
"""Timed operations, in script order. ``connect`` is the WebSocket handshake plus ``hello``
(twice per player); ``turn.first_chunk`` is a timed turn until its first ``narrative.chunk``
arrived, ``turn`` until its reply (which follows ``narrative.end``); ``session.resume+events``
is ``session.resume`` until its last replayed event arrived."""

FLOOR_SAMPLES = 200
"""Round trips per floor measurement (after one untimed warm-up)."""
ARGON2_SAMPLES = 20
"""Password hashes timed for the argon2id floor (each takes tens of milliseconds)."""

BENCH_SERVER_SETTINGS: dict[str, Any] = {
    "rate_limit_messages": 0,
    "flood_close_messages": 0,
    "register_throttle_per_address": 0,
    "connect_rate_per_address": 0,
    "max_connections_per_address": 0,
    "max_anonymous_connections": 0,
}
"""Settings the in-process server runs with on top of the usual sources: every player connects
from 127.0.0.1, so the per-address limits (registrations, new connections, open connections)
and the per-connection message limit and flood guard (the filler turns come fast) would refuse
the benchmark itself."""

TURN_TEXT = "I look around slowly and take a deep breath."
TURN_TEXTS = (
    "look around",
    "go east",
    "examine the bell",
    "go west",
    "talk to the keeper",
    "inventory",
    "take the lantern and go north",
    "go south",
    TURN_TEXT,
    "wait",
)
"""What timed turns say, in turn: moves, looks, talk, refusals and unknown words, as players do."""
CHARACTER: dict[str, Any] = {
    "name": "Bench Walker",
    "pronouns": "they/them",
    "appearance": "A grey coat and a patient smile.",
    "backstory": "Walks the same road every day to see what changed.",
    "traits": ["patient", "curious"],
    "profile": {
        "goals": ["mindfulness"],
        "intensity": "gentle",
        "avoid_topics": [],
        "country": "GB",
        "share_transcript": False,
    },
}


# -- configuration and report -------------------------------------------------------------------
@dataclass
class BenchConfig:
    """What to run. Durations are in seconds."""

    url: str | None = None
    """ws:// URL of a running server; None starts an in-process server on a free port."""
    store: str = StoreKind.REDIS_NEO4J.value
    """Store of the in-process server; with ``url``, which services the floor measures."""
    data_dir: Path | None = None
    """Embedded store directory of the in-process server; None uses a temporary directory."""
    clients: int = 200
    turns: int = 5
    turn_interval_s: float = 1.0
    resume_events: int = 50
    """Events replayed by each ``session.resume`` (resume from ``last_seq - resume_events``)."""
    idle_connections: int = 1000
    """Connections opened after the load, kept idle, to measure memory; 0 skips the phase."""
    redis_url: str | None = None
    """None takes the usual settings sources (``TTA_REDIS_URL``, config file, default)."""
    neo4j_uri: str | None = None
    json_out: bool = False
    """For the command line: print :meth:`BenchReport.to_dict` as JSON instead of the table."""
    open_concurrency: int = 50
    """Connections being opened at once, at most."""
    spread_s: float | None = None
    """Within each phase, player ``i`` starts at ``i / clients`` of this many seconds (None:
    ``turn_interval_s``; 0: all at once, a burst)."""
    request_timeout_s: float = 120.0
    """Longest wait for any one reply or event before the player counts a ``timeout``."""
    server_pid: int | None = None
    """With ``url``: pid of the server process on this machine, to read its memory."""
    settings_overrides: dict[str, Any] = field(default_factory=dict)
    """Extra settings of the in-process server (e.g. cheaper argon2 for tests)."""


@dataclass
class OpStats:
    """Latency of one operation over every successful request, in milliseconds."""

    count: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float


@dataclass
class FloorStats:
    """One floor measurement; ``error`` is set (and the figures are 0) when it failed."""

    name: str
    count: int
    p50_ms: float
    p95_ms: float
    error: str | None = None


@dataclass
class IdleReport:
    """Memory cost of connections that received ``hello`` and then sat idle."""

    requested: int
    opened: int
    failed: int
    rss_before_kib: int | None
    rss_after_kib: int | None
    heap_kib_per_connection: float | None = None
    """Python heap kept per idle connection, from a second round under :mod:`tracemalloc`
    (in-process server only)."""

    @property
    def kib_per_connection(self) -> float | None:
        if self.rss_before_kib is None or self.rss_after_kib is None or not self.opened:
            return None
        return (self.rss_after_kib - self.rss_before_kib) / self.opened


@dataclass
class MemoryReport:
    """Server RSS in KiB, read from ``/proc/<pid>/status`` of ``process``."""

    process: str
    rss_before_kib: int | None
    rss_after_kib: int | None
    peak_kib: int | None
    """``VmHWM``: the highest RSS the process ever had (its whole life, not only the run)."""


@dataclass
class BenchReport:
    """Everything one run measured; :func:`format_report` prints it as tables."""

    run_id: str
    server: str
    store: str
    config: dict[str, Any]
    machine: str
    duration_s: float
    ops: dict[str, OpStats]
    errors: dict[str, int]
    floor: list[FloorStats]
    memory: MemoryReport | None
    idle: IdleReport | None
    replayed_events: int
    filler_turns: int
    notes: list[str] = field(default_factory=list)

    @property
    def echo_p95_ms(self) -> float | None:
        for f in self.floor:
            if f.name == "websocket echo" and f.error is None and f.p95_ms > 0:
                return f.p95_ms
        return None

    def p95_over_echo(self) -> dict[str, float]:
        """Each operation's p95 divided by the echo round trip's p95."""
        echo = self.echo_p95_ms
        if echo is None:
            return {}
        return {op: s.p95_ms / echo for op, s in self.ops.items() if s.count}

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data, with the derived figures included."""
        doc = asdict(self)
        doc["p95_over_echo"] = self.p95_over_echo()
        if self.idle is not None:
            doc["idle"]["kib_per_connection"] = self.idle.kib_per_connection
        return doc


# -- statistics -------------------------------------------------------------------------------
def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of already sorted samples (0 when there are none)."""
    if not sorted_ms:
        return 0.0
    rank = max(1, math.ceil(p / 100 * len(sorted_ms)))
    return sorted_ms[rank - 1]


def op_stats(samples: list[float]) -> OpStats:
    s = sorted(samples)
    return OpStats(
        count=len(s),
        p50_ms=percentile(s, 50),
        p95_ms=percentile(s, 95),
        p99_ms=percentile(s, 99),
        max_ms=s[-1] if s else 0.0,
    )


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


# -- the players ------------------------------------------------------------------------------
@dataclass
class LoadPlan:
    """One load run, as handed to the child process that drives it."""

    url: str
    run_id: str
    clients: int
    turns: int
    turn_interval_s: float
    resume_events: int
    open_concurrency: int
    request_timeout_s: float
    spread_s: float


@dataclass
class LoadResult:
    """What the players measured: samples in ms per operation and errors by code."""

    samples: dict[str, list[float]] = field(default_factory=lambda: {op: [] for op in OPS})
    errors: dict[str, int] = field(default_factory=dict)
    replayed_events: int = 0
    filler_turns: int = 0
    duration_s: float = 0.0

    def add(self, op: str, ms: float) -> None:
        self.samples.setdefault(op, []).append(ms)

    def error(self, code: str) -> None:
        self.errors[code] = self.errors.get(code, 0) + 1

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> LoadResult:
        return cls(**doc)


class _Failed(Exception):
    """This player cannot go on; the cause is already counted in the errors."""


class _Wire(ProtocolClient):
    """One player connection: the protocol client, counting what it reads into the result (the
    last event seq seen, the first narration chunk's time, frames nobody asked for)."""

    def __init__(self, ws: ClientConnection, result: LoadResult, timeout_s: float) -> None:
        super().__init__(ws, timeout_s=timeout_s, id_prefix="req-")
        self.result = result
        self.last_seq = 0
        self.events_seen = 0
        self.sent_at = 0.0
        self.first_chunk_at: float | None = None

    @classmethod
    async def open(
        cls, url: str, gate: asyncio.Semaphore, result: LoadResult, timeout_s: float
    ) -> _Wire:
        """Connect and read ``hello``, timed as ``connect``."""
        async with gate:
            started = time.perf_counter()
            try:
                ws = await connect(url, open_timeout=timeout_s, max_size=None)
            except (OSError, TimeoutError, WebSocketException):
                result.error("connection_failed")
                raise _Failed from None
            wire = cls(ws, result, timeout_s)
            hello = await wire.read()
            if hello.get("type") != "hello":
                await wire.fail(f"unexpected:{hello.get('type')}")
            wire.hello = hello
            result.add("connect", _ms_since(started))
            return wire

    async def fail(self, code: str) -> NoReturn:
        """Count ``code``, close, and stop this player."""
        self.result.error(code)
        await self.close()
        raise _Failed

    def received(self, doc: dict[str, Any]) -> None:
        if self.first_chunk_at is None and doc.get("type") == "narrative.chunk":
            self.first_chunk_at = time.perf_counter()
        if "seq" in doc:
            self.events_seen += 1
            self.last_seq = max(self.last_seq, int(doc["seq"]))

    def unanswered(self, doc: dict[str, Any]) -> None:
        if "seq" not in doc:
            self.result.error(str(doc.get("code") or f"unexpected:{doc.get('type')}"))

    async def read(self) -> dict[str, Any]:
        """:meth:`recv`, a timeout or a close counted as this player's failure."""
        try:
            return await self.recv()
        except TimeoutError:
            await self.fail("timeout")
        except ConnectionClosed:
            await self.fail("connection_closed")

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """Send a request; return its reply (``<type>.ok`` or ``error``). Events and other
        frames that arrive meanwhile update ``last_seq`` or are counted as errors."""
        self.sent_at = time.perf_counter()
        try:
            return await super().request(type_, **fields)
        except TimeoutError:
            await self.fail("timeout")
        except ConnectionClosed:
            await self.fail("connection_closed")

    async def call(self, op: str | None, type_: str, **fields: Any) -> dict[str, Any]:
        """:meth:`request` that must succeed; the time to the reply is recorded under ``op``."""
        reply = await self.request(type_, **fields)
        if reply.get("type") == "error":
            await self.fail(str(reply.get("code")))
        if reply.get("type") != f"{type_}.ok":
            await self.fail(f"unexpected:{reply.get('type')}")
        if op is not None:
            self.result.add(op, _ms_since(self.sent_at))
        return reply

    async def events_until(self, seq: int) -> None:
        """Read frames until the event ``seq`` (or a later one) arrived."""
        while self.last_seq < seq:
            self.unanswered(await self.read())


class _Player:
    """One simulated player; each method is its part of one phase (see :data:`PHASES`)."""

    def __init__(
        self, plan: LoadPlan, index: int, gate: asyncio.Semaphore, result: LoadResult
    ) -> None:
        self.plan = plan
        self.index = index
        self.gate = gate
        self.result = result
        self.username = f"b{plan.run_id}_{index}"
        self.password = "bench-" + secrets.token_hex(8)  # no "_", so never holds the username
        self.failed = False
        self._wire: _Wire | None = None
        self.token = self.session_id = self.character_id = self.world_id = ""
        self.last_seq = 0

    @property
    def wire(self) -> _Wire:
        assert self._wire is not None, "connect first"
        return self._wire

    async def connect(self) -> None:
        p = self.plan
        self._wire = await _Wire.open(p.url, self.gate, self.result, p.request_timeout_s)

    async def register(self) -> None:
        await self.wire.call("register", "register", username=self.username, password=self.password)

    async def login(self) -> None:
        fields = {"username": self.username, "password": self.password}
        self.token = str((await self.wire.call("login", "login", **fields))["token"])

    async def list_worlds(self) -> None:
        worlds = (await self.wire.call("world.list", "world.list"))["worlds"]
        if not worlds:
            await self.wire.fail("no_worlds")
        self.world_id = str(worlds[self.index % len(worlds)]["id"])

    async def create_character(self) -> None:
        reply = await self.wire.call("character.create", "character.create", character=CHARACTER)
        self.character_id = str(reply["character"]["id"])

    async def start_session(self) -> None:
        reply = await self.wire.call(
            "session.start",
            "session.start",
            character_id=self.character_id,
            world_id=self.world_id,
        )
        self.session_id = str(reply["session"]["id"])
        await self.wire.events_until(int(reply["session"]["last_seq"]))

    async def timed_turns(self) -> None:
        """``turns`` turns one interval apart, the first at ``index / clients`` of an interval."""
        p, loop = self.plan, asyncio.get_running_loop()
        first = loop.time() + p.turn_interval_s * self.index / max(1, p.clients)
        for k in range(p.turns):
            await asyncio.sleep(max(0.0, first + k * p.turn_interval_s - loop.time()))
            wire = self.wire
            wire.first_chunk_at = None
            text = TURN_TEXTS[(self.index + k) % len(TURN_TEXTS)]
            await wire.call("turn", "turn", turn_id=f"t{k}", text=text)
            if wire.first_chunk_at is None:
                await wire.fail("no_narrative")
            self.result.add("turn.first_chunk", (wire.first_chunk_at - wire.sent_at) * 1000)

    async def filler_turns(self) -> None:
        """Untimed turns until the session holds ``resume_events`` events. A ``rate_limited``
        reply (a server with message limits on) is counted, waited out and retried."""
        wire = self.wire
        for k in itertools.count():
            if wire.last_seq >= self.plan.resume_events:
                return
            reply = await wire.request("turn", turn_id=f"f{k}", text=TURN_TEXT)
            if reply.get("code") == "rate_limited":
                self.result.error("rate_limited")
                await asyncio.sleep(float(reply.get("retry_after") or 1.0))
                continue
            if reply.get("type") != "turn.ok":
                await wire.fail(str(reply.get("code") or f"unexpected:{reply.get('type')}"))
            wire.last_seq = max(wire.last_seq, int(reply["last_seq"]))
            self.result.filler_turns += 1

    async def disconnect(self) -> None:
        self.last_seq = self.wire.last_seq
        await self.close()

    async def auth(self) -> None:
        await self.wire.call("auth", "auth", token=self.token)

    async def resume(self) -> None:
        """``session.resume`` from ``resume_events`` before the end; timed to the reply and
        until the last replayed event arrived (checked to be exactly the missing ones)."""
        wire = self.wire
        after = max(0, self.last_seq - self.plan.resume_events)
        seen = wire.events_seen
        reply = await wire.call(
            "session.resume", "session.resume", session_id=self.session_id, last_seq=after
        )
        last = int(reply["session"]["last_seq"])
        await wire.events_until(last)
        self.result.add("session.resume+events", _ms_since(wire.sent_at))
        replayed = wire.events_seen - seen
        self.result.replayed_events += replayed
        if replayed != last - after or replayed != reply.get("replay"):
            self.result.error("replay_mismatch")

    async def close(self) -> None:
        if self._wire is not None:
            await self._wire.close()
            self._wire = None


PHASES: tuple[tuple[Callable[[_Player], Awaitable[None]], bool], ...] = (
    (_Player.connect, True),
    (_Player.register, True),
    (_Player.login, True),
    (_Player.list_worlds, True),
    (_Player.create_character, True),
    (_Player.start_session, True),
    (_Player.filler_turns, False),  # untimed: also warms the turn path, as in a running server
    (_Player.timed_turns, False),  # spreads its own turns
    (_Player.disconnect, False),
    (_Player.connect, True),
    (_Player.auth, True),
    (_Player.resume, True),
    (_Player.close, False),
)
"""The script, in order: each step runs for every player (that has not failed) at once, and
the next starts when all are done. Steps marked True start player ``i`` at ``i / clients`` of
``spread_s``, so requests arrive spread like players' rather than in one burst."""


async def _step(player: _Player, step: Callable[[_Player], Awaitable[None]], delay: float) -> None:
    """One player's part of a phase; a failure stops this player only."""
    await asyncio.sleep(delay)
    try:
        await step(player)
    except _Failed:
        player.failed = True
    except Exception as exc:  # a malformed reply must not stop the other players
        player.result.error(f"client_error:{type(exc).__name__}")
        player.failed = True
    if player.failed:
        await player.close()


async def drive_load(plan: LoadPlan) -> LoadResult:
    """Run the :data:`PHASES` with ``plan.clients`` players against ``plan.url``."""
    result = LoadResult()
    gate = asyncio.Semaphore(plan.open_concurrency)
    players = [_Player(plan, i, gate, result) for i in range(plan.clients)]
    started = time.perf_counter()
    for step, spread in PHASES:
        await asyncio.gather(
            *(
                _step(p, step, plan.spread_s * p.index / plan.clients if spread else 0.0)
                for p in players
                if not p.failed
            )
        )
    result.duration_s = time.perf_counter() - started
    return result


# -- child processes --------------------------------------------------------------------------
def raise_nofile_limit() -> int:
    """Raise this process's soft limit of open files to the hard limit; returns the new soft
    limit (many connections need many descriptors)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    if soft == resource.RLIM_INFINITY or soft >= target:
        return soft
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        return target
    return soft


@contextlib.asynccontextmanager
async def _child(*args: str, stdin: int | None = None) -> AsyncIterator[asyncio.subprocess.Process]:
    """``python -m tta_server.bench ARGS`` with piped stdout and stderr; killed if still
    running when the block ends (an error, a cancellation or a timeout)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tta_server.bench",
        *args,
        stdin=stdin,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await asyncio.shield(proc.wait())


async def drive_load_in_child(plan: LoadPlan) -> LoadResult:
    """:func:`drive_load` in a child process, so its memory and CPU are not this process's."""
    async with _child("--drive-plan", json.dumps(asdict(plan))) as proc:
        out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"load process failed ({proc.returncode}): {err.decode()[-2000:]}")
    return LoadResult.from_dict(json.loads(out.decode().strip().splitlines()[-1]))


async def idle_clients(url: str, count: int, open_concurrency: int = 50) -> None:
    """The ``--idle-client`` child: open ``count`` connections, read each ``hello``, print
    ``ready <opened> <failed>``, and hold them until stdin closes."""
    raise_nofile_limit()
    gate = asyncio.Semaphore(open_concurrency)

    async def one() -> ClientConnection | None:
        async with gate:
            try:
                ws = await connect(url, open_timeout=60, max_size=None)
                await asyncio.wait_for(ws.recv(), 60)
            except (OSError, TimeoutError, WebSocketException):
                return None
            return ws

    conns = [c for c in await asyncio.gather(*(one() for _ in range(count))) if c is not None]
    print(f"ready {len(conns)} {count - len(conns)}", flush=True)
    await asyncio.to_thread(sys.stdin.read)
    await asyncio.gather(*(c.close() for c in conns), return_exceptions=True)


@contextlib.asynccontextmanager
async def holding_idle(url: str, count: int) -> AsyncIterator[tuple[int, int]]:
    """Hold ``count`` idle connections to ``url`` open from an ``--idle-client`` child
    process; yields (opened, failed) once every opened one received ``hello``."""
    async with _child("--idle-client", url, str(count), stdin=asyncio.subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 600)).decode().split()
        if len(line) != 3 or line[0] != "ready":
            err = await proc.stderr.read()
            raise RuntimeError(f"idle client process failed: {err.decode()[-2000:]}")
        try:
            yield int(line[1]), int(line[2])
        finally:
            proc.stdin.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 60)


async def idle_phase(
    url: str,
    count: int,
    rss: Callable[[], int | None],
    trace_heap: bool = False,
    settle_s: float = 0.5,
) -> IdleReport:
    """Read the server's RSS (``rss``) before ``count`` idle connections open and once they
    are open (plus ``settle_s``). With ``trace_heap`` (server in this process) hold them a
    second time under :mod:`tracemalloc` to get the Python heap they keep."""
    gc.collect()
    before = rss()
    async with holding_idle(url, count) as (opened, failed):
        await asyncio.sleep(settle_s)
        gc.collect()
        after = rss()
    report = IdleReport(count, opened, failed, before, after)
    if trace_heap:
        report.heap_kib_per_connection = await traced_idle_heap(url, count, settle_s)
    return report


async def traced_idle_heap(url: str, count: int, settle_s: float = 0.5) -> float | None:
    """KiB of Python heap (every allocator :mod:`tracemalloc` sees, zlib included) this process
    keeps per idle connection: allocations made while they open, still held once they are open.
    Unlike an RSS delta, it does not read low when freed memory is reused."""
    await asyncio.sleep(settle_s)  # let the server finish closing the previous round
    gc.collect()
    tracemalloc.start()
    try:
        async with holding_idle(url, count) as (opened, _):
            await asyncio.sleep(settle_s)
            gc.collect()
            held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return held / 1024 / opened if opened else None


# -- memory -----------------------------------------------------------------------------------
def proc_status_kib(key: str, pid: int | None = None) -> int | None:
    """A ``kB`` line of ``/proc/<pid>/status`` (this process when ``pid`` is None), e.g.
    ``VmRSS`` or ``VmHWM``; None where /proc is unavailable."""
    path = Path("/proc") / ("self" if pid is None else str(pid)) / "status"
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(":")
        if name == key:
            return int(value.split()[0])
    return None


# -- floor ------------------------------------------------------------------------------------
async def _measure(name: str, once: Callable[[], Awaitable[object]], n: int) -> FloorStats:
    """Time ``n`` sequential calls of ``once`` after one untimed warm-up."""
    try:
        await once()
        samples = []
        for _ in range(n):
            started = time.perf_counter()
            await once()
            samples.append(_ms_since(started))
    except Exception as exc:  # a floor that cannot be measured is reported, not fatal
        return FloorStats(name, 0, 0.0, 0.0, f"{type(exc).__name__}: {exc}"[:200])
    s = sorted(samples)
    return FloorStats(name, len(s), percentile(s, 50), percentile(s, 95))


async def echo_floor(n: int = FLOOR_SAMPLES) -> FloorStats:
    """Round trip of a small text frame to a bare ``websockets`` echo server on this machine."""

    async def echo(ws: ServerConnection) -> None:
        async for frame in ws:
            await ws.send(frame)

    frame = json.dumps({"type": "turn", "id": "turn-1", "turn_id": "t0", "text": TURN_TEXT})
    async with serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}") as ws:

            async def once() -> None:
                await ws.send(frame)
                await ws.recv()

            return await _measure("websocket echo", once, n)


async def redis_floor(url: str, n: int = FLOOR_SAMPLES) -> FloorStats:
    """Round trip of ``PING`` with ``redis.asyncio`` (the store's client)."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    try:

        async def once() -> None:
            await client.ping()

        return await _measure("redis PING", once, n)
    finally:
        await client.aclose()


def _floor_driver(settings: Settings) -> AsyncDriver:
    """A driver of its own for the floor figures, with the store's socket options."""
    from neo4j import AsyncGraphDatabase

    from tta_server.store import bolt_nodelay

    bolt_nodelay.install()
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    return AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth)


async def neo4j_floor(settings: Settings, n: int = FLOOR_SAMPLES) -> FloorStats:
    """``RETURN 1`` as a managed read transaction, as the store's readiness check runs it."""
    from neo4j import RoutingControl

    driver = _floor_driver(settings)
    try:

        async def once() -> None:
            await driver.execute_query(
                "RETURN 1", database_=settings.neo4j_database, routing_=RoutingControl.READ
            )

        return await _measure("neo4j RETURN 1", once, n)
    finally:
        await driver.close()


async def neo4j_write_floor(settings: Settings, n: int = FLOOR_SAMPLES) -> FloorStats:
    """One small write transaction (``MERGE`` a probe node, set a property): the commit a turn
    cannot avoid. The probe node is deleted afterwards."""
    driver = _floor_driver(settings)
    db = settings.neo4j_database
    counter = itertools.count()
    try:

        async def once() -> None:
            await driver.execute_query(
                "MERGE (p:TtaBenchProbe {id: 1}) SET p.n = $n", {"n": next(counter)}, database_=db
            )

        return await _measure("neo4j write (MERGE + SET)", once, n)
    finally:
        with contextlib.suppress(Exception):
            await driver.execute_query("MATCH (p:TtaBenchProbe) DELETE p", database_=db)
        await driver.close()


async def argon2_floor(settings: Settings, n: int = ARGON2_SAMPLES) -> FloorStats:
    """One argon2id hash with the server's cost settings, in a worker thread as the server
    hashes: what ``register`` and ``login`` each cost in CPU at the least."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib, parallelism=1
    )

    async def once() -> None:
        await asyncio.to_thread(hasher.hash, "a password of ordinary length")

    return await _measure("argon2id hash", once, n)


async def measure_floor(settings: Settings) -> list[FloorStats]:
    """The echo floor, a floor for each service ``settings.store`` uses, and argon2id."""
    floor = [await echo_floor()]
    if settings.store is StoreKind.REDIS_NEO4J:
        floor.append(await redis_floor(settings.redis_url))
        floor.append(await neo4j_floor(settings))
        floor.append(await neo4j_write_floor(settings))
    floor.append(await argon2_floor(settings))
    return floor


# -- orchestration ----------------------------------------------------------------------------
def bench_settings(cfg: BenchConfig, data_dir: Path | None = None) -> Settings:
    """Settings of the in-process server (and of the floor's services): the usual sources,
    then ``cfg``, :data:`BENCH_SERVER_SETTINGS` and ``cfg.settings_overrides``."""
    return load_settings(
        **{
            "store": cfg.store,
            "data_dir": cfg.data_dir or data_dir,
            "redis_url": cfg.redis_url,
            "neo4j_uri": cfg.neo4j_uri,
            "host": "127.0.0.1",
            "port": 0,
            **BENCH_SERVER_SETTINGS,
            **cfg.settings_overrides,
        }
    )


@contextlib.asynccontextmanager
async def in_process_server(settings: Settings) -> AsyncIterator[str]:
    """An :class:`~tta_server.app.App` on a free port of 127.0.0.1; yields its ws:// URL."""
    from tta_server.app import App

    app = App(settings)
    await app.start()
    try:
        yield f"ws://127.0.0.1:{app.port}"
    finally:
        await app.shutdown()


def _plan(cfg: BenchConfig, url: str, run_id: str) -> LoadPlan:
    return LoadPlan(
        url=url,
        run_id=run_id,
        clients=cfg.clients,
        turns=cfg.turns,
        turn_interval_s=cfg.turn_interval_s,
        resume_events=cfg.resume_events,
        open_concurrency=cfg.open_concurrency,
        request_timeout_s=cfg.request_timeout_s,
        spread_s=cfg.turn_interval_s if cfg.spread_s is None else cfg.spread_s,
    )


def _machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )


def _config_doc(cfg: BenchConfig) -> dict[str, Any]:
    doc = asdict(cfg)
    doc["data_dir"] = None if cfg.data_dir is None else str(cfg.data_dir)
    doc["spread_s"] = cfg.turn_interval_s if cfg.spread_s is None else cfg.spread_s
    return doc


@dataclass
class _Measured:
    """The raw figures of one run, before they become a :class:`BenchReport`."""

    url: str
    load: LoadResult
    memory: MemoryReport | None
    idle: IdleReport | None
    notes: list[str]


async def _run_in_process(cfg: BenchConfig, settings: Settings, run_id: str) -> _Measured:
    def rss() -> int | None:
        return proc_status_kib("VmRSS")

    async with in_process_server(settings) as url:
        gc.collect()
        before = rss()
        load = await drive_load_in_child(_plan(cfg, url, run_id))
        gc.collect()
        after = rss()
        idle = None
        if cfg.idle_connections:
            idle = await idle_phase(url, cfg.idle_connections, rss, trace_heap=True)
    memory = MemoryReport(
        "this process, which runs the server; players and idle clients ran in child processes",
        before,
        after,
        proc_status_kib("VmHWM"),
    )
    overrides = {**BENCH_SERVER_SETTINGS, **cfg.settings_overrides}
    notes = [
        "server settings changed for the bench: "
        + ", ".join(f"{k}={v}" for k, v in overrides.items()),
        f"argon2id: time_cost={settings.argon2_time_cost}, "
        f"memory={settings.argon2_memory_kib} KiB (register and login hash once each)",
    ]
    return _Measured(url, load, memory, idle, notes)


async def _run_remote(cfg: BenchConfig, url: str, run_id: str) -> _Measured:
    def rss() -> int | None:
        return None if cfg.server_pid is None else proc_status_kib("VmRSS", cfg.server_pid)

    before = rss()
    load = await drive_load(_plan(cfg, url, run_id))
    after = rss()
    idle = await idle_phase(url, cfg.idle_connections, rss) if cfg.idle_connections else None
    notes = [
        "remote server: its settings are its own; rate limits or the per-address registration "
        "limit show up as errors (run it with TTA_RATE_LIMIT_MESSAGES=0, "
        "TTA_FLOOD_CLOSE_MESSAGES=0, TTA_REGISTER_THROTTLE_PER_ADDRESS=0, "
        "TTA_CONNECT_RATE_PER_ADDRESS=0 and TTA_MAX_CONNECTIONS_PER_ADDRESS=0)",
    ]
    memory = None
    if cfg.server_pid is None:
        notes.append(
            "server memory not measured: only possible in-process or with --server-pid "
            "for a server on this machine"
        )
    else:
        peak = proc_status_kib("VmHWM", cfg.server_pid)
        memory = MemoryReport(f"pid {cfg.server_pid}", before, after, peak)
    return _Measured(url, load, memory, idle, notes)


def _idle_note(idle: IdleReport) -> str:
    note = (
        "idle RSS per connection is the RSS growth while they were open: memory the load phase "
        "freed is reused first, and allocated pages never touched (most of the "
        "permessage-deflate zlib buffers) do not count, so it reads low"
    )
    if idle.heap_kib_per_connection is None:
        return note
    return (
        note + "; the traced heap figure (a second round under tracemalloc) counts every byte "
        "allocated and still held, so it is the figure to expect once connections are busy"
    )


async def run_bench(cfg: BenchConfig) -> BenchReport:
    """Measure the floor, run the load, then the idle-memory phase; see the module docstring."""
    raise_nofile_limit()
    run_id = secrets.token_hex(3)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tta-bench-") as scratch:
        settings = bench_settings(cfg, Path(scratch))
        floor = await measure_floor(settings)
        if cfg.url is None:
            measured = await _run_in_process(cfg, settings, run_id)
        else:
            measured = await _run_remote(cfg, cfg.url, run_id)
    if measured.idle is not None:
        measured.notes.append(_idle_note(measured.idle))
    return BenchReport(
        run_id=run_id,
        server=("in-process " if cfg.url is None else "") + measured.url,
        store=str(settings.store),
        config=_config_doc(cfg),
        machine=_machine(),
        duration_s=time.perf_counter() - started,
        ops={op: op_stats(measured.load.samples.get(op, [])) for op in OPS},
        errors=dict(sorted(measured.load.errors.items())),
        floor=floor,
        memory=measured.memory,
        idle=measured.idle,
        replayed_events=measured.load.replayed_events,
        filler_turns=measured.load.filler_turns,
        notes=measured.notes,
    )


# -- the printed report -----------------------------------------------------------------------
def _mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def _ops_table(report: BenchReport) -> list[str]:
    ratios = report.p95_over_echo()
    lines = [
        f"{'operation':<23}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}"
        f"{'max ms':>10}{'p95/echo':>10}"
    ]
    for op, s in report.ops.items():
        ratio = f"{ratios[op]:.0f}x" if op in ratios else "-"
        lines.append(
            f"{op:<23}{s.count:>7}{s.p50_ms:>10.2f}{s.p95_ms:>10.2f}{s.p99_ms:>10.2f}"
            f"{s.max_ms:>10.2f}{ratio:>10}"
        )
    return lines


def _floor_table(report: BenchReport) -> list[str]:
    lines = [f"{'floor (same machine, same run)':<33}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}"]
    for f in report.floor:
        if f.error is not None:
            lines.append(f"{f.name:<33}  failed: {f.error}")
        else:
            lines.append(f"{f.name:<33}{f.count:>7}{f.p50_ms:>10.3f}{f.p95_ms:>10.3f}")
    return lines


def _memory_lines(report: BenchReport) -> list[str]:
    m, idle = report.memory, report.idle
    lines = []
    if m is None:
        lines.append("server memory: not measured (see notes)")
    else:
        lines.append(f"server memory, read from {m.process}:")
        lines.append(
            f"  RSS before load {_mib(m.rss_before_kib)}, after load {_mib(m.rss_after_kib)}, "
            f"peak (VmHWM) {_mib(m.peak_kib)}"
        )
    if idle is not None:
        per = idle.kib_per_connection
        lines.append(
            f"idle connections: {idle.opened} of {idle.requested} open ({idle.failed} failed); "
            f"RSS {_mib(idle.rss_before_kib)} -> {_mib(idle.rss_after_kib)}; "
            + ("per connection n/a" if per is None else f"{per:.1f} KiB per idle connection")
        )
    if idle is not None and idle.heap_kib_per_connection is not None:
        lines.append(
            f"  Python heap kept per idle connection (tracemalloc, second round): "
            f"{idle.heap_kib_per_connection:.1f} KiB"
        )
    return lines


def format_report(report: BenchReport) -> str:
    """The report as a readable text table (latencies in ms; nearest-rank percentiles)."""
    c = report.config
    errors = ", ".join(f"{code} {n}" for code, n in report.errors.items()) or "none"
    head = [
        f"TTA bench run {report.run_id}: store {report.store}, server {report.server}",
        f"{c['clients']} clients, {c['turns']} turns every {c['turn_interval_s']:g} s, "
        f"resume replays {c['resume_events']} events, {c['idle_connections']} idle connections",
        f"phases run one after another; within each, requests start spread over "
        f"{c['spread_s']:g} s (turns: over each interval)",
        f"machine: {report.machine}; wall time {report.duration_s:.1f} s",
        "",
    ]
    tail = [
        f"errors: {errors}",
        f"events replayed on resume: {report.replayed_events}; "
        f"untimed filler turns: {report.filler_turns}",
        "",
        *_floor_table(report),
        "",
        *_memory_lines(report),
    ]
    notes = ["", "notes:", *(f"- {n}" for n in report.notes)] if report.notes else []
    return "\n".join([*head, *_ops_table(report), "", *tail, *notes])


# -- command line -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m tta_server.bench",
        description="Drive N concurrent players through the TTA protocol and print latencies, "
        "errors, a floor measured in the same run, and server memory.",
    )
    d = BenchConfig()
    p.add_argument("--url", help="ws:// URL of a running server (default: start one in-process)")
    p.add_argument("--store", choices=[k.value for k in StoreKind], default=d.store)
    p.add_argument("--data-dir", type=Path, help="embedded store directory (default: temporary)")
    p.add_argument("--clients", type=int, default=d.clients)
    p.add_argument("--turns", type=int, default=d.turns)
    p.add_argument("--interval", type=float, default=d.turn_interval_s, help="seconds per turn")
    p.add_argument(
        "--spread",
        type=float,
        help="seconds over which each phase's requests start (default: --interval; 0: burst)",
    )
    p.add_argument("--resume-events", type=int, default=d.resume_events)
    p.add_argument("--idle", type=int, default=d.idle_connections, help="idle connections")
    p.add_argument("--redis-url")
    p.add_argument("--neo4j-uri")
    p.add_argument("--server-pid", type=int, help="with --url: the server's pid, for memory")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--drive-plan", help=argparse.SUPPRESS)
    p.add_argument("--idle-client", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    return p


def config_from_args(args: argparse.Namespace) -> BenchConfig:
    return BenchConfig(
        url=args.url,
        store=args.store,
        data_dir=args.data_dir,
        clients=args.clients,
        turns=args.turns,
        turn_interval_s=args.interval,
        spread_s=args.spread,
        resume_events=args.resume_events,
        idle_connections=args.idle,
        redis_url=args.redis_url,
        neo4j_uri=args.neo4j_uri,
        json_out=args.json,
        server_pid=args.server_pid,
    )


async def _drive_child(plan_json: str) -> None:
    raise_nofile_limit()
    result = await drive_load(LoadPlan(**json.loads(plan_json)))
    print(json.dumps(asdict(result)), flush=True)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.drive_plan is not None:
        asyncio.run(_drive_child(args.drive_plan))
        return 0
    if args.idle_client is not None:
        url, count = args.idle_client
        asyncio.run(idle_clients(url, int(count)))
        return 0
    cfg = config_from_args(args)
    report = asyncio.run(run_bench(cfg))
    print(json.dumps(report.to_dict(), indent=2) if cfg.json_out else format_report(report))
    return 0 if not report.errors else 1


if __name__ == "__main__":
    sys.exit(main())
