"""Load benchmark: N concurrent players through the real WebSocket protocol, with a floor.

The players run one phase at a time; in each phase every player (that has not failed) takes
its step concurrently (one :func:`asyncio.gather`), and the next phase starts when all are done:

1. connect (until ``hello``; at most ``open_concurrency`` handshakes at once), ``register``,
   ``login`` (presenting the device token ``register.ok`` gave, as the terminal client does,
   so the per-address login throttle all players share is not in the way), ``world.list``,
   ``character.create``, ``session.start``: one phase each, player ``i`` starting at
   ``i / clients`` of ``spread_s`` (default: one turn interval), so requests arrive spread
   like players' rather than in one burst (``spread_s = 0``: a burst);
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
connection, a timeout or an unexpected close counts under a code of its own. Any error makes
the run a failure: the report says so first and last, and the command prints one line naming
each code and count on stderr and exits 1.

The floor is measured in the same run on the same machine: a bare WebSocket echo round trip, and
for the ``redis-neo4j`` store a Redis ``PING``, a Neo4j ``RETURN 1`` (the query the store's
readiness check runs) and a small Neo4j write transaction (the commit every turn makes), plus
one argon2id hash with the server's settings (the CPU floor of ``register`` and ``login``).
The report gives each operation's p95 as a multiple of the echo p95.

Memory: without ``url`` the server runs in this process (an :class:`~tta_server.app.App` on a
free port), and both the players and the idle connections run in child processes
(``python -m tta_bench.load --drive-plan ...`` / ``--idle-client URL N``), so this process's
RSS (``VmRSS`` of ``/proc/self/status``) is the server's plus a small benchmark controller. With
``url`` the server is another process; its memory is read only when ``server_pid`` names it.

Run it as ``python -m tta_bench.load --clients 200 --turns 5 --store redis-neo4j``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import platform
import secrets
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tta_bench.floor import measure_floor, proc_status_kib
from tta_bench.players import (
    LoadPlan,
    LoadResult,
    drive_load,
    drive_load_in_child,
    idle_clients,
    idle_phase,
    raise_nofile_limit,
)
from tta_bench.report import (
    BENCH_SERVER_SETTINGS,
    OPS,
    BenchConfig,
    BenchReport,
    IdleReport,
    MemoryReport,
    failure_line,
    format_report,
    op_stats,
)
from tta_server.settings import Settings, StoreKind, load_settings

if TYPE_CHECKING:
    pass


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


# -- command line -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m tta_bench.load",
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
    failed = failure_line(report)
    if failed is None:
        return 0
    print(failed, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
