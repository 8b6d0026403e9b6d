"""Arrival bench: players who come and go as people do, not in phases (issue 17).

Each simulated player, at its own moment (player ``i`` of ``N`` at ``i / N`` of
``--arrive-over`` seconds after the start), connects, registers (or, when ``--accounts`` already
holds it, logs in with its device token and plays the character it made then), logs in
(presenting the device token ``register.ok`` gave, as the terminal client does), creates a
character, starts a story, plays a turn every
``--interval`` seconds for ``--play-for`` seconds, and leaves. No connection waits on other
players, and none is held idle longer than a player would hold it.

The players run in ``--procs`` child processes (``python -m tta_bench.arrival --child ...``),
never in a server's process: player ``i`` runs in child ``i % procs``, all on one shared clock.
Meanwhile this process samples, every :data:`SAMPLE_S` seconds, the machine's load average and
the RSS of each server process (``--server-pid``, repeatable; or the in-process server's), so
the report gives the load during the run and server memory per player (the growth of the
servers' RSS from before the run to its peak, over the players, and the peak RSS over the
players). Before the run it measures the floor (:mod:`tta_bench.floor`: a WebSocket echo, Redis,
Neo4j, argon2id) on the same machine.

Timed (successful requests only, send to reply): ``connect`` (handshake and ``hello``),
``register``, ``login``, ``character.create``, ``session.start`` (to its reply),
``turn.first_chunk`` and ``turn``. Every ``error`` reply counts under its code, and a failed
connection, a timeout or a close under a code of its own; any error makes the run a failure:
the report starts and ends with ``BENCH FAILED`` and the command exits 1.

Against a running server: ``--url`` (``ws://`` or ``wss://``; ``--ca-file`` for a private CA),
e.g. two ``tta-server`` processes behind HAProxy as :mod:`tta_bench.stack` starts them.
Without ``--url`` a server runs in this process (with :data:`~tta_bench.report.
BENCH_SERVER_SETTINGS`), and its RSS is what the memory figures read.

Run it as ``python -m tta_bench.arrival --players 1000 --arrive-over 120 --interval 5
--play-for 120 --url wss://127.0.0.1:8443 --ca-file STACK/ca.pem --server-pid P1 --server-pid
P2``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import secrets
import ssl
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tta_bench.floor import measure_floor, proc_status_kib
from tta_bench.load import bench_settings, in_process_server
from tta_bench.players import LoadResult, PlayerFailed, Wire, raise_nofile_limit
from tta_bench.report import (
    CHARACTER,
    TURN_TEXTS,
    BenchConfig,
    FloorStats,
    OpStats,
    op_stats,
    out_of_range,
)
from tta_server.settings import StoreKind

ARRIVAL_OPS = (
    "connect",
    "register",
    "login",
    "character.create",
    "session.start",
    "turn.first_chunk",
    "turn",
)
"""Timed operations, in the order a player makes them."""

SAMPLE_S = 2.0
"""Seconds between samples of the load average and the servers' RSS."""


@dataclass
class ArrivalPlan:
    """One child's share of a run: players ``index % procs == child`` of ``players``."""

    url: str
    run_id: str
    players: int
    procs: int
    child: int
    start_at: float
    """``time.time()`` at which player 0 arrives (all children share it)."""
    arrive_over_s: float
    interval_s: float
    play_for_s: float
    request_timeout_s: float = 60.0
    ca_file: str | None = None
    accounts: dict[str, dict[str, str]] = field(default_factory=dict)
    """Players known from an earlier run, by user name: ``password`` and ``device``."""


def _ssl(plan: ArrivalPlan) -> ssl.SSLContext | None:
    if not plan.url.startswith("wss://"):
        return None
    return ssl.create_default_context(cafile=plan.ca_file)


class _Arrival:
    """One player, from arrival to leaving."""

    def __init__(self, plan: ArrivalPlan, index: int, result: LoadResult) -> None:
        self.plan, self.index, self.result = plan, index, result
        self.username = f"a{plan.run_id}_{index}"
        known = plan.accounts.get(self.username)
        self.password = known["password"] if known else "bench-" + secrets.token_hex(8)
        self.device = known["device"] if known else ""

    async def run(self, gate: asyncio.Semaphore) -> dict[str, str] | None:
        """Play; returns the account to remember (None when the player failed)."""
        p = self.plan
        loop = asyncio.get_running_loop()
        arrive = p.start_at + p.arrive_over_s * self.index / max(1, p.players)
        await asyncio.sleep(max(0.0, arrive - time.time()))
        extra: dict[str, Any] = {}
        context = _ssl(p)
        if context is not None:
            extra["ssl"] = context
        wire = await Wire.open(p.url, gate, self.result, p.request_timeout_s, **extra)
        returning = bool(self.device)
        try:
            if not returning:
                fields = {"username": self.username, "password": self.password}
                self.device = str((await wire.call("register", "register", **fields))["device"])
            await wire.call(
                "login",
                "login",
                username=self.username,
                password=self.password,
                device=self.device,
            )
            worlds = (await wire.call(None, "world.list"))["worlds"]
            if not worlds:
                await wire.fail("no_worlds")
            world = str(worlds[self.index % len(worlds)]["id"])
            mine = (await wire.call(None, "character.list"))["characters"] if returning else []
            if mine:  # a returning player plays the character made last time
                character = str(mine[0]["id"])
            else:
                reply = await wire.call("character.create", "character.create", character=CHARACTER)
                character = str(reply["character"]["id"])
            reply = await wire.call(
                "session.start", "session.start", character_id=character, world_id=world
            )
            await wire.events_until(int(reply["session"]["last_seq"]))
            first = loop.time()
            k = 0
            while True:
                due = first + k * p.interval_s
                if due - first > p.play_for_s:
                    break
                await asyncio.sleep(max(0.0, due - loop.time()))
                wire.first_chunk_at = None
                text = TURN_TEXTS[(self.index + k) % len(TURN_TEXTS)]
                await wire.call("turn", "turn", turn_id=f"t{k}", text=text)
                if wire.first_chunk_at is None:
                    await wire.fail("no_narrative")
                self.result.add("turn.first_chunk", (wire.first_chunk_at - wire.sent_at) * 1000)
                k += 1
        except PlayerFailed:
            return None
        except Exception as exc:  # a malformed reply must not stop the other players
            self.result.error(f"client_error:{type(exc).__name__}")
            return None
        finally:
            await wire.close()
        return {"password": self.password, "device": self.device}


async def drive_arrivals(plan: ArrivalPlan) -> tuple[LoadResult, dict[str, dict[str, str]]]:
    """This child's players, each on its own clock; the result and the accounts to remember."""
    result = LoadResult(samples={op: [] for op in ARRIVAL_OPS})
    gate = asyncio.Semaphore(200)  # handshakes at once, at most (arrivals rarely overlap)
    mine = [_Arrival(plan, i, result) for i in range(plan.players) if i % plan.procs == plan.child]

    async def one(player: _Arrival) -> tuple[str, dict[str, str] | None]:
        try:
            return player.username, await player.run(gate)
        except PlayerFailed:  # the connection itself failed (counted)
            return player.username, None

    started = time.perf_counter()
    done = await asyncio.gather(*(one(p) for p in mine))
    result.duration_s = time.perf_counter() - started
    return result, {name: acct for name, acct in done if acct is not None}


# -- the controller ---------------------------------------------------------------------------
@dataclass
class Sampled:
    """What the controller saw while the players ran."""

    load_1m: list[float] = field(default_factory=list)
    rss_kib: dict[int, list[int]] = field(default_factory=dict)
    """Per server pid, every RSS reading."""


@dataclass
class ArrivalReport:
    run_id: str
    server: str
    store: str
    config: dict[str, Any]
    duration_s: float
    ops: dict[str, OpStats]
    errors: dict[str, int]
    floor: list[FloorStats]
    load_before: tuple[float, float, float]
    load_during: tuple[float, float, float]
    """1-minute load average during the run: min, mean, max of the samples."""
    rss_before_kib: dict[int, int | None]
    rss_peak_kib: dict[int, int | None]
    players_done: int
    cpus: int = field(default_factory=lambda: os.cpu_count() or 0)

    def memory_per_player_kib(self) -> tuple[float, float] | None:
        """(peak RSS growth, peak RSS) of all the server processes, each over the players."""
        before = [v for v in self.rss_before_kib.values() if v is not None]
        peak = [v for v in self.rss_peak_kib.values() if v is not None]
        if not peak or not before or not self.config["players"]:
            return None
        n = self.config["players"]
        return (sum(peak) - sum(before)) / n, sum(peak) / n

    def to_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["memory_per_player_kib"] = self.memory_per_player_kib()
        return doc


def failure_line(report: ArrivalReport) -> str | None:
    """``BENCH FAILED`` with every error code and count, or None when there was none."""
    if not report.errors:
        return None
    total = sum(report.errors.values())
    codes = ", ".join(f"{code} {n}" for code, n in sorted(report.errors.items()))
    answers = "error answer" if total == 1 else "error answers"
    return f"BENCH FAILED: {total} {answers} ({codes}); these figures are not valid"


def format_report(report: ArrivalReport) -> str:
    c = report.config
    failed = failure_line(report)
    lb, ld = report.load_before, report.load_during
    lines = [
        *([failed, ""] if failed else []),
        f"TTA arrival bench {report.run_id}: store {report.store}, server {report.server}",
        f"{c['players']} players arriving over {c['arrive_over_s']:g} s, a turn every "
        f"{c['interval_s']:g} s for {c['play_for_s']:g} s each, from {c['procs']} client "
        f"process(es); {report.players_done} finished; wall time {report.duration_s:.1f} s",
        f"load average ({report.cpus} CPUs): before {lb[0]:.2f} {lb[1]:.2f} {lb[2]:.2f}; "
        f"during (1 min, min/mean/max) {ld[0]:.2f} / {ld[1]:.2f} / {ld[2]:.2f}",
        "",
        f"{'operation':<20}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}",
    ]
    for op, s in report.ops.items():
        lines.append(
            f"{op:<20}{s.count:>7}{s.p50_ms:>10.1f}{s.p95_ms:>10.1f}{s.p99_ms:>10.1f}"
            f"{s.max_ms:>10.1f}"
        )
    errors = ", ".join(f"{k} {v}" for k, v in sorted(report.errors.items())) or "none"
    lines += ["", f"errors: {errors}", "", "floor (same machine, before the run): p50 / p95 ms"]
    for f in report.floor:
        lines.append(
            f"  {f.name:<30} failed: {f.error}"
            if f.error
            else f"  {f.name:<30} {f.p50_ms:8.3f} {f.p95_ms:8.3f}"
        )
    lines.append("server memory (RSS, KiB): before -> peak during the run")
    for pid, before in report.rss_before_kib.items():
        lines.append(f"  pid {pid}: {before} -> {report.rss_peak_kib.get(pid)}")
    per = report.memory_per_player_kib()
    if per is not None:
        lines.append(
            f"  per player: {per[0]:.1f} KiB of growth, {per[1]:.1f} KiB of peak RSS "
            f"(all server processes, over {c['players']} players)"
        )
    if failed:
        lines += ["", failed]
    return "\n".join(lines)


@dataclass
class ArrivalConfig:
    players: int = 20
    arrive_over_s: float = 10.0
    interval_s: float = 5.0
    play_for_s: float = 30.0
    procs: int = 1
    url: str | None = None
    ca_file: str | None = None
    store: str = StoreKind.REDIS_NEO4J.value
    redis_url: str | None = None
    neo4j_uri: str | None = None
    server_pids: list[int] = field(default_factory=list)
    known: dict[str, Any] = field(default_factory=dict)
    """An earlier run's ``run_id`` and ``accounts`` (``--accounts``): its players log in."""
    request_timeout_s: float = 60.0
    settings_overrides: dict[str, Any] = field(default_factory=dict)


async def _sample(pids: Callable[[], list[int | None]], out: Sampled, stop: asyncio.Event) -> None:
    while not stop.is_set():
        out.load_1m.append(os.getloadavg()[0])
        for pid in pids():
            rss = proc_status_kib("VmRSS", pid)
            if rss is not None:
                out.rss_kib.setdefault(pid or 0, []).append(rss)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), SAMPLE_S)


async def _child(plan: ArrivalPlan) -> tuple[LoadResult, dict[str, dict[str, str]]]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tta_bench.arrival", "--child", json.dumps(asdict(plan)),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        out, err = await proc.communicate()
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await asyncio.shield(proc.wait())
    if proc.returncode != 0:
        raise RuntimeError(f"player process failed ({proc.returncode}): {err.decode()[-2000:]}")
    doc = json.loads(out.decode().strip().splitlines()[-1])
    return LoadResult.from_dict(doc["result"]), doc["accounts"]


@contextlib.asynccontextmanager
async def _server(cfg: ArrivalConfig, scratch: Path) -> AsyncIterator[tuple[str, list[int | None]]]:
    """The URL to play on and the pids whose RSS to read (None: this process)."""
    if cfg.url is not None:
        yield cfg.url, list(cfg.server_pids)
        return
    settings = bench_settings(_bench_cfg(cfg), scratch)
    async with in_process_server(settings) as url:
        yield url, [os.getpid()]


def _bench_cfg(cfg: ArrivalConfig) -> BenchConfig:
    return BenchConfig(
        store=cfg.store,
        redis_url=cfg.redis_url,
        neo4j_uri=cfg.neo4j_uri,
        settings_overrides=cfg.settings_overrides,
    )


async def run_arrivals(cfg: ArrivalConfig) -> tuple[ArrivalReport, dict[str, dict[str, str]]]:
    """The floor, then the players; the report and every account known after the run."""
    raise_nofile_limit()
    run_id = str(cfg.known.get("run_id") or secrets.token_hex(3))
    accounts: dict[str, dict[str, str]] = dict(cfg.known.get("accounts") or {})
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tta-arrival-") as scratch:
        floor = await measure_floor(bench_settings(_bench_cfg(cfg), Path(scratch)))
        async with _server(cfg, Path(scratch)) as (url, pids):
            gc.collect()
            before = {pid or 0: proc_status_kib("VmRSS", pid) for pid in pids}
            load_before = os.getloadavg()
            start_at = time.time() + 1.0  # the children are up by then
            plans = [
                ArrivalPlan(
                    url=url,
                    run_id=run_id,
                    players=cfg.players,
                    procs=cfg.procs,
                    child=k,
                    start_at=start_at,
                    arrive_over_s=cfg.arrive_over_s,
                    interval_s=cfg.interval_s,
                    play_for_s=cfg.play_for_s,
                    request_timeout_s=cfg.request_timeout_s,
                    ca_file=cfg.ca_file,
                    accounts=accounts,
                )
                for k in range(cfg.procs)
            ]
            sampled, stop = Sampled(), asyncio.Event()
            sampler = asyncio.create_task(_sample(lambda: pids, sampled, stop))
            try:
                results = await asyncio.gather(*(_child(p) for p in plans))
            finally:
                stop.set()
                await sampler
    total = LoadResult(samples={op: [] for op in ARRIVAL_OPS})
    finished: dict[str, dict[str, str]] = {}
    for result, done in results:
        for op, samples in result.samples.items():
            total.samples.setdefault(op, []).extend(samples)
        for code, n in result.errors.items():
            total.errors[code] = total.errors.get(code, 0) + n
        finished.update(done)
    loads = sampled.load_1m or [0.0]
    report = ArrivalReport(
        run_id=run_id,
        server=("in-process " if cfg.url is None else "") + url,
        store=cfg.store,
        config={
            "players": cfg.players,
            "arrive_over_s": cfg.arrive_over_s,
            "interval_s": cfg.interval_s,
            "play_for_s": cfg.play_for_s,
            "procs": cfg.procs,
        },
        duration_s=time.perf_counter() - started,
        ops={op: op_stats(total.samples.get(op, [])) for op in ARRIVAL_OPS},
        errors=dict(sorted(total.errors.items())),
        floor=floor,
        load_before=load_before,
        load_during=(min(loads), sum(loads) / len(loads), max(loads)),
        rss_before_kib=before,
        rss_peak_kib={pid: max(v) for pid, v in sampled.rss_kib.items()}
        | {pid: None for pid in before if pid not in sampled.rss_kib},
        players_done=len(finished),
    )
    return report, {**accounts, **finished}


# -- command line -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    d = ArrivalConfig()
    p = argparse.ArgumentParser(
        prog="python -m tta_bench.arrival",
        description="Players arriving over time, each playing a while and leaving; prints "
        "latencies, errors, the load average, the floor and server memory per player.",
    )
    p.add_argument("--players", type=int, default=d.players)
    p.add_argument("--arrive-over", type=float, default=d.arrive_over_s, help="seconds")
    p.add_argument("--interval", type=float, default=d.interval_s, help="seconds per turn")
    p.add_argument("--play-for", type=float, default=d.play_for_s, help="seconds of play each")
    p.add_argument("--procs", type=int, default=d.procs, help="client processes")
    p.add_argument("--url", help="ws:// or wss:// URL of a running server (default: in-process)")
    p.add_argument("--ca-file", help="CA certificate for a wss:// URL signed by a private CA")
    p.add_argument("--store", choices=[k.value for k in StoreKind], default=d.store)
    p.add_argument("--redis-url")
    p.add_argument("--neo4j-uri")
    p.add_argument("--server-pid", type=int, action="append", default=[], help="repeatable")
    p.add_argument(
        "--accounts",
        help="JSON file of the players' accounts: read if it exists (they log in with their "
        "device tokens instead of registering), written after the run",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--child", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.child is not None:
        raise_nofile_limit()
        result, done = asyncio.run(drive_arrivals(ArrivalPlan(**json.loads(args.child))))
        print(json.dumps({"result": asdict(result), "accounts": done}), flush=True)
        return 0
    if out_of_range(
        "tta_bench.arrival",
        (
            ("--players", args.players >= 1),
            ("--arrive-over", args.arrive_over >= 0),
            ("--interval", args.interval > 0),
            ("--play-for", args.play_for >= 0),
            ("--procs", args.procs >= 1),
        ),
    ):
        return 2
    cfg = ArrivalConfig(
        players=args.players, arrive_over_s=args.arrive_over, interval_s=args.interval,
        play_for_s=args.play_for, procs=args.procs, url=args.url, ca_file=args.ca_file,
        store=args.store, redis_url=args.redis_url, neo4j_uri=args.neo4j_uri,
        server_pids=args.server_pid,
    )  # fmt: skip
    accounts = Path(args.accounts) if args.accounts else None
    if accounts is not None and accounts.exists():
        cfg.known = json.loads(accounts.read_text(encoding="utf-8"))
    report, known = asyncio.run(run_arrivals(cfg))
    if accounts is not None:
        accounts.write_text(json.dumps({"run_id": report.run_id, "accounts": known}))
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    failed = failure_line(report)
    if failed is None:
        return 0
    print(failed, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
