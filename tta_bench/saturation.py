"""Saturation bench: the turn rate at which the servers' turn p95 passes a limit (issue 17).

``python -m tta_bench.saturation --store embedded --servers 1`` (or ``--store redis-neo4j
--servers 2``) starts the server processes itself, as :mod:`tta_bench.stack` starts them
(``python -m tta_server.cli``, :data:`~tta_bench.report.BENCH_SERVER_SETTINGS` and the login
throttles off, on free ports of 127.0.0.1), waits until each answers ``/readyz`` (its warm-up
done), and then:

1. measures the floor on the same machine (:mod:`tta_bench.floor`);
2. ``--players`` players join a story in Lantern Coast (register, log in, make a character,
   start), spread round robin over the servers, in ``--procs`` client processes (never in a
   server's). The players connect to each process directly (``ws://``): what is measured is
   the processes, not a proxy in front of them;
3. plays one step per rate of ``--rates`` (turns per second, all players together): for
   ``--step-for`` seconds each player takes a turn every ``players / rate`` seconds, player ``i``
   first at ``i / players`` of that interval. One turn is in flight per player, as a person
   waits for the story: a reply that comes late delays that player's next turn, so past
   saturation the answered rate falls behind the asked one. Measured per step: turns answered
   per second (turns sent in the step, over its length), turn p50 / p95 / p99 from send to
   reply, errors by code, each server's CPU (``/proc/PID/stat`` user + system, its threads
   included) per answered turn and as a share of a core, and the load average;
4. stops after the first step whose p95 passes ``--limit-ms`` (default 100) or that had an
   error. The **saturation point** is the highest answered rate of a step within the limit.

The servers' defaults hold otherwise (argon2id at full cost, the contextual safety step as
configured). Redis and Neo4j come from ``--redis-url`` / ``--neo4j-uri`` (default: the usual
settings sources); the embedded store gets a temporary data folder.

Run it as ``python -m tta_bench.saturation --store redis-neo4j --servers 2 --players 300
--rates 50 100 150 200 250 300``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from websockets.exceptions import ConnectionClosed

from tta_bench.contextual import LOCAL_LOGINS
from tta_bench.floor import measure_floor
from tta_bench.joining import join_stories
from tta_bench.players import raise_nofile_limit
from tta_bench.report import (
    BENCH_SERVER_SETTINGS,
    CHARACTER,
    TURN_TEXTS,
    FloorStats,
    op_stats,
    out_of_range,
)
from tta_bench.stack import server_env, wait_ready
from tta_bench.turn_cpu import proc_cpu_s
from tta_server.protocol.client import ProtocolClient
from tta_server.settings import StoreKind, load_settings

LIMIT_MS = 100.0
"""The turn p95 (ms) past which a step counts as saturated (the issue's definition)."""


@dataclass
class Step:
    """What one rate gave."""

    rate: float
    """Turns per second asked of all players together."""
    answered: int = 0
    answered_per_s: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)
    cpu_ms_per_turn: dict[int, float] = field(default_factory=dict)
    """Each server pid's CPU milliseconds per answered turn."""
    cores: dict[int, float] = field(default_factory=dict)
    """Each server pid's CPU seconds per second of the step."""
    others_ms_per_turn: dict[str, float] = field(default_factory=dict)
    """Each ``--pid`` process's (e.g. Neo4j's, Redis's) CPU milliseconds per answered turn."""
    load_1m: float = 0.0

    def within(self, limit_ms: float) -> bool:
        return not self.errors and self.answered > 0 and self.p95_ms <= limit_ms


@dataclass
class Report:
    store: str
    servers: int
    players: int
    procs: int
    step_for_s: float
    limit_ms: float
    floor: list[FloorStats]
    steps: list[Step]
    load_before: float

    @property
    def saturation(self) -> float | None:
        """The highest answered rate of a step within the limit (None: not even the first)."""
        rates = [s.answered_per_s for s in self.steps if s.within(self.limit_ms)]
        return max(rates) if rates else None


# -- the players' process ---------------------------------------------------------------------
async def _play_step(
    sockets: list[ProtocolClient], first: int, every: int, total: int, order: dict[str, Any]
) -> dict[str, Any]:
    """One step for this process's players (global index ``first + k * every``)."""
    rate, start_at, step_for = float(order["rate"]), float(order["start_at"]), order["step_for"]
    interval = total / rate
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lost: list[int] = []

    async def play(k: int, ws: ProtocolClient) -> None:
        g = first + k * every
        due = start_at + interval * g / total
        n = 0
        while due < start_at + step_for:
            await asyncio.sleep(max(0.0, due - time.time()))
            sent = time.perf_counter()
            try:
                doc = await ws.request(
                    "turn", turn_id=f"s{order['step']}t{n}", text=TURN_TEXTS[(g + n) % 10]
                )
            except (TimeoutError, ConnectionClosed) as exc:
                code = "timeout" if isinstance(exc, TimeoutError) else "connection_closed"
                errors[code] = errors.get(code, 0) + 1
                lost.append(k)
                return
            if doc.get("type") == "turn.ok":
                latencies.append((time.perf_counter() - sent) * 1000)
            else:
                code = str(doc.get("code") or doc.get("type"))
                errors[code] = errors.get(code, 0) + 1
            n += 1
            due += interval

    await asyncio.gather(*(play(k, ws) for k, ws in enumerate(sockets)))
    for k in sorted(set(lost), reverse=True):
        await sockets.pop(k).close()
    return {"latencies": latencies, "errors": errors}


async def _child(plan: dict[str, Any]) -> None:
    """Join this process's players, print ``ready``, then play one step per line read from
    stdin (a JSON order) and print its JSON result; an empty line ends it."""
    mine = range(plan["child"], plan["players"], plan["procs"])
    sockets = await join_stories(plan["urls"], "sat", len(mine), CHARACTER)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    while line := (await loop.run_in_executor(None, sys.stdin.readline)).strip():
        result = await _play_step(
            sockets, plan["child"], plan["procs"], plan["players"], json.loads(line)
        )
        print(json.dumps(result), flush=True)
    for ws in sockets:
        await ws.close()


# -- the controller ---------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _servers(args: argparse.Namespace, scratch: Path) -> Any:
    """Start ``args.servers`` server processes; yields their URLs and pids."""
    procs: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    try:
        for i in range(args.servers):
            port = _free_port()
            env = server_env(
                port,
                store=args.store,
                redis_url=args.redis_url,
                neo4j_uri=args.neo4j_uri,
                extra={**LOCAL_LOGINS, "data_dir": scratch / "data"},
            )
            log = (scratch / f"server{i + 1}.log").open("ab")
            server = subprocess.Popen(
                [sys.executable, "-m", "tta_server.cli"], env=env, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
            procs.append(server)
            wait_ready(f"http://127.0.0.1:{port}/readyz")
            urls.append(f"ws://127.0.0.1:{port}")
        yield urls, [p.pid for p in procs]
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


@contextlib.asynccontextmanager
async def _players(
    args: argparse.Namespace, urls: list[str]
) -> AsyncIterator[list[asyncio.subprocess.Process]]:
    children = []
    try:
        for child in range(args.procs):
            plan = {"urls": urls, "players": args.players, "procs": args.procs, "child": child}
            child_proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tta_bench.saturation", "--child", json.dumps(plan),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            children.append(child_proc)
        for c in children:
            assert c.stdout is not None
            if (await c.stdout.readline()).strip() != b"ready":
                raise RuntimeError("a players' process failed while joining (see stderr)")
        yield children
    finally:
        for c in children:
            if c.returncode is None:
                with contextlib.suppress(ProcessLookupError, ConnectionError):
                    assert c.stdin is not None
                    c.stdin.write(b"\n")
                    await c.stdin.drain()
                try:
                    await asyncio.wait_for(c.wait(), 30)
                except TimeoutError:
                    c.kill()
                    await c.wait()


async def _step(
    children: list[asyncio.subprocess.Process],
    pids: list[int],
    others: dict[str, int],
    n: int,
    rate: float,
    step_for: float,
) -> Step:
    start_at = time.time() + 1.0
    order = {"step": n, "rate": rate, "start_at": start_at, "step_for": step_for}
    for c in children:
        assert c.stdin is not None
        c.stdin.write(json.dumps(order).encode() + b"\n")
        await c.stdin.drain()
    await asyncio.sleep(max(0.0, start_at - time.time()))
    cpu0 = {pid: proc_cpu_s(pid) for pid in [*pids, *others.values()]}
    await asyncio.sleep(max(0.0, start_at + step_for - time.time()))
    cpu1 = {pid: proc_cpu_s(pid) for pid in [*pids, *others.values()]}
    load = os.getloadavg()[0]
    latencies: list[float] = []
    errors: dict[str, int] = {}
    for c in children:
        assert c.stdout is not None
        line = await c.stdout.readline()
        if not line:
            raise RuntimeError("a players' process failed during a step (see stderr)")
        doc = json.loads(line)
        latencies += doc["latencies"]
        for code, k in doc["errors"].items():
            errors[code] = errors.get(code, 0) + k
    stats = op_stats(latencies)
    n_ok = max(1, stats.count)
    return Step(
        rate=rate,
        answered=stats.count,
        answered_per_s=stats.count / step_for,
        p50_ms=stats.p50_ms,
        p95_ms=stats.p95_ms,
        p99_ms=stats.p99_ms,
        errors=errors,
        cpu_ms_per_turn={pid: (cpu1[pid] - cpu0[pid]) * 1000 / n_ok for pid in pids},
        cores={pid: (cpu1[pid] - cpu0[pid]) / step_for for pid in pids},
        others_ms_per_turn={
            name: (cpu1[pid] - cpu0[pid]) * 1000 / n_ok for name, pid in others.items()
        },
        load_1m=load,
    )


async def run(args: argparse.Namespace) -> Report:
    with tempfile.TemporaryDirectory(prefix="tta-saturation-") as scratch:
        settings = load_settings(
            store=args.store,
            data_dir=Path(scratch) / "floor",
            redis_url=args.redis_url,
            neo4j_uri=args.neo4j_uri,
            **BENCH_SERVER_SETTINGS,
        )
        floor = await measure_floor(settings)
        load_before = os.getloadavg()[0]
        steps: list[Step] = []
        others = {name: int(pid) for name, _, pid in (p.partition("=") for p in args.pid)}
        with _servers(args, Path(scratch)) as (urls, pids):
            async with _players(args, urls) as children:
                for n, rate in enumerate(args.rates):
                    step = await _step(children, pids, others, n, rate, args.step_for)
                    steps.append(step)
                    print(_step_line(step), file=sys.stderr, flush=True)
                    if not step.within(args.limit_ms):
                        break
    return Report(
        store=args.store, servers=args.servers, players=args.players, procs=args.procs,
        step_for_s=args.step_for, limit_ms=args.limit_ms, floor=floor, steps=steps,
        load_before=load_before,
    )  # fmt: skip


def _step_line(s: Step) -> str:
    cpu = ", ".join(f"{ms:.1f}" for ms in s.cpu_ms_per_turn.values())
    cores = ", ".join(f"{c:.2f}" for c in s.cores.values())
    errors = ", ".join(f"{k} {v}" for k, v in s.errors.items()) or "none"
    others = "".join(f", {name} {ms:.1f}" for name, ms in s.others_ms_per_turn.items())
    return (
        f"{s.rate:6.0f}/s asked: {s.answered_per_s:6.1f}/s answered, p50 {s.p50_ms:6.1f} ms, "
        f"p95 {s.p95_ms:7.1f} ms, p99 {s.p99_ms:7.1f} ms; CPU per turn: servers {cpu}{others} "
        f"ms; server cores {cores}; load {s.load_1m:.2f}; errors {errors}"
    )


def format_report(r: Report) -> str:
    lines = [
        f"tta saturation: {r.store}, {r.servers} server process(es), {r.players} players in "
        f"{r.procs} client process(es), {r.step_for_s:.0f} s a step, limit p95 {r.limit_ms:.0f} ms;"
        f" load before {r.load_before:.2f}",
        "floor: "
        + "; ".join(
            f"{f.name} p50 {f.p50_ms:.2f} / p95 {f.p95_ms:.2f} ms"
            if not f.error
            else f"{f.name}: {f.error}"
            for f in r.floor
        ),
        *(_step_line(s) for s in r.steps),
    ]
    sat = r.saturation
    if sat is None:
        lines.append("saturation point: below the first step (its p95 passed the limit)")
    elif r.steps and r.steps[-1].within(r.limit_ms):
        lines.append(f"saturation point: above {sat:.1f} turns/s (every step within the limit)")
    else:
        lines.append(
            f"saturation point: {sat:.1f} turns/s answered within p95 {r.limit_ms:.0f} ms "
            f"({sat / r.servers:.1f} per process)"
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m tta_bench.saturation", description=__doc__.split("\n\n")[0]
    )
    p.add_argument("--store", choices=[k.value for k in StoreKind], default="embedded")
    p.add_argument("--servers", type=int, default=1, help="server processes (embedded: 1)")
    p.add_argument("--players", type=int, default=300)
    p.add_argument("--procs", type=int, default=1, help="client processes")
    p.add_argument(
        "--rates", type=float, nargs="+", default=[25, 50, 75, 100, 150, 200, 250, 300],
        help="turns per second asked, in order",
    )  # fmt: skip
    p.add_argument("--step-for", type=float, default=20.0, help="seconds per step")
    p.add_argument("--limit-ms", type=float, default=LIMIT_MS, help="turn p95 limit")
    p.add_argument("--redis-url")
    p.add_argument("--neo4j-uri")
    p.add_argument(
        "--pid", action="append", default=[], metavar="NAME=PID",
        help="another process whose CPU per turn to report (repeatable), e.g. neo4j=1234",
    )  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--child", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.child is not None:
        raise_nofile_limit()
        asyncio.run(_child(json.loads(args.child)))
        return 0
    if out_of_range(
        "tta_bench.saturation",
        (
            ("--servers", args.servers >= 1 and (args.store != "embedded" or args.servers == 1)),
            ("--players", args.players >= 1),
            ("--procs", 1 <= args.procs <= args.players),
            ("--rates", all(r > 0 for r in args.rates)),
            ("--step-for", args.step_for > 0),
            ("--limit-ms", args.limit_ms > 0),
            ("--pid", all(p.partition("=")[2].isdigit() for p in args.pid)),
        ),
    ):
        return 2
    report = asyncio.run(run(args))
    print(json.dumps(asdict(report), indent=2) if args.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
