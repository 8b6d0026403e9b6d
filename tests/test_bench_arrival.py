"""``tta_bench.arrival`` end to end, small (20 players in seconds): counts, structure and the
failure exit, never speed (issue 17)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import NEO4J_URI, REDIS_URL, settings_for
from tta_bench.arrival import ARRIVAL_OPS, ArrivalConfig, format_report, run_arrivals
from tta_bench.report import BENCH_SERVER_SETTINGS
from tta_server.app import App
from tta_server.settings import StoreKind

PLAYERS, TURNS = 20, 3
CHEAP = {"argon2_time_cost": 1, "argon2_memory_kib": 8 * 1024}


def small(kind: StoreKind, **extra: object) -> ArrivalConfig:
    """20 players over 2 s, from two client processes, each playing 3 turns 0.5 s apart."""
    cfg = ArrivalConfig(
        players=PLAYERS, arrive_over_s=2.0, interval_s=0.5, play_for_s=1.0, procs=2,
        store=kind.value, redis_url=REDIS_URL, neo4j_uri=NEO4J_URI, settings_overrides=CHEAP,
    )  # fmt: skip
    for name, value in extra.items():
        setattr(cfg, name, value)
    return cfg


@pytest.mark.parametrize("kind", [StoreKind.EMBEDDED, StoreKind.REDIS_NEO4J], ids=str)
async def test_a_small_arrival_run_in_process(kind: StoreKind) -> None:
    report, known = await run_arrivals(small(kind))

    assert report.errors == {} and report.players_done == PLAYERS and len(known) == PLAYERS
    counts = {op: s.count for op, s in report.ops.items()}
    once = {op: PLAYERS for op in ARRIVAL_OPS} | {"turn": PLAYERS * TURNS}
    assert counts == once | {"turn.first_chunk": PLAYERS * TURNS}
    for s in report.ops.values():
        assert 0 < s.p50_ms <= s.p95_ms <= s.p99_ms <= s.max_ms
    names = {f.name for f in report.floor if f.error is None and f.count}
    assert {"websocket echo", "argon2id hash"} <= names
    if kind is StoreKind.REDIS_NEO4J:
        assert {"redis PING", "neo4j RETURN 1"} <= names
    low, mean, high = report.load_during
    assert 0 <= low <= mean <= high and high > 0
    [(pid, before)] = report.rss_before_kib.items()
    peak = report.rss_peak_kib[pid]
    assert before is not None and peak is not None and peak >= before > 0
    assert report.memory_per_player_kib() is not None
    text = format_report(report)
    assert "errors: none" in text and "load average" in text and "per player" in text


@pytest.fixture
async def bench_server(tmp_path: Path) -> AsyncIterator[str]:
    settings = settings_for(
        StoreKind.EMBEDDED, tmp_path, port=0, **{**BENCH_SERVER_SETTINGS, **CHEAP}
    )
    app = App(settings)
    await app.start()
    try:
        yield f"ws://127.0.0.1:{app.port}"
    finally:
        await app.shutdown()


async def test_players_who_played_before_log_in_with_their_device_tokens(
    bench_server: str,
) -> None:
    first, known = await run_arrivals(small(StoreKind.EMBEDDED, url=bench_server))
    assert first.errors == {} and len(known) == PLAYERS
    again, _ = await run_arrivals(
        small(
            StoreKind.EMBEDDED, url=bench_server, known={"run_id": first.run_id, "accounts": known}
        )
    )
    assert again.errors == {}
    assert again.ops["register"].count == 0 and again.ops["login"].count == PLAYERS
    assert again.ops["character.create"].count == 0  # they play the characters they made
    assert again.ops["turn"].count == PLAYERS * TURNS


async def test_a_run_with_error_answers_fails_loudly(tmp_path: Path) -> None:
    """Two registrations allowed from the address, three players: exit 1 and BENCH FAILED
    first and last, naming the code."""
    settings = settings_for(
        StoreKind.EMBEDDED, tmp_path, port=0,
        **{**BENCH_SERVER_SETTINGS, **CHEAP, "register_throttle_per_address": 2},
    )  # fmt: skip
    app = App(settings)
    await app.start()
    try:
        argv = [
            "--url", f"ws://127.0.0.1:{app.port}", "--store", "embedded", "--players", "3",
            "--arrive-over", "0", "--interval", "0.5", "--play-for", "0",
        ]  # fmt: skip
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tta_bench.arrival", *argv,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate(), 120)
    finally:
        await app.shutdown()
    line = "BENCH FAILED: 1 error answer (register_throttled 1); these figures are not valid"
    assert proc.returncode == 1, err.decode()
    assert err.decode().strip().splitlines()[-1] == line
    printed = out.decode().strip().splitlines()
    assert printed[0] == line and printed[-1] == line


def test_bad_arguments_are_refused_with_one_line() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "tta_bench.arrival", "--players", "0", "--interval", "0"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "tta_bench.arrival: --players, --interval out of range\n"
