"""Print the safety screen's figures on every set a tuning round is judged on, one line each.

* the newcomers' play corpora (``tests/pipeline/corpus/newcomers-*.jsonl``): what players typed,
  all ordinary play: how many inputs are flagged (concern or crisis) and how many called crisis,
  with each flagged text and its reasons (``--show``);
* the shipped worlds' prose (``scripts/world_prose.py``): flagged and crisis shares;
* each development set (``tests/safety/dev/*.jsonl``, ``eval_set``, ``eval_holdout``) and blind
  sets 1-6: crisis recall, crisis rated none, concern flagged, false crisis and any flag on none;
* with ``--cells``, instead: a table of every taxonomy cell by language over all those labelled
  sets together, the share of its messages rated right (crisis as crisis, concern as concern or
  crisis) and how many there are, ``*`` below 0.8.

Run from the checkout whose screen is measured::

    python scripts/safety_figures.py [--show | --cells]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tta_server.safety import Level, classify  # noqa: E402
from tta_server.safety.evaluate import load, measure  # noqa: E402

SAFETY = ROOT / "tests" / "safety"
CORPORA = sorted((ROOT / "tests" / "pipeline" / "corpus").glob("newcomers-*.jsonl"))
SETS = [
    *sorted((SAFETY / "dev").glob("*.jsonl")),
    SAFETY / "eval_set.jsonl",
    SAFETY / "eval_holdout.jsonl",
    *(SAFETY / f"blind{n}.jsonl" for n in (1, 2, 3, 4, 5, 6)),
]
LANGS = ("en", "es", "fr", "de", "pt", "it")


def play_texts(path: Path) -> list[str]:
    """What the players typed, one entry per input (repeats kept: each one was a turn)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def unlabelled(name: str, texts: list[str], show: bool) -> None:
    verdicts = [classify(t) for t in texts]
    flagged = [(t, v) for t, v in zip(texts, verdicts, strict=True) if v.level is not Level.NONE]
    crisis = sum(v.level is Level.CRISIS for _, v in flagged)
    print(
        f"{name:<22} {len(texts):>5} inputs  flagged {len(flagged):>3} "
        f"({len(flagged) / len(texts):.3%})  crisis {crisis}"
    )
    if show:
        for text, v in flagged:
            print(f"    {v.level.value:<7} {text!r} {list(v.reasons)}")


def cells() -> None:
    """Recall per taxonomy cell and language over every labelled set (see the docstring)."""
    right: dict[tuple[str, str], list[int]] = {}
    for path in SETS:
        for row in load(path):
            if row.level == "none":
                continue
            got = classify(row.text).level.value
            ok = got == "crisis" if row.level == "crisis" else got != "none"
            tally = right.setdefault((row.cell or row.level, row.lang), [0, 0])
            tally[0] += ok
            tally[1] += 1
    print(f"{'cell':<22}" + "".join(f"{lang:>11}" for lang in LANGS))
    for cell in sorted({c for c, _ in right}):
        line = f"{cell:<22}"
        for lang in LANGS:
            ok, n = right.get((cell, lang), (0, 0))
            mark = "*" if n and ok / n < 0.8 else " "
            line += f"{f'{ok / n:.2f}/{n}{mark}' if n else '-':>11}"
        print(line)


def main(argv: list[str]) -> int:
    if "--cells" in argv:
        cells()
        return 0
    show = "--show" in argv
    for path in CORPORA:
        unlabelled(path.name, play_texts(path), show)
    done = subprocess.run(  # noqa: S603 (our own script, by path)
        [sys.executable, str(ROOT / "scripts" / "world_prose.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    prose = [json.loads(line)["text"] for line in done.stdout.splitlines() if line.strip()]
    unlabelled("worlds' prose", prose, show)
    print(
        f"{'set':<22} {'cri/con/none':>13} {'c.rec':>6} {'c=non':>5} {'con.fl':>6} "
        f"{'f.cri':>6} {'any.fl':>6}"
    )
    for path in SETS:
        t = measure(load(path)).total
        counts = "/".join(str(t.count(lv)) for lv in ("crisis", "concern", "none"))

        def f(v: float | None) -> str:
            return "   -  " if v is None else f"{v:6.3f}"

        print(
            f"{path.name:<22} {counts:>13} {f(t.crisis_recall)} {t.crisis_as_none:>5} "
            f"{f(t.concern_flagged)} {f(t.false_crisis)} {f(t.any_flag)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
