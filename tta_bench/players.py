"""The simulated players of the load benchmark (each a
:class:`~tta_server.protocol.client.ProtocolClient`), and the child processes they and the idle
connections run in."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import resource
import secrets
import sys
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from tta_bench.report import CHARACTER, OPS, TURN_TEXT, TURN_TEXTS, IdleReport, ms_since
from tta_server.protocol.client import ProtocolClient

if TYPE_CHECKING:
    pass


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


class PlayerFailed(Exception):
    """This player cannot go on; the cause is already counted in the errors."""


class Wire(ProtocolClient):
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
        cls,
        url: str,
        gate: asyncio.Semaphore,
        result: LoadResult,
        timeout_s: float,
        **options: Any,
    ) -> Wire:
        """Connect and read ``hello``, timed as ``connect``; ``options`` go to websockets'
        ``connect`` (e.g. ``ssl``)."""
        async with gate:
            started = time.perf_counter()
            try:
                ws = await connect(url, open_timeout=timeout_s, max_size=None, **options)
            except (OSError, TimeoutError, WebSocketException):
                result.error("connection_failed")
                raise PlayerFailed from None
            wire = cls(ws, result, timeout_s)
            hello = await wire.read()
            if hello.get("type") != "hello":
                await wire.fail(f"unexpected:{hello.get('type')}")
            wire.hello = hello
            result.add("connect", ms_since(started))
            return wire

    async def fail(self, code: str) -> NoReturn:
        """Count ``code``, close, and stop this player."""
        self.result.error(code)
        await self.close()
        raise PlayerFailed

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
            self.result.add(op, ms_since(self.sent_at))
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
        self._wire: Wire | None = None
        self.token = self.session_id = self.character_id = self.world_id = ""
        self.device = ""
        self.last_seq = 0

    @property
    def wire(self) -> Wire:
        assert self._wire is not None, "connect first"
        return self._wire

    async def connect(self) -> None:
        p = self.plan
        self._wire = await Wire.open(p.url, self.gate, self.result, p.request_timeout_s)

    async def register(self) -> None:
        fields = {"username": self.username, "password": self.password}
        self.device = str((await self.wire.call("register", "register", **fields))["device"])

    async def login(self) -> None:
        """Log in presenting the device token ``register.ok`` gave, as the terminal client
        does: a known device skips the per-address login throttle, which every bench player
        (all from one address) would otherwise share."""
        fields = {"username": self.username, "password": self.password, "device": self.device}
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
        wire.last_seq = max(wire.last_seq, after)  # a new connection: nothing read on it yet
        seen = wire.events_seen
        reply = await wire.call(
            "session.resume", "session.resume", session_id=self.session_id, last_seq=after
        )
        last = int(reply["session"]["last_seq"])
        await wire.events_until(last)
        self.result.add("session.resume+events", ms_since(wire.sent_at))
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
    except PlayerFailed:
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
    """``python -m tta_bench.load ARGS`` with piped stdout and stderr; killed if still
    running when the block ends (an error, a cancellation or a timeout)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tta_bench.load",
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
