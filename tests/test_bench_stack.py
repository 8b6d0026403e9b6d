"""``tta_bench.stack`` starts two servers behind the HAProxy recipe, and the arrival bench plays
through it over wss and reads both servers' memory (issue 17). Needs Debian's haproxy and
openssl (``scripts/test`` installs haproxy)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from tests.conftest import NEO4J_URI, REDIS_URL, free_port
from tta_bench.arrival import ArrivalConfig, run_arrivals


def stack(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tta_bench.stack", *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


async def test_the_arrival_bench_plays_through_haproxy_in_front_of_two_processes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "stack"
    ports = [str(free_port()), str(free_port())]
    ready = await asyncio.to_thread(
        stack, "start", "--dir", str(folder), "--listen", str(free_port()), "--ports", *ports,
        "--redis-url", REDIS_URL, "--neo4j-uri", NEO4J_URI,
    )  # fmt: skip
    try:
        words = ready.split()
        assert words[0] == "ready:" and words[1] == "--url" and words[3] == "--ca-file"
        url, ca_file = words[2], words[4]
        pids = [int(words[i + 1]) for i, w in enumerate(words) if w == "--server-pid"]
        assert url.startswith("wss://") and len(pids) == 2
        cfg = ArrivalConfig(
            players=6, arrive_over_s=1.0, interval_s=0.5, play_for_s=0.5, procs=1, url=url,
            ca_file=ca_file, redis_url=REDIS_URL, neo4j_uri=NEO4J_URI, server_pids=pids,
        )  # fmt: skip
        report, _ = await run_arrivals(cfg)
    finally:
        stopped = await asyncio.to_thread(stack, "stop", "--dir", str(folder))
    assert report.errors == {} and report.players_done == 6
    assert report.ops["turn"].count == 6 * 2 and report.ops["register"].count == 6
    assert set(report.rss_before_kib) == set(pids)
    assert all(v is not None and v > 0 for v in report.rss_peak_kib.values())
    assert stopped.startswith("stopped: server1 ")
    assert not (folder / "stack.json").exists()
