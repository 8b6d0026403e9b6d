"""Score labelled sets with the shipped screen, the contextual signal alone, and the two together.

Research prototype (issue 12, docs/safety-contextual.md). For each FILE (labelled JSON lines, as
``tta-admin safety eval`` reads them) prints ``tta_server.safety.evaluate.report`` tables, per
language, for:

* ``screen``: ``classify`` as shipped (rules and the n-gram model);
* ``contextual alone``: the contextual signal's own level (``ContextualSignal.level``);
* ``union``: the screen raised by the contextual signal (``ContextualSignal.raise_verdict``);
* ``union, concern at most``: the same, but the contextual signal may raise to concern only
  (a wiring that never holds a story on the new signal alone);
* ``union + agree``: the screen raised as a turn raises it since round 14
  (``ContextualSignal.raised``: the vote's own level, and crisis when the n-gram model and the
  vote agree, ``ContextualSignal.agrees``; since round 33 a long message's windows too,
  ``ContextualSignal.voted_windows``); ``union`` is the vote's own level alone.

Messages are scored as a turn scores them (``ContextualSignal.scores``: leetspeak spelt
in letters, round 16), embedded in batches of 32 on one thread. Add ``--misses`` to list every
miss of the union, ``--cells`` for the figures per taxonomy cell.

``--latency`` instead times the signal on each message of the FILEs one at a time (batch of 1,
one thread), as a turn would call it: wall and CPU p50 / p95 / max in milliseconds, by the
message's token count, plus the time and memory the encoder and index take to load, and the
CPU the windows of the long messages add (round 33: ``ContextualSignal.voted_windows``).

Run: .venv/bin/python scripts/eval_safety_contextual.py FILE... [--misses]
     .venv/bin/python scripts/eval_safety_contextual.py --latency FILE...
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # the vote's one matrix-vector product

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from tta_server.safety import classify  # noqa: E402
from tta_server.safety.contextual import ContextualSignal, windows  # noqa: E402
from tta_server.safety.evaluate import load, measure, report  # noqa: E402
from tta_server.safety.learned import Scores  # noqa: E402
from tta_server.safety.model import LEVEL_RANK, Assessment, Level  # noqa: E402


def variants(
    signal: ContextualSignal,
    base: dict[str, Assessment],
    scores: dict[str, Scores],
    voted: dict[str, tuple[tuple[str, Scores], ...]],
) -> dict[str, Callable[[str], Assessment]]:
    """The screens compared, as look-ups of the precomputed verdicts and scores (``voted``: each
    long message's windows with their scores, read by ``union + agree`` as a turn reads them)."""

    def alone(text: str) -> Assessment:
        s = scores[text]
        level = signal.level(text, s)
        return Assessment(level, s.category if level is not Level.NONE else None, ())

    def union(text: str, cap: Level = Level.CRISIS) -> Assessment:
        said = alone(text)
        if LEVEL_RANK[said.level] > LEVEL_RANK[cap]:
            said = Assessment(cap, said.category, ())
        return said if LEVEL_RANK[said.level] > LEVEL_RANK[base[text].level] else base[text]

    return {
        "screen": base.__getitem__,
        "contextual alone": alone,
        "union": union,
        "union, concern at most": lambda t: union(t, Level.CONCERN),
        "union + agree": lambda t: signal.raised(t, base[t], scores[t], voted[t]),
    }


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def latency(files: list[Path]) -> None:
    rss0 = _rss_mib()
    t0 = time.perf_counter()
    signal = ContextualSignal()
    loaded = time.perf_counter() - t0
    rss1 = _rss_mib()
    print(f"load: {loaded * 1000:.0f} ms (encoder and index), RSS {rss0:.0f} -> {rss1:.0f} MiB")
    texts = [r.text for path in files for r in load(path)]
    signal.score("warm up")
    rows: list[tuple[int, float, float, float]] = []
    for text in texts:
        w, c = time.perf_counter(), time.process_time()
        embedding = signal.encoder.embed([text])[0]
        w1 = time.perf_counter()
        signal.index.score(embedding)
        end_w, end_c = time.perf_counter(), time.process_time()
        tokens = signal.encoder.tokens(text)
        rows.append((tokens, (end_w - w) * 1000, (end_c - c) * 1000, (end_w - w1) * 1000))
    print(f"after {len(texts)} messages: RSS {_rss_mib():.0f} MiB")

    def line(name: str, sel: list[tuple[int, float, float, float]]) -> str:
        if not sel:
            return f"  {name}: none"
        wall = np.array([r[1] for r in sel])
        cpu = np.array([r[2] for r in sel])
        vote = np.array([r[3] for r in sel])
        p = np.percentile
        return (
            f"  {name:<16} n={len(sel):>4}  wall p50 {p(wall, 50):6.1f} p95 {p(wall, 95):6.1f} "
            f"max {wall.max():6.1f}  cpu p50 {p(cpu, 50):6.1f} p95 {p(cpu, 95):6.1f}  "
            f"vote p95 {p(vote, 95):.2f}"
        )

    print(line("all", rows))
    for lo, hi in ((0, 10), (10, 20), (20, 40), (40, 10_000)):
        print(line(f"{lo}-{hi} tokens", [r for r in rows if lo <= r[0] < hi]))
    # Round 33: the windows of a long message, voted on when the whole is not a crisis.
    extra: list[tuple[int, float]] = []
    for text in texts:
        if n := len(windows(text)):
            c = time.process_time()
            signal.voted_windows([text])
            extra.append((n, (time.process_time() - c) * 1000))
    if extra:
        cpu = np.array([e[1] for e in extra])
        p = np.percentile
        print(
            f"  windows of {len(extra)} long messages ({np.mean([e[0] for e in extra]):.1f} "
            f"each): cpu p50 {p(cpu, 50):6.1f} p95 {p(cpu, 95):6.1f} max {cpu.max():6.1f} ms"
        )


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__)
        return 2
    if "--latency" in argv:
        latency(files)
        return 0
    signal = ContextualSignal()
    for path in files:
        rows = load(path)
        texts = [r.text for r in rows]
        scores = dict(zip(texts, signal.scores(texts), strict=True))
        base = {t: classify(t) for t in texts}
        voted = dict(zip(texts, signal.voted_windows(texts), strict=True))
        for name, screen in variants(signal, base, scores, voted).items():
            m = measure(rows, screen)
            misses = "--misses" in argv and name == "union"
            cells = "--cells" in argv
            print(report(f"{path.name}: {name}", m, misses=misses, cells=cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
