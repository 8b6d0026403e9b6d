"""Leave one writer out: the learned signals' estimate for a writer they never saw.

Issue 12, rounds 8, 9 and 14 (docs/safety.md, "Round 8", "Round 9", "Round 14"). For each of
``HELD`` (blind sets 10, 11 and 12 since round 14; ``--held blind5,blind7`` for others) in turn,
the n-gram model (``scripts/train_safety_model.py``'s ``train_scored``) is trained and the
contextual index (``scripts/train_safety_contextual.py``'s ``train_scored``) built on what their
scripts train on (``--plan today``) or on that and every set they leave out today
(``--plan all``: ``EVERY_WRITER``, blind sets 8-12 and rounds 6, 7, 10-13), with every message
of the held-out set taken out. Thresholds come from the scripts' own cross-validation on that
training data, the two signals' agreement (crisis when both are moderately sure) included:
chosen on the out-of-fold scores of the training rows, never on the held-out set. The held-out
set is then scored by:

* ``screen``: ``classify`` (the rules and the n-gram model trained without the set);
* ``contextual alone``: the vote of the index built without the set;
* ``union``: the screen raised by the vote alone, as a turn did before round 14;
* ``union + agree``: the screen raised by ``ContextualSignal.raised``, as a turn does now (the
  vote, and crisis when the two signals agree);
* ``+ concern agree``: that, and concern when both flag scores agree (research only).

One line per variant with the bars' figures (crisis recall, crisis rated none, concern
flagged, false crisis on none, any flag on none). **The rules are not retrained**: rounds 12
and 13 wrote rules for the classes of blind sets 11 and 12's misses (texts unread), so their
``screen`` lines flatter a little; the ``contextual alone`` lines are the honest ones. Blind
sets 13-17 (``NEVER``) are never trained on, held out or scored here, nor is round 13b's set
(written after blind 13's misses were quoted).

``--cache FILE`` keeps the embeddings (per text) between runs; ``--misses`` lists the misses
of ``union + agree``.

Run: PYTHONPATH=. .venv/bin/python scripts/safety_holdout.py --cache /tmp/ctx.npz [--plan all]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import ModuleType

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from safety_scripts import script  # noqa: E402  (scripts/ is on sys.path)

from tta_server.safety import learned  # noqa: E402
from tta_server.safety.classifier import MODEL_MIN_LETTERS, classify  # noqa: E402
from tta_server.safety.contextual import WEAKENED, ContextualSignal, Encoder, Index  # noqa: E402
from tta_server.safety.evaluate import Labelled, Measurement, load, measure, report  # noqa: E402
from tta_server.safety.learned import Scores  # noqa: E402
from tta_server.safety.model import Assessment, Level  # noqa: E402
from tta_server.safety.normalisation import normalise  # noqa: E402

HELD = ("blind10", "blind11", "blind12")
"""Round 14's writers (``--held blind5,blind7`` picks others). Blind sets 13-16 are never
held out, trained on or scored here: they are the lead's measurement."""
SAFETY = ROOT / "tests" / "safety"
NEVER = (
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "round13b",
)
"""Never in any training set here: the lead's blind sets, and round 13b's set (written after
blind set 13's misses were quoted: it would flatter blind 13)."""

EVERY_WRITER = [
    *(SAFETY / "dev" / f"round{n}.jsonl" for n in (6, 7, 10, 11, 12, 13)),
    *(SAFETY / f"blind{n}.jsonl" for n in (8, 9, 10, 11, 12)),
]
"""``--plan all`` (round 14, "train on every writer"): the sets the scripts leave out today."""

AGREE_FLAG_BUDGET = 0.01  # share of ordinary training messages a concern agreement may flag


def without(rows: list[Labelled], held: list[Labelled]) -> list[Labelled]:
    """``rows`` without ``held``'s texts."""
    out = {r.text for r in held}
    return [r for r in rows if r.text not in out]


def with_files(rows: list[Labelled], paths: list[Path]) -> list[Labelled]:
    """``rows`` then the messages of ``paths`` not already in them (a text keeps its first
    label)."""
    seen = {r.text for r in rows}
    out = list(rows)
    for path in paths:
        assert not any(n in path.stem for n in NEVER), path
        for row in load(path):
            if row.text not in seen:
                seen.add(row.text)
                out.append(row)
    return out


def line(name: str, m: Measurement) -> str:
    t = m.total

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    return (
        f"  {name:<18} crisis recall {f(t.crisis_recall)}, as none {t.crisis_as_none:>3}, "
        f"concern flagged {f(t.concern_flagged)}, false crisis {f(t.false_crisis)}, "
        f"any flag {f(t.any_flag)}"
    )


def agree_flag(
    index_script: ModuleType,
    model_rows: list[Labelled],
    model_oof: np.ndarray,
    model_at: float,
    rows: list[Labelled],
    vote_oof: np.ndarray,
    vote_at: float,
) -> tuple[tuple[float, float] | None, str]:
    """Concern when both agree (research only, not shipped): ``agreement`` on the flag scores
    (the model's flag probability, the vote's larger share)."""
    at = {r.text: i for i, r in enumerate(rows)}
    keep = [i for i, r in enumerate(model_rows) if r.text in at]
    both = [model_rows[i] for i in keep]
    levels = np.array([r.level for r in both])
    may = np.array([index_script.eligible(r.text)[0] for r in both], dtype=bool)
    result: tuple[tuple[float, float] | None, str] = index_script.agreement(
        levels != "none",
        levels == "none",
        may,
        (model_oof[keep], model_at),
        (vote_oof[[at[r.text] for r in both]], vote_at),
        AGREE_FLAG_BUDGET,
    )
    return result


def flag_agreed(
    text: str, verdict: Assessment, model: learned.Model, scores: Scores, at: tuple[float, float]
) -> Assessment:
    """``verdict`` raised to concern when both flag scores reach ``at`` (see :func:`agree_flag`)."""
    if verdict.level is not Level.NONE or not eligible_flag(text):
        return verdict
    if any(r.startswith(WEAKENED) for r in verdict.reasons):
        return verdict
    m = model.score(normalise(text))
    if m.flag >= at[0] and max(scores.flag, scores.crisis) >= at[1]:
        return Assessment(Level.CONCERN, m.category, (*verdict.reasons, "agree:concern"))
    return verdict


def eligible_flag(text: str) -> bool:
    return sum(c.isalpha() for c in normalise(text)) >= MODEL_MIN_LETTERS


def main(argv: list[str]) -> int:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    held_names = argv[argv.index("--held") + 1].split(",") if "--held" in argv else list(HELD)
    plan = argv[argv.index("--plan") + 1] if "--plan" in argv else "today"
    assert not any(n in NEVER for n in held_names), "blind sets 13 and 14 are never scored here"
    model_script = script("train_safety_model")
    index_script = script("train_safety_contextual")
    eval_script = script("eval_safety_contextual")
    encoder = Encoder()
    for name in held_names:
        started = time.perf_counter()
        held = load(SAFETY / f"{name}.jsonl")
        model_rows, rows = model_script.corpus(), index_script.corpus()
        if plan == "all":
            model_rows, rows = with_files(model_rows, EVERY_WRITER), with_files(rows, EVERY_WRITER)
        model_rows, rows = without(model_rows, held), without(rows, held)
        print(f"{name} held out, plan {plan}: model on {len(model_rows)}, index of {len(rows)}")
        data, model_report, mf, mc = model_script.train_scored(model_rows)
        print("  model: " + model_report.replace("\n", "\n  model: "))
        model = learned.Model.from_dict(data)
        learned.load = lambda m=model: m  # type: ignore[misc]  # classify reads learned.load()
        arrays, index_report, vf, vc = index_script.train_scored(
            cache, rows, (model_rows, mc, model.crisis_at)
        )
        print("  index: " + index_report.replace("\n", "\n  index: "))
        index = Index.from_npz(arrays)
        signal = ContextualSignal(encoder, index)
        flag_at, flag_report = agree_flag(
            index_script,
            model_rows,
            mf,
            model.flag_at,
            rows,
            np.maximum(vf, vc),
            index.flag_at,
        )
        print("  concern when both agree (not shipped): " + flag_report)
        texts = [r.text for r in held]
        vectors = index_script.embed(texts, cache)
        scores = {t: signal.index.score(v) for t, v in zip(texts, vectors, strict=True)}
        base = {t: classify(t) for t in texts}
        # Messages read whole: the windows of long messages (round 33) are not voted here.
        screens = eval_script.variants(signal, base, scores, {t: () for t in texts})
        raised = {t: screens["union + agree"](t) for t in texts}
        if flag_at is not None:
            both = {t: flag_agreed(t, raised[t], model, scores[t], flag_at) for t in texts}
            screens["+ concern agree"] = both.__getitem__
        for variant, screen in screens.items():
            if variant == "union, concern at most":
                continue
            m = measure(held, screen)
            print(line(variant, m))
            if "--misses" in argv and variant == "union + agree":
                print(report(f"{name}: union + agree", m, misses=True, cells=False))
        print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
