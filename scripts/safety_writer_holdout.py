"""Leave one writer out for the n-gram model retrained on every set written since (round 25).

Issue 12, docs/safety.md "Round 25". For each held-out blind set N (``--held``, blind sets
20-24 by default) and each variant (``--variants``), the n-gram model is trained
(``scripts/train_safety_model.py``'s ``train_scored``: its thresholds from its own
cross-validation and the prose budget, never from the held-out set) and the set is scored:

* ``shipped``: the shipped model as it is (round 25: trained on none of blind sets 8-24 nor
  rounds 6-24; since round 26 its crisis head is trained on blind sets 8-23 and every round, so
  for blind sets 20-23 this line is a fit, not a held-out figure);
* ``A``: the model's corpus and the development rounds written before blind set N was first
  scored (``roundK.jsonl`` for K <= N: round N is written while blind set N is being written;
  later rounds were written after its misses were counted);
* ``B``: A and blind sets 8 to N-1 (tuned on since their first scores: development data);
* ``C``: B and round 25's ordinary polite in-game talk (``dev/round25.jsonl``, written for
  this round from the worlds, never from play), with thresholds re-derived: a flag budget of
  4 % (not 5 %) and no crisis at all on the worlds' prose snapshot (``PROSE_CRISIS_BUDGET`` 0,
  not 1 %).

Every held-out message's text is taken out of the training rows (another writer may have
written the same words). The rules are not retrained (rounds 23 and 24 were written for the
classes of blind sets 21-23's misses, so the ``screen`` lines of those sets flatter a little, the
same for every variant). Per variant and set, aggregate figures only (no text is printed):

* ``screen``: ``classify`` with the variant's model (rules and the model);
* ``served``: the screen raised as a turn raises it (``ContextualSignal.raised``, the shipped
  index; its agreement pair was chosen on the shipped model's scores, so for a retrained model
  this line is an estimate);
* the worlds' prose through the screen (``scripts/world_prose.py``: flagged, crisis), and the
  newcomers' play corpora (``tests/pipeline/corpus``, never trained on: flagged and held over
  all corpora, and newcomers-23's concerns from the model alone).

Blind set 24 is only ever a judge here: it is in no variant's training rows for any held set.

``--cache FILE`` keeps the shipped index's scores of the held-out sets between runs (a JSON
file keyed by the index's version and a digest of each text: no text is stored).

Run: .venv/bin/python scripts/safety_writer_holdout.py [--held blind21,blind24] \
        [--variants shipped,B] [--cache /tmp/votes28.json]
"""

from __future__ import annotations

import hashlib
import json
import os
import re
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
from tta_server.safety.contextual import ContextualSignal  # noqa: E402
from tta_server.safety.evaluate import Labelled, Measurement, load, measure  # noqa: E402
from tta_server.safety.learned import Scores  # noqa: E402
from tta_server.safety.model import Category, Level  # noqa: E402

SAFETY = ROOT / "tests" / "safety"
CORPORA = sorted((ROOT / "tests" / "pipeline" / "corpus").glob("newcomers-*.jsonl"))
HELD = ("blind20", "blind21", "blind22", "blind23", "blind24")
JUDGE_ONLY = "blind24"
"""Never in any training rows here: the newest scored writer, a judge only."""
VARIANTS = ("shipped", "A", "B", "C")
IN_GAME = SAFETY / "dev" / "round25.jsonl"


def round_number(path: Path) -> int:
    match = re.fullmatch(r"round(\d+)b?", path.stem)
    assert match, path
    return int(match.group(1))


def rounds_before(n: int) -> list[Path]:
    """The development rounds the model leaves out that were written before blind set ``n``'s
    first score (round ``n`` included; round 25's in-game talk only in variant C)."""
    held_out = script("train_safety_model").HELD_OUT
    paths = [SAFETY / "dev" / name for name in sorted(held_out)]
    return sorted((p for p in paths if round_number(p) <= n), key=round_number)


def blind_before(n: int) -> list[Path]:
    return [SAFETY / f"blind{k}.jsonl" for k in range(8, n)]


def rows_for(variant: str, n: int, held: list[Labelled]) -> list[Labelled] | None:
    """The variant's training rows for held-out blind set ``n`` (None: the shipped model)."""
    if variant == "shipped":
        return None
    paths = rounds_before(n) + (blind_before(n) if variant in ("B", "C") else [])
    if variant == "C":
        paths.append(IN_GAME)
    assert all(JUDGE_ONLY not in p.stem for p in paths)
    rows: list[Labelled] = script("train_safety_model").corpus()
    seen = {r.text for r in rows}
    for path in paths:
        for row in load(path):
            if row.text not in seen:
                seen.add(row.text)
                rows.append(row)
    out = {r.text for r in held}
    return [r for r in rows if r.text not in out]


def figures(m: Measurement) -> str:
    t = m.total

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    return (
        f"recall {f(t.crisis_recall)}, as none {t.crisis_as_none:>3}, concern "
        f"{f(t.concern_flagged)}, false crisis {f(t.false_crisis)}, any flag {f(t.any_flag)}"
    )


def corpus_texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def world_prose() -> list[str]:
    """The strings ``scripts/world_prose.py`` prints (the worlds' prose, not the guide's)."""
    texts: list[str] = script("world_prose").prose()
    return texts


def side_figures(prose: list[str]) -> str:
    """The worlds' prose and the play corpora through the screen (the current model)."""
    verdicts = [classify(t) for t in prose]
    p_flag = sum(v.level is not Level.NONE for v in verdicts)
    p_crisis = sum(v.level is Level.CRISIS for v in verdicts)
    flagged = held = model_only_23 = 0
    for path in CORPORA:
        for text in corpus_texts(path):
            v = classify(text)
            flagged += v.level is not Level.NONE
            held += v.level is Level.CRISIS
            if path.name == "newcomers-23.jsonl" and v.level is Level.CONCERN:
                model_only_23 += all(r.startswith("model:") for r in v.reasons)
    return (
        f"prose flagged {p_flag}/{len(prose)} crisis {p_crisis}; play corpora flagged "
        f"{flagged}, held {held}; newcomers-23 model-only concerns {model_only_23}"
    )


def votes(signal: ContextualSignal, texts: list[str], cache: Path | None) -> dict[str, Scores]:
    """The shipped index's scores for ``texts``; with ``cache``, kept in a JSON file keyed by
    the index's version and a digest of each text (no text is stored)."""

    def key(text: str) -> str:
        return hashlib.sha256(json.dumps([signal.index.version, text]).encode()).hexdigest()

    stored: dict[str, list[object]] = {}
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
    missing = [t for t in texts if key(t) not in stored]
    for text, s in zip(missing, signal.scores(missing), strict=True):
        stored[key(text)] = [s.flag, s.crisis, None if s.category is None else s.category.value]
    if cache is not None and missing:
        cache.write_text(json.dumps(stored), encoding="utf-8")
    out = {}
    for text in texts:
        flag, crisis, category = stored[key(text)]
        assert isinstance(flag, float) and isinstance(crisis, float)
        out[text] = Scores(flag, crisis, None if category is None else Category(category))
    return out


def main(argv: list[str]) -> int:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    held_names = argv[argv.index("--held") + 1].split(",") if "--held" in argv else list(HELD)
    variants = (
        argv[argv.index("--variants") + 1].split(",") if "--variants" in argv else list(VARIANTS)
    )
    model_script = script("train_safety_model")
    prose = world_prose()
    signal = ContextualSignal()
    shipped = learned.load()
    budgets = model_script.FLAG_BUDGET, model_script.PROSE_CRISIS_BUDGET
    for name in held_names:
        n = int(name.removeprefix("blind"))
        held = load(SAFETY / f"{name}.jsonl")
        texts = [r.text for r in held]
        scores = votes(signal, texts, cache)
        print(f"{name} held out ({len(held)} messages)", flush=True)
        for variant in variants:
            started = time.perf_counter()
            rows = rows_for(variant, n, held)
            if rows is None:
                model = shipped
                note = "shipped model"
            else:
                if variant == "C":
                    model_script.FLAG_BUDGET, model_script.PROSE_CRISIS_BUDGET = 0.04, 0.0
                data, report, _f, _c = model_script.train_scored(rows)
                model_script.FLAG_BUDGET, model_script.PROSE_CRISIS_BUDGET = budgets
                model = learned.Model.from_dict(data)
                note = f"{len(rows)} rows; " + report.splitlines()[1]
            learned.load = lambda m=model: m  # type: ignore[misc]  # classify reads learned.load()
            base = {t: classify(t) for t in texts}
            screen = measure(held, base.__getitem__)
            served = measure(held, lambda t, b=base, s=scores: signal.raised(t, b[t], s[t]))
            print(f"  {variant:<8} {note}")
            print(f"  {variant:<8} screen  {figures(screen)}")
            print(f"  {variant:<8} served  {figures(served)}")
            print(f"  {variant:<8} {side_figures(prose)}")
            print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
            learned.load = lambda m=shipped: m  # type: ignore[misc]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
