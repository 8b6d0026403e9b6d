"""``tta_bench.saturation`` end to end, small (6 players, two short steps, real server
processes): counts, the stop rule and refused arguments, never speed (issue 17)."""

from __future__ import annotations

import os

from tests.conftest import NEO4J_URI, REDIS_URL
from tta_bench.saturation import build_parser, format_report, main, run
from tta_server.settings import StoreKind


def _args(kind: StoreKind, *extra: str) -> list[str]:
    servers = "1" if kind is StoreKind.EMBEDDED else "2"
    return [
        "--store", kind.value, "--servers", servers, "--players", "6", "--procs", "2",
        "--step-for", "2", "--redis-url", REDIS_URL, "--neo4j-uri", NEO4J_URI, *extra,
    ]  # fmt: skip


async def test_each_step_plays_the_asked_turns_and_times_the_servers(
    store_kind: StoreKind,
) -> None:
    args = build_parser().parse_args(
        _args(store_kind, "--rates", "3", "6", "--limit-ms", "60000", "--pid", f"me={os.getpid()}")
    )
    report = await run(args)

    # 6 players, one turn each every 6/rate s, first at i/6 of it, for 2 s: rate * 2 turns.
    assert [(s.rate, s.answered, s.errors) for s in report.steps] == [(3, 6, {}), (6, 12, {})]
    servers = 1 if store_kind is StoreKind.EMBEDDED else 2
    # CPU time is read from /proc in clock ticks (10 ms here): a server that answered three
    # short turns in a step may read 0, so each server is measured and the run as a whole
    # must show some work (one server at 0.0 failed CI on d9811aa).
    assert sum(ms for s in report.steps for ms in s.cpu_ms_per_turn.values()) > 0
    for step in report.steps:
        assert len(step.cpu_ms_per_turn) == servers
        assert all(ms >= 0 for ms in step.cpu_ms_per_turn.values())
        assert 0 < step.p50_ms <= step.p95_ms <= step.p99_ms
        assert set(step.others_ms_per_turn) == {"me"}
    assert report.saturation == 6.0
    assert "every step within the limit" in format_report(report)


async def test_the_run_stops_after_the_first_step_past_the_limit() -> None:
    args = build_parser().parse_args(
        _args(StoreKind.EMBEDDED, "--rates", "3", "6", "--limit-ms", "0.001")
    )
    report = await run(args)

    assert len(report.steps) == 1 and report.saturation is None
    assert "below the first step" in format_report(report)


def test_bad_arguments_are_refused_with_one_line(capsys: object) -> None:
    assert main(["--store", "embedded", "--servers", "2"]) == 2
    assert main(["--rates", "0"]) == 2
    assert main(["--pid", "neo4j"]) == 2
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert err.splitlines() == [
        "tta_bench.saturation: --servers out of range",
        "tta_bench.saturation: --rates out of range",
        "tta_bench.saturation: --pid out of range",
    ]
