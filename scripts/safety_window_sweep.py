"""Served figures of labelled sets for several thresholds of the contextual vote's windows.

Round 33 (docs/safety.md) chose ``contextual.WINDOW_CRISIS_AT`` with this: each FILE's
messages are screened (``classify``), voted on whole and, for messages over 30 words, sentence
by sentence (``ContextualSignal.voted_windows``), once; then, for each threshold, joined as a
turn joins them (``ContextualSignal.raised``) and the figures printed (the ``all`` line of
``evaluate.report``: counts only, never a message). A threshold above 1 turns the windows off.

Usage (from the repository root; a few minutes a set of 700 long messages)::

    python scripts/safety_window_sweep.py tests/safety/blind31.jsonl --at 0.9,0.94,0.98,1.01
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tta_server.safety import contextual  # noqa: E402
from tta_server.safety.classifier import classify  # noqa: E402
from tta_server.safety.evaluate import load, measure, report  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--at", default="0.9,0.92,0.94,0.96,1.01", help="thresholds, commas")
    args = parser.parse_args(argv)
    thresholds = [float(x) for x in args.at.split(",")]
    signal = contextual.signal()
    shipped = contextual.WINDOW_CRISIS_AT
    for path in args.files:
        rows = load(path)
        texts = [r.text for r in rows]
        scores = dict(zip(texts, signal.scores(texts), strict=True))
        voted = dict(zip(texts, signal.voted_windows(texts), strict=True))
        base = {t: classify(t) for t in texts}
        print(f"=== {path.name} (shipped threshold {shipped})")
        for at in thresholds:
            contextual.WINDOW_CRISIS_AT = at
            m = measure(
                rows, lambda t, b=base, s=scores, v=voted: signal.raised(t, b[t], s[t], v[t])
            )
            lines = report(path.name, m, cells=False).splitlines()
            if at == thresholds[0]:
                print(f"{'':>8}" + lines[1])
            print(f"{at:>8}" + lines[2])
        contextual.WINDOW_CRISIS_AT = shipped
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
