"""What a turn costs in CPU: the server's, and Neo4j's and Redis's when their pids are given.

``python -m tta_bench.turn_cpu --store redis-neo4j --players 100 --turns 20 --interval 1
--pid NEO4J_PID --pid REDIS_PID`` starts one server in this process (an
:class:`~tta_server.app.App` with :data:`~tta_bench.report.BENCH_SERVER_SETTINGS`, warmed up as
at start-up; Redis and Neo4j from the usual settings, e.g. ``TTA_REDIS_URL``), and one child
process (``--child``) whose players each register, log in, create a character and
start a story in Lantern Coast, then, when this process says go, play ``--turns`` turns of
:data:`~tta_bench.report.TURN_TEXTS` (what the arrival bench's players say), one every
``--interval`` seconds, the first offset by ``i / players`` of an interval. With ``--corpus``
they say the newcomers' recorded inputs instead (:func:`tta_bench.contextual.texts`: every
Lantern Coast input of ``tests/pipeline/corpus/newcomers-*.jsonl``, in order, player ``i``
starting at input ``37 * i``, as the contextual bench's players do); a turn held as a crisis is
answered ``continue`` (``safety.ack``), as there, and counted as a turn.

Measured over the play only (never over logins, whose password hashing would swamp it): this
process's CPU (``os.times``: the server alone, its threads included, the players being in the
child), and each ``--pid``'s (``/proc/PID/stat`` user + system), each divided by the turns
answered; turn p50 / p95 (send to reply, as the child saw them) and the load average before and
after. CPU per turn is the figure that holds on a shared machine; latency is not.

``--profile FILE`` also runs :mod:`cProfile` over the server's event loop thread during the play,
timed by that thread's CPU time (:func:`time.thread_time`, so a busy machine does not inflate
it; the contextual step's and SQLite's worker threads are not in it, but their CPU is in the
total), writes the stats to ``FILE`` and prints the top functions by own time and by cumulative
time. Profiling roughly doubles the server's CPU; compare CPU per turn from runs without it.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tta_bench.contextual import LOCAL_LOGINS, texts
from tta_bench.joining import join_stories
from tta_bench.report import BENCH_SERVER_SETTINGS, CHARACTER, TURN_TEXTS, percentile
from tta_server.app import App
from tta_server.protocol.client import ProtocolClient
from tta_server.settings import StoreKind, load_settings


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (its threads included), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _child(url: str, players: int, turns: int, interval_s: float, corpus: bool) -> None:
    """The players: join all, print ``ready``, wait for a line on stdin, play, print JSON."""
    inputs = texts() if corpus else list(TURN_TEXTS)
    step = 37 if corpus else 1
    sockets = await join_stories(url, "cpu", players, CHARACTER)
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    latencies: list[float] = []
    errors: dict[str, int] = {}

    async def play(i: int, ws: ProtocolClient) -> None:
        await asyncio.sleep(interval_s * i / max(1, players))
        for k in range(turns):
            started = time.perf_counter()
            text = inputs[(i * step + k) % len(inputs)]
            doc = await ws.request("turn", turn_id=f"t{k}", text=text)
            if doc["type"] == "turn.ok":
                latencies.append((time.perf_counter() - started) * 1000)
            elif doc.get("code") == "safety_hold":
                latencies.append((time.perf_counter() - started) * 1000)
                await ws.request("safety.ack", choice="continue")
            else:
                code = str(doc.get("code", doc["type"]))
                errors[code] = errors.get(code, 0) + 1
            await asyncio.sleep(interval_s)

    await asyncio.gather(*(play(i, ws) for i, ws in enumerate(sockets)))
    for ws in sockets:
        await ws.close()
    print(json.dumps({"latencies": latencies, "errors": errors}), flush=True)


async def run(
    store: StoreKind,
    players: int,
    turns: int,
    interval_s: float,
    pids: list[int],
    profile: Path | None = None,
    corpus: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """One run (see the module's docstring); returns the figures."""
    with tempfile.TemporaryDirectory() as data:
        settings = load_settings(
            store=store,
            data_dir=Path(data),
            host="127.0.0.1",
            port=0,
            **{**BENCH_SERVER_SETTINGS, **LOCAL_LOGINS, **extra},
        )
        app = App(settings)
        await app.start()
        try:
            child = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tta_bench.turn_cpu",
                "--child",
                f"ws://127.0.0.1:{app.port}",
                str(players),
                str(turns),
                str(interval_s),
                "corpus" if corpus else "fixed",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            assert child.stdin is not None and child.stdout is not None
            if (await child.stdout.readline()).strip() != b"ready":
                raise RuntimeError("the players' process failed before play (see stderr)")
            profiler = cProfile.Profile(time.thread_time) if profile else None
            load0, cpu0 = os.getloadavg()[0], os.times()
            others0 = {pid: proc_cpu_s(pid) for pid in pids}
            if profiler:
                profiler.enable()
            child.stdin.write(b"go\n")
            await child.stdin.drain()
            line = await child.stdout.readline()
            if profiler:
                profiler.disable()
            cpu1, load1 = os.times(), os.getloadavg()[0]
            others1 = {pid: proc_cpu_s(pid) for pid in pids}
            await child.wait()
            if not line:
                raise RuntimeError("the players' process failed during play (see stderr)")
            if profiler and profile:
                profiler.dump_stats(profile)
        finally:
            await app.shutdown()
    played = json.loads(line)
    latencies = sorted(played["latencies"])
    n = max(1, len(latencies))
    server_s = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    return {
        "store": str(store),
        "inputs": "corpus" if corpus else "fixed",
        "turns": len(latencies),
        "errors": played["errors"],
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "server_cpu_ms_per_turn": server_s * 1000 / n,
        "pid_cpu_ms_per_turn": {pid: (others1[pid] - others0[pid]) * 1000 / n for pid in pids},
        "load": (load0, load1),
    }


def _top(profile: Path, key: str, count: int) -> str:
    out = io.StringIO()
    pstats.Stats(str(profile), stream=out).strip_dirs().sort_stats(key).print_stats(count)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        url, players, turns, interval, inputs = argv[1:6]
        asyncio.run(_child(url, int(players), int(turns), float(interval), inputs == "corpus"))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--store", type=StoreKind, default=StoreKind.EMBEDDED)
    p.add_argument("--players", type=int, default=50)
    p.add_argument("--turns", type=int, default=20)
    p.add_argument("--interval", type=float, default=1.0, help="seconds between a player's turns")
    p.add_argument("--pid", type=int, action="append", default=[], help="another process to time")
    p.add_argument("--contextual", choices=("on", "off"), default=None, help="safety_contextual")
    p.add_argument(
        "--corpus", action="store_true", help="say the newcomers' recorded inputs (Lantern Coast)"
    )
    p.add_argument("--profile", type=Path, default=None, help="write cProfile stats here")
    p.add_argument("--top", type=int, default=40, help="functions shown from the profile")
    args = p.parse_args(argv)
    extra: dict[str, Any] = {}
    if args.contextual is not None:
        extra["safety_contextual"] = args.contextual == "on"
    r = asyncio.run(
        run(
            args.store,
            args.players,
            args.turns,
            args.interval,
            args.pid,
            args.profile,
            args.corpus,
            **extra,
        )
    )
    others = "".join(f", pid {pid} {ms:.2f} ms" for pid, ms in r["pid_cpu_ms_per_turn"].items())
    print(
        f"{r['store']} ({r['inputs']} inputs): {r['turns']} turns, errors {r['errors'] or 'none'}, "
        f"p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms; CPU per turn: "
        f"server {r['server_cpu_ms_per_turn']:.2f} ms{others}; "
        f"load average {r['load'][0]:.2f} -> {r['load'][1]:.2f}"
    )
    if args.profile:
        print(_top(args.profile, "tottime", args.top))
        print(_top(args.profile, "cumulative", args.top))
    return 1 if r["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
