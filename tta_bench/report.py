"""The load benchmark's configuration, its report and the printed form of it, and what the
players say (:mod:`tta_bench.load` runs it)."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tta_server.settings import StoreKind

if TYPE_CHECKING:
    pass


OPS = (
    "connect",
    "register",
    "login",
    "world.list",
    "character.create",
    "session.start",
    "turn.first_chunk",
    "turn",
    "auth",
    "session.resume",
    "session.resume+events",
)
"""Timed operations, in script order. ``connect`` is the WebSocket handshake plus ``hello``
(twice per player); ``turn.first_chunk`` is a timed turn until its first ``narrative.chunk``
arrived, ``turn`` until its reply (which follows ``narrative.end``); ``session.resume+events``
is ``session.resume`` until its last replayed event arrived."""

FLOOR_SAMPLES = 200
"""Round trips per floor measurement (after one untimed warm-up)."""
ARGON2_SAMPLES = 20
"""Password hashes timed for the argon2id floor (each takes tens of milliseconds)."""

BENCH_SERVER_SETTINGS: dict[str, Any] = {
    "rate_limit_messages": 0,
    "flood_close_messages": 0,
    "register_throttle_per_address": 0,
    "connect_rate_per_address": 0,
    "max_connections_per_address": 0,
    "max_anonymous_connections": 0,
}
"""Settings the in-process server runs with on top of the usual sources: every player connects
from 127.0.0.1, so the per-address limits (registrations, new connections, open connections)
and the per-connection message limit and flood guard (the filler turns come fast) would refuse
the benchmark itself."""

TURN_TEXT = "I look around slowly and take a deep breath."
TURN_TEXTS = (
    "look around",
    "go east",
    "examine the bell",
    "go west",
    "talk to the keeper",
    "inventory",
    "take the lantern and go north",
    "go south",
    TURN_TEXT,
    "wait",
)
"""What timed turns say, in turn: moves, looks, talk, refusals and unknown words, as players do."""
CHARACTER: dict[str, Any] = {
    "name": "Bench Walker",
    "pronouns": "they/them",
    "appearance": "A grey coat and a patient smile.",
    "backstory": "Walks the same road every day to see what changed.",
    "traits": ["patient", "curious"],
    "profile": {
        "goals": ["mindfulness"],
        "intensity": "gentle",
        "avoid_topics": [],
        "country": "GB",
        "share_transcript": False,
    },
}


# -- configuration and report -------------------------------------------------------------------
@dataclass
class BenchConfig:
    """What to run. Durations are in seconds."""

    url: str | None = None
    """ws:// URL of a running server; None starts an in-process server on a free port."""
    store: str = StoreKind.REDIS_NEO4J.value
    """Store of the in-process server; with ``url``, which services the floor measures."""
    data_dir: Path | None = None
    """Embedded store directory of the in-process server; None uses a temporary directory."""
    clients: int = 200
    turns: int = 5
    turn_interval_s: float = 1.0
    resume_events: int = 50
    """Events replayed by each ``session.resume`` (resume from ``last_seq - resume_events``)."""
    idle_connections: int = 1000
    """Connections opened after the load, kept idle, to measure memory; 0 skips the phase."""
    redis_url: str | None = None
    """None takes the usual settings sources (``TTA_REDIS_URL``, config file, default)."""
    neo4j_uri: str | None = None
    json_out: bool = False
    """For the command line: print :meth:`BenchReport.to_dict` as JSON instead of the table."""
    open_concurrency: int = 50
    """Connections being opened at once, at most."""
    spread_s: float | None = None
    """Within each phase, player ``i`` starts at ``i / clients`` of this many seconds (None:
    ``turn_interval_s``; 0: all at once, a burst)."""
    request_timeout_s: float = 120.0
    """Longest wait for any one reply or event before the player counts a ``timeout``."""
    server_pid: int | None = None
    """With ``url``: pid of the server process on this machine, to read its memory."""
    settings_overrides: dict[str, Any] = field(default_factory=dict)
    """Extra settings of the in-process server (e.g. cheaper argon2 for tests)."""


@dataclass
class OpStats:
    """Latency of one operation over every successful request, in milliseconds."""

    count: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float


@dataclass
class FloorStats:
    """One floor measurement; ``error`` is set (and the figures are 0) when it failed."""

    name: str
    count: int
    p50_ms: float
    p95_ms: float
    error: str | None = None


@dataclass
class IdleReport:
    """Memory cost of connections that received ``hello`` and then sat idle."""

    requested: int
    opened: int
    failed: int
    rss_before_kib: int | None
    rss_after_kib: int | None
    heap_kib_per_connection: float | None = None
    """Python heap kept per idle connection, from a second round under :mod:`tracemalloc`
    (in-process server only)."""

    @property
    def kib_per_connection(self) -> float | None:
        if self.rss_before_kib is None or self.rss_after_kib is None or not self.opened:
            return None
        return (self.rss_after_kib - self.rss_before_kib) / self.opened


@dataclass
class MemoryReport:
    """Server RSS in KiB, read from ``/proc/<pid>/status`` of ``process``."""

    process: str
    rss_before_kib: int | None
    rss_after_kib: int | None
    peak_kib: int | None
    """``VmHWM``: the highest RSS the process ever had (its whole life, not only the run)."""


@dataclass
class BenchReport:
    """Everything one run measured; :func:`format_report` prints it as tables."""

    run_id: str
    server: str
    store: str
    config: dict[str, Any]
    machine: str
    duration_s: float
    ops: dict[str, OpStats]
    errors: dict[str, int]
    floor: list[FloorStats]
    memory: MemoryReport | None
    idle: IdleReport | None
    replayed_events: int
    filler_turns: int
    notes: list[str] = field(default_factory=list)

    @property
    def echo_p95_ms(self) -> float | None:
        for f in self.floor:
            if f.name == "websocket echo" and f.error is None and f.p95_ms > 0:
                return f.p95_ms
        return None

    def p95_over_echo(self) -> dict[str, float]:
        """Each operation's p95 divided by the echo round trip's p95."""
        echo = self.echo_p95_ms
        if echo is None:
            return {}
        return {op: s.p95_ms / echo for op, s in self.ops.items() if s.count}

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data, with the derived figures included."""
        doc = asdict(self)
        doc["p95_over_echo"] = self.p95_over_echo()
        if self.idle is not None:
            doc["idle"]["kib_per_connection"] = self.idle.kib_per_connection
        return doc


# -- statistics -------------------------------------------------------------------------------
def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of already sorted samples (0 when there are none)."""
    if not sorted_ms:
        return 0.0
    rank = max(1, math.ceil(p / 100 * len(sorted_ms)))
    return sorted_ms[rank - 1]


def op_stats(samples: list[float]) -> OpStats:
    s = sorted(samples)
    return OpStats(
        count=len(s),
        p50_ms=percentile(s, 50),
        p95_ms=percentile(s, 95),
        p99_ms=percentile(s, 99),
        max_ms=s[-1] if s else 0.0,
    )


def out_of_range(prog: str, checks: Iterable[tuple[str, bool]]) -> bool:
    """Print one line on stderr naming every argument whose check failed (``(name, ok)``
    pairs); True when any did, and the command should exit 2."""
    bad = [name for name, ok in checks if not ok]
    if bad:
        print(f"{prog}: {', '.join(bad)} out of range", file=sys.stderr)
    return bool(bad)


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


# -- the printed report -----------------------------------------------------------------------
def _mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def _ops_table(report: BenchReport) -> list[str]:
    ratios = report.p95_over_echo()
    lines = [
        f"{'operation':<23}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}"
        f"{'max ms':>10}{'p95/echo':>10}"
    ]
    for op, s in report.ops.items():
        ratio = f"{ratios[op]:.0f}x" if op in ratios else "-"
        lines.append(
            f"{op:<23}{s.count:>7}{s.p50_ms:>10.2f}{s.p95_ms:>10.2f}{s.p99_ms:>10.2f}"
            f"{s.max_ms:>10.2f}{ratio:>10}"
        )
    return lines


def _floor_table(report: BenchReport) -> list[str]:
    lines = [f"{'floor (same machine, same run)':<33}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}"]
    for f in report.floor:
        if f.error is not None:
            lines.append(f"{f.name:<33}  failed: {f.error}")
        else:
            lines.append(f"{f.name:<33}{f.count:>7}{f.p50_ms:>10.3f}{f.p95_ms:>10.3f}")
    return lines


def _memory_lines(report: BenchReport) -> list[str]:
    m, idle = report.memory, report.idle
    lines = []
    if m is None:
        lines.append("server memory: not measured (see notes)")
    else:
        lines.append(f"server memory, read from {m.process}:")
        lines.append(
            f"  RSS before load {_mib(m.rss_before_kib)}, after load {_mib(m.rss_after_kib)}, "
            f"peak (VmHWM) {_mib(m.peak_kib)}"
        )
    if idle is not None:
        per = idle.kib_per_connection
        lines.append(
            f"idle connections: {idle.opened} of {idle.requested} open ({idle.failed} failed); "
            f"RSS {_mib(idle.rss_before_kib)} -> {_mib(idle.rss_after_kib)}; "
            + ("per connection n/a" if per is None else f"{per:.1f} KiB per idle connection")
        )
    if idle is not None and idle.heap_kib_per_connection is not None:
        lines.append(
            f"  Python heap kept per idle connection (tracemalloc, second round): "
            f"{idle.heap_kib_per_connection:.1f} KiB"
        )
    return lines


def failure_line(report: BenchReport) -> str | None:
    """One line naming every error answer by code and count, or None when there was none.
    A run with errors measured a different load (failed players stop early), so its figures
    must never pass for good ones: the bench prints this line and exits non-zero."""
    if not report.errors:
        return None
    total = sum(report.errors.values())
    codes = ", ".join(f"{code} {n}" for code, n in report.errors.items())
    answers = "error answer" if total == 1 else "error answers"
    return f"BENCH FAILED: {total} {answers} ({codes}); these figures are not valid"


def format_report(report: BenchReport) -> str:
    """The report as a readable text table (latencies in ms; nearest-rank percentiles); a
    failed run (:func:`failure_line`) says so first and last."""
    c = report.config
    errors = ", ".join(f"{code} {n}" for code, n in report.errors.items()) or "none"
    failed = failure_line(report)
    head = [
        *([failed, ""] if failed else []),
        f"TTA bench run {report.run_id}: store {report.store}, server {report.server}",
        f"{c['clients']} clients, {c['turns']} turns every {c['turn_interval_s']:g} s, "
        f"resume replays {c['resume_events']} events, {c['idle_connections']} idle connections",
        f"phases run one after another; within each, requests start spread over "
        f"{c['spread_s']:g} s (turns: over each interval)",
        f"machine: {report.machine}; wall time {report.duration_s:.1f} s",
        "",
    ]
    tail = [
        f"errors: {errors}",
        f"events replayed on resume: {report.replayed_events}; "
        f"untimed filler turns: {report.filler_turns}",
        "",
        *_floor_table(report),
        "",
        *_memory_lines(report),
    ]
    notes = ["", "notes:", *(f"- {n}" for n in report.notes)] if report.notes else []
    end = ["", failed] if failed else []
    return "\n".join([*head, *_ops_table(report), "", *tail, *notes, *end])
