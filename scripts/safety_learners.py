"""Compare learners on the contextual encoder's embeddings, one writer left out at a time.

Issue 12, round 8 (docs/safety-contextual.md, "Round 8"). For each of blind sets 5, 6 and 7
(``safety_holdout.HELD``) the learner is fitted on everything else (the same training data as
``scripts/safety_holdout.py``), its thresholds set by 5-fold cross-validation on that data at
the index's budgets (``train_safety_contextual.FLAG_BUDGET``, ``CRISIS_BUDGET``), and the
held-out set is scored by the learner alone (no rules): crisis recall, crisis rated none,
concern flagged, false crisis and any flag on ordinary messages, and the share of the worlds'
prose it flags. Learners: the shipped vote (``knn:K:TEMPERATURE``), a logistic head (``logreg:C``)
and a one-hidden-layer MLP (``mlp:UNITS``).

Run: PYTHONPATH=. .venv/bin/python scripts/safety_learners.py --cache /tmp/ctx.npz [LEARNER...]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.neural_network import MLPClassifier

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_scripts import script  # noqa: E402  (scripts/ is on sys.path)

from tta_server.safety.evaluate import load  # noqa: E402
from tta_server.safety.model import CATEGORY_PRIORITY  # noqa: E402

SAFETY = ROOT / "tests" / "safety"
GATE = 0.875  # the shipped index's min_similarity: the vote abstains below it
DEFAULT = ["knn:20:0.02", "knn:10:0.02", "knn:40:0.03", "logreg:1", "logreg:10", "mlp:256"]


def fit_predict(
    learner: str,
    x: np.ndarray,
    flagged: np.ndarray,
    crisis: np.ndarray,
    test: np.ndarray,
    index_script: ModuleType,
    cats: np.ndarray,
    gate: float,
) -> tuple[np.ndarray, np.ndarray]:
    """(flag, crisis) scores of the ``test`` embeddings by ``learner`` fitted on ``x``."""
    kind, *args = learner.split(":")
    if kind == "knn":
        k, temperature = int(args[0]), float(args[1])
        index_script.K, index_script.TEMPERATURE = k, temperature
        both = np.vstack([x, test])
        labels = type("L", (), {})()
        labels.flagged, labels.crisis, labels.category = flagged, crisis, cats
        cat_list = list(CATEGORY_PRIORITY)
        return index_script.scores_of(
            both, labels, np.arange(len(x)), len(x) + np.arange(len(test)), cat_list, gate
        )
    out = []
    for y in (flagged, crisis):
        if kind == "logreg":
            model = LogisticRegression(C=float(args[0]), class_weight="balanced", max_iter=2000)
        else:
            model = MLPClassifier(
                hidden_layer_sizes=(int(args[0]),),
                alpha=1e-3,
                early_stopping=True,
                random_state=0,
                max_iter=200,
            )
        out.append(model.fit(x, y).predict_proba(test)[:, 1])
    return out[0], out[1]


def main(argv: list[str]) -> int:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    learners = [a for a in argv if ":" in a and not a.startswith("/")] or DEFAULT
    holdout = script("safety_holdout")
    index_script = script("train_safety_contextual")
    prose = index_script.world_prose()
    prose_x = index_script.embed(prose, cache)
    cat_names = [c.value for c in CATEGORY_PRIORITY]
    for learner in learners:
        print(learner)
        for name in holdout.HELD:
            held = load(SAFETY / f"{name}.jsonl")
            rows = holdout.without(index_script.corpus(), held)
            x = index_script.embed([r.text for r in rows], cache)
            hx = index_script.embed([r.text for r in held], cache)
            levels = np.array([r.level for r in rows])
            flagged, crisis = levels != "none", levels == "crisis"
            cats = np.array([cat_names.index(r.category) if r.category else -1 for r in rows])
            gate = GATE if learner.startswith("knn") else 0.0
            fp = np.empty(len(rows))
            cp = np.empty(len(rows))
            folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
            for tr, te in folds.split(np.zeros(len(rows)), levels):
                fp[te], cp[te] = fit_predict(
                    learner, x[tr], flagged[tr], crisis[tr], x[te], index_script, cats[tr], gate
                )
            none = levels == "none"
            flag_at = index_script.threshold(np.maximum(fp, cp)[none], index_script.FLAG_BUDGET)
            crisis_at = index_script.threshold(cp[none], index_script.CRISIS_BUDGET)
            hf, hc = fit_predict(learner, x, flagged, crisis, hx, index_script, cats, gate)
            pf, pc = fit_predict(learner, x, flagged, crisis, prose_x, index_script, cats, gate)
            hl = np.array([r.level for r in held])
            said = np.where(hc >= crisis_at, 2, np.where(np.maximum(hf, hc) >= flag_at, 1, 0))
            c, m, n = hl == "crisis", hl == "concern", hl == "none"
            print(
                f"  {name}: crisis recall {(said[c] == 2).mean():.3f}, as none "
                f"{int((said[c] == 0).sum())}, concern flagged {(said[m] > 0).mean():.3f}, "
                f"false crisis {(said[n] == 2).mean():.3f}, any flag {(said[n] > 0).mean():.3f}; "
                f"prose flagged {(np.maximum(pf, pc) >= flag_at).mean():.3f}, crisis "
                f"{(pc >= crisis_at).mean():.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
