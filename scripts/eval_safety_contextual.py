"""Score labelled sets with the shipped screen, the contextual signal alone, and the two together.

Research prototype (issue 12, docs/safety-contextual.md). For each FILE (labelled JSON lines, as
``tta-admin safety eval`` reads them) prints ``tta_server.safety.evaluate.report`` tables, per
language, for:

* ``screen``: ``classify`` as shipped (rules and the n-gram model);
* ``contextual alone``: the contextual signal's own level (``ContextualSignal.level``);
* ``union``: the screen raised by the contextual signal (``ContextualSignal.raise_verdict``);
* ``union, concern at most``: the same, but the contextual signal may raise to concern only
  (a wiring that never holds a story on the new signal alone).

Messages are embedded in batches of 32 on one thread. Add ``--misses`` to list every miss of the
union.

Run: .venv/bin/python scripts/eval_safety_contextual.py FILE... [--misses]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tta_server.safety import classify  # noqa: E402
from tta_server.safety.contextual import ContextualSignal  # noqa: E402
from tta_server.safety.evaluate import load, measure, report  # noqa: E402
from tta_server.safety.learned import Scores  # noqa: E402
from tta_server.safety.model import LEVEL_RANK, Assessment, Level  # noqa: E402


def variants(
    signal: ContextualSignal, base: dict[str, Assessment], scores: dict[str, Scores]
) -> dict[str, Callable[[str], Assessment]]:
    """The four screens compared, as look-ups of the precomputed verdicts and scores."""

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
    }


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__)
        return 2
    signal = ContextualSignal()
    for path in files:
        rows = load(path)
        texts = [r.text for r in rows]
        embeddings = [
            e for i in range(0, len(texts), 32) for e in signal.encoder.embed(texts[i : i + 32])
        ]
        scores = {t: signal.index.score(e) for t, e in zip(texts, embeddings, strict=True)}
        base = {t: classify(t) for t in texts}
        for name, screen in variants(signal, base, scores).items():
            m = measure(rows, screen)
            misses = "--misses" in argv and name == "union"
            print(report(f"{path.name}: {name}", m, misses=misses, cells=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
