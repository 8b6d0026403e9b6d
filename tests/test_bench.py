"""``tta_bench.load`` end to end: a small run against each store, checked for counts and
structure only (never for speed)."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import NEO4J_URI, REDIS_URL, settings_for
from tests.wire.client import Client
from tta_bench.load import run_bench
from tta_bench.report import BENCH_SERVER_SETTINGS, OPS, BenchConfig, BenchReport, format_report
from tta_server.app import App
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


@pytest.fixture
async def throttling_server(tmp_path: Path) -> AsyncIterator[str]:
    """An embedded-store server with :data:`BENCH_SERVER_SETTINGS`, whose per-address login
    throttle (one failure) someone at 127.0.0.1 has already used up; yields its URL."""
    settings = settings_for(
        StoreKind.EMBEDDED, tmp_path / "server", port=0, login_throttle_per_address=1,
        **{**BENCH_SERVER_SETTINGS, "register_throttle_per_address": 2},
    )  # fmt: skip
    app = App(settings)
    await app.start()
    url = f"ws://127.0.0.1:{app.port}"
    try:
        guesser = await Client.open(url)
        try:
            for expected in ("login_failed", "login_throttled"):
                reply = await guesser.request("login", username="nobody", password="not-it-at-all")
                assert reply.get("code") == expected
        finally:
            await guesser.close()
        yield url
    finally:
        await app.shutdown()


async def test_every_player_logs_in_past_a_used_up_address_throttle(
    throttling_server: str, tmp_path: Path
) -> None:
    """Bench players log in as the terminal client does (with their device token), so the
    per-address login throttle every player shares does not refuse them (issue 17)."""
    cfg = BenchConfig(
        url=throttling_server, store=StoreKind.EMBEDDED.value, data_dir=tmp_path / "bench",
        clients=2, turns=1, turn_interval_s=0.05, resume_events=4, idle_connections=0, spread_s=0,
    )  # fmt: skip
    report = await run_bench(cfg)
    assert report.errors == {}
    assert report.ops["login"].count == 2 and report.ops["session.resume"].count == 2


async def test_a_run_with_error_answers_fails_loudly(throttling_server: str) -> None:
    """Three players, two registrations allowed from the address: the command exits 1, says
    so on stderr with the code and count, and the printed report starts and ends with it."""
    argv = [
        "--url", throttling_server, "--store", StoreKind.EMBEDDED.value, "--clients", "3",
        "--turns", "0", "--resume-events", "0", "--idle", "0", "--spread", "0",
    ]  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tta_bench.load", *argv,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    line = "BENCH FAILED: 1 error answer (register_throttled 1); these figures are not valid"
    assert proc.returncode == 1, err.decode()
    assert err.decode().strip().splitlines()[-1] == line
    printed = out.decode().strip().splitlines()
    assert printed[0] == line and printed[-1] == line
