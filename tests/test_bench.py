"""``tta_bench.load`` end to end: a small run against each store, checked for counts and
structure only (never for speed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import NEO4J_URI, REDIS_URL
from tta_bench.load import run_bench
from tta_bench.report import OPS, BenchConfig, BenchReport, format_report
from tta_server.settings import StoreKind

CLIENTS, TURNS, RESUME_EVENTS, IDLE = 5, 2, 10, 20

PER_CLIENT = {op: 1 for op in OPS} | {"connect": 2, "turn": TURNS, "turn.first_chunk": TURNS}
"""Successful requests per player: two connections, ``TURNS`` timed turns, one of the rest."""


async def small_run(kind: StoreKind, data_dir: Path) -> BenchReport:
    cfg = BenchConfig(
        store=kind.value,
        data_dir=data_dir,
        clients=CLIENTS,
        turns=TURNS,
        turn_interval_s=0.05,
        resume_events=RESUME_EVENTS,
        idle_connections=IDLE,
        redis_url=REDIS_URL,
        neo4j_uri=NEO4J_URI,
        settings_overrides={"argon2_time_cost": 1, "argon2_memory_kib": 8 * 1024},
    )
    return await run_bench(cfg)


@pytest.mark.parametrize("kind", [StoreKind.EMBEDDED, StoreKind.REDIS_NEO4J], ids=str)
async def test_small_run(kind: StoreKind, tmp_path: Path) -> None:
    report = await small_run(kind, tmp_path)

    assert report.errors == {}
    assert {op: s.count for op, s in report.ops.items()} == {
        op: CLIENTS * n for op, n in PER_CLIENT.items()
    }
    for s in report.ops.values():
        assert 0 < s.p50_ms <= s.p95_ms <= s.p99_ms <= s.max_ms
    assert report.replayed_events == CLIENTS * RESUME_EVENTS

    floor = {f.name: f for f in report.floor}
    expected = {"websocket echo", "argon2id hash"}
    if kind is StoreKind.REDIS_NEO4J:
        expected |= {"redis PING", "neo4j RETURN 1", "neo4j write (MERGE + SET)"}
    assert set(floor) == expected
    for f in floor.values():
        assert f.error is None and f.count > 0 and 0 < f.p50_ms <= f.p95_ms
    assert set(report.p95_over_echo()) == set(OPS)

    assert report.memory is not None and report.memory.rss_before_kib is not None
    assert report.idle is not None
    assert (report.idle.opened, report.idle.failed) == (IDLE, 0)
    assert report.idle.kib_per_connection is not None
    assert report.idle.heap_kib_per_connection is not None

    text = format_report(report)
    assert "p95" in text and "session.resume+events" in text and "errors: none" in text
    doc = json.loads(json.dumps(report.to_dict()))
    assert set(doc["ops"]) == set(OPS) and doc["idle"]["kib_per_connection"] is not None
