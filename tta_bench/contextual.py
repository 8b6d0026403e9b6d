"""What the contextual safety step costs a turn: the same real play with the signal on and off.

``python -m tta_bench.contextual --players 20 --turns 30`` starts one server in this process
on the embedded store (a temporary folder) with ``safety_contextual`` off, then on, and has
``--players`` players play the newcomers' inputs of ``tests/pipeline/corpus/newcomers-*.jsonl``
(real play, in Lantern Coast, in their order; each player starts at another place in them),
``--interval`` seconds apart. Prints, for each run: turn p50/p95 (send to reply, ms), the
process's CPU per turn (server and players share the process; the players' share is the same
in both runs, so the difference is the step's; logins are not counted), the load average, and
what the step did (sent to the encoder, gated, skipped, answered from its cache). A turn the
union holds as a crisis is answered ``continue`` and play goes on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tta_bench.joining import join_stories
from tta_bench.report import BENCH_SERVER_SETTINGS, CHARACTER, percentile
from tta_server.app import App
from tta_server.settings import StoreKind, load_settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests/pipeline/corpus").glob("newcomers-*.jsonl"))


def texts() -> list[str]:
    """The newcomers' inputs in Lantern Coast, in order."""
    found: list[str] = []
    for path in CORPUS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line else {}
            if row.get("world") == "lantern-coast":
                found.append(str(row["text"]))
    return found


LOCAL_LOGINS: dict[str, Any] = {"login_throttle_attempts": 0, "login_throttle_per_address": 0}
"""Settings on top of ``BENCH_SERVER_SETTINGS``: every player logs in from 127.0.0.1 at once,
and the login throttle counts a login before its password is checked, so at 200 players it
refused the benchmark itself ("Too many failed logins")."""


async def run(
    contextual: bool, players: int, turns: int, interval_s: float, **extra: Any
) -> dict[str, Any]:
    """One run: ``players`` log in and start a story, then play ``turns`` each; CPU and
    latency are measured over the play only (never over logins, whose password hashing would
    weigh on both runs alike)."""
    inputs = texts()
    with tempfile.TemporaryDirectory() as data:
        settings = load_settings(
            store=StoreKind.EMBEDDED,
            data_dir=Path(data),
            port=0,
            warm_up_on_start=False,
            safety_contextual=contextual,
            **{**BENCH_SERVER_SETTINGS, **LOCAL_LOGINS, **extra},
        )
        app = App(settings)
        await app.start()
        url = f"ws://127.0.0.1:{app.port}"
        latencies: list[float] = []

        async def play(i: int, ws: Any) -> None:
            try:
                await asyncio.sleep(interval_s * i / max(1, players))
                for k in range(turns):
                    text = inputs[(i * 37 + k) % len(inputs)]
                    started = time.perf_counter()
                    doc = await ws.request("turn", turn_id=f"t{k}", text=text)
                    latencies.append((time.perf_counter() - started) * 1000)
                    if doc.get("code") == "safety_hold" or doc.get("safety") == "crisis":
                        await ws.request("safety.ack", choice="continue")
                    await asyncio.sleep(interval_s)
            finally:
                await ws.close()

        try:
            sockets = await join_stories(url, "ctx", players, CHARACTER)
            cpu0, load0 = os.times(), os.getloadavg()[0]
            await asyncio.gather(*(play(i, ws) for i, ws in enumerate(sockets)))
        finally:
            cpu1, load1 = os.times(), os.getloadavg()[0]
            m = app.metrics.registry
            step = {
                label: m.get_sample_value(name, {key: label}) or 0
                for name, key, labels in (
                    (
                        "tta_safety_contextual_total",
                        "outcome",
                        ("raised", "unchanged", "timeout", "full", "error"),
                    ),
                    (
                        "tta_safety_contextual_gated_total",
                        "why",
                        ("crisis", "short", "command", "concern"),
                    ),
                )
                for label in labels
            }
            if app.contextual is not None:
                step["cache hits"] = app.contextual.cache.hits
            await app.shutdown()
    cpu_s = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    latencies.sort()
    return {
        "contextual": contextual,
        "turns": len(latencies),
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "cpu_ms_per_turn": cpu_s * 1000 / max(1, len(latencies)),
        "load": (load0, load1),
        "step": step,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--players", type=int, default=20)
    p.add_argument("--turns", type=int, default=30)
    p.add_argument("--interval", type=float, default=1.0, help="seconds between a player's turns")
    p.add_argument(
        "--cache",
        type=int,
        default=None,
        help="safety_contextual_cache for the run with the signal (0: every message encoded; "
        "the players replay one corpus, so the default cache hits far more than in real play)",
    )
    p.add_argument("--workers", type=int, default=None, help="safety_contextual_workers")
    p.add_argument("--timeout-ms", type=int, default=None, help="safety_contextual_timeout_ms")
    args = p.parse_args(argv)
    extra = {
        key: value
        for key, value in (
            ("safety_contextual_cache", args.cache),
            ("safety_contextual_workers", args.workers),
            ("safety_contextual_timeout_ms", args.timeout_ms),
        )
        if value is not None
    }
    for contextual in (False, True):
        r = asyncio.run(run(contextual, args.players, args.turns, args.interval, **extra))
        print(
            f"contextual {'on ' if contextual else 'off'}: {r['turns']} turns, "
            f"p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, "
            f"CPU {r['cpu_ms_per_turn']:.1f} ms per turn (server and players), "
            f"load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}"
        )
        if contextual:
            print("  step:", ", ".join(f"{k} {int(v)}" for k, v in r["step"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
