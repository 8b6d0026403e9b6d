"""The CPU-per-turn bench (tta_bench/turn_cpu.py): a small real run on each store, its figures
and its profile."""

from __future__ import annotations

import os
import pstats
from pathlib import Path

import pytest

from tests.conftest import NEO4J_URI, REDIS_URL
from tta_bench.turn_cpu import proc_cpu_s, run
from tta_server.settings import StoreKind


@pytest.mark.parametrize("corpus", [False, True], ids=["fixed", "corpus"])
async def test_a_small_run_counts_every_turn_and_profiles_the_server(
    store_kind: StoreKind, tmp_path: Path, corpus: bool
) -> None:
    profile = tmp_path / "turns.prof"
    r = await run(
        store_kind,
        players=2,
        turns=3,
        interval_s=0.05,
        pids=[os.getpid()],
        profile=profile,
        corpus=corpus,
        redis_url=REDIS_URL,
        neo4j_uri=NEO4J_URI,
        argon2_time_cost=1,
        argon2_memory_kib=8 * 1024,
        safety_contextual=False,
    )
    assert r["turns"] == 6 and r["errors"] == {}
    assert r["inputs"] == ("corpus" if corpus else "fixed")
    assert 0 < r["p50_ms"] <= r["p95_ms"]
    assert r["server_cpu_ms_per_turn"] > 0
    assert r["pid_cpu_ms_per_turn"][os.getpid()] > 0
    stats = pstats.Stats(str(profile))
    handlers = [f for (_, _, f) in stats.stats if f == "turn"]  # type: ignore[attr-defined]
    assert handlers, "the profile holds the server's turn handler"


def test_proc_cpu_reads_a_process_that_works() -> None:
    before = proc_cpu_s(os.getpid())
    sum(i * i for i in range(3_000_000))
    assert proc_cpu_s(os.getpid()) > before
