"""Leave one writer out: the learned signals' estimate for a writer they never saw.

Issue 12, rounds 8 and 9 (docs/safety.md, "Round 8", "Round 9"). For each of blind sets 5 to 8
in turn (``HELD``), the n-gram model (``scripts/train_safety_model.py``'s ``train``) is trained
and the contextual index (``scripts/train_safety_contextual.py``'s ``train``) built on what their
scripts train on, with every message of the held-out set taken out: everything else the project
has. Thresholds come from the scripts' own cross-validation on that training data. (Blind set 8
is in neither training set: its line is the shipped signals on a writer they never saw.) The
held-out set is then scored by:

* ``screen``: ``classify`` (the rules and the n-gram model trained without the set);
* ``contextual alone``: the vote of the index built without the set;
* ``union``: the screen raised by the vote, as a turn does.

One line per variant with the bars' figures (crisis recall, crisis rated none, concern
flagged, false crisis on none, any flag on none). **The rules are not retrained**: rounds 6 and 7
wrote rules for blind sets 5 and 6's misses, so their ``screen`` lines flatter; blind sets 7 and
8's (never tuned on) and the ``contextual alone`` lines are the honest ones.

``--only blind7`` scores one set; ``--cache FILE`` keeps the embeddings (per text) between runs;
``--misses`` lists the union's misses of each set.

Run: PYTHONPATH=. .venv/bin/python scripts/safety_holdout.py --cache /tmp/ctx.npz
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_scripts import script  # noqa: E402  (scripts/ is on sys.path)

from tta_server.safety import learned  # noqa: E402
from tta_server.safety.classifier import classify  # noqa: E402
from tta_server.safety.contextual import ContextualSignal, Encoder, Index  # noqa: E402
from tta_server.safety.evaluate import Labelled, Measurement, load, measure, report  # noqa: E402

HELD = ("blind5", "blind6", "blind7", "blind8")
SAFETY = ROOT / "tests" / "safety"


def without(rows: list[Labelled], held: list[Labelled]) -> list[Labelled]:
    """``rows`` without ``held``'s texts."""
    out = {r.text for r in held}
    return [r for r in rows if r.text not in out]


def line(name: str, m: Measurement) -> str:
    t = m.total

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    return (
        f"  {name:<18} crisis recall {f(t.crisis_recall)}, as none {t.crisis_as_none:>3}, "
        f"concern flagged {f(t.concern_flagged)}, false crisis {f(t.false_crisis)}, "
        f"any flag {f(t.any_flag)}"
    )


def main(argv: list[str]) -> int:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    model_script = script("train_safety_model")
    index_script = script("train_safety_contextual")
    eval_script = script("eval_safety_contextual")
    encoder = Encoder()
    for name in HELD:
        if only and name != only:
            continue
        started = time.perf_counter()
        held = load(SAFETY / f"{name}.jsonl")
        model_rows = without(model_script.corpus(), held)
        rows = without(index_script.corpus(), held)
        print(f"{name} held out: index of {len(rows)} messages, scored on {len(held)}")
        data, model_report = model_script.train(model_rows)
        print("  model: " + model_report.replace("\n", "\n  model: "))
        model = learned.Model.from_dict(data)
        learned.load = lambda m=model: m  # type: ignore[misc]  # classify reads learned.load()
        arrays, index_report = index_script.train(cache, rows)
        print("  index: " + index_report.replace("\n", "\n  index: "))
        signal = ContextualSignal(encoder, Index.from_npz(arrays))
        texts = [r.text for r in held]
        vectors = index_script.embed(texts, cache)
        scores = {t: signal.index.score(v) for t, v in zip(texts, vectors, strict=True)}
        base = {t: classify(t) for t in texts}
        for variant, screen in eval_script.variants(signal, base, scores).items():
            if variant == "union, concern at most":
                continue
            m = measure(held, screen)
            print(line(variant, m))
            if "--misses" in argv and variant == "union":
                print(report(f"{name}: union", m, misses=True, cells=False))
        print(f"  ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
