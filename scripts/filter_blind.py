"""Take the overlap out of a newly written blind set before its first score, reading no verdict.

``python scripts/filter_blind.py NEW.jsonl tests/safety/blindN.jsonl`` drops, in order:

1. messages equal to, or containing, an example quoted in the taxonomy (docs/safety.md above
   "## How the screen decides", the part a writer is given);
2. messages equal to any text already in ``tests/**/*.jsonl`` (earlier blind sets,
   development sets, play corpora; files named as OUT are left out, so a rerun gives the
   same): writers of one kind converge on the same short sentences, and a copy re-tests what
   was trained on.

Texts are compared normalised (case folded, accents and punctuation dropped, spaces collapsed).
Prints counts only, never a message, so running it shows nothing of the set.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTED = re.compile(r'"([^"\n]{3,200})"|“([^”\n]{3,200})”|«\s*([^»\n]{3,200})»')


def norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", bare))


def taxonomy_examples() -> set[str]:
    page = (ROOT / "docs" / "safety.md").read_text(encoding="utf-8")
    given = page.split("## How the screen decides", 1)[0]
    found = (norm(next(g for g in m.groups() if g)) for m in QUOTED.finditer(given))
    return {e for e in found if len(e.split()) >= 2}


def earlier_texts(leave_out: str) -> set[str]:
    """Every text in tests/**/*.jsonl but the files named ``leave_out`` (the set itself, once
    it is copied in)."""
    texts: set[str] = set()
    for path in (ROOT / "tests").rglob("*.jsonl"):
        if path.name == leave_out:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                texts.add(norm(row["text"]))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    examples, earlier = taxonomy_examples(), earlier_texts(args.out.name)
    rows = [json.loads(line) for line in args.new.read_text(encoding="utf-8").splitlines() if line]
    kept, quoted, copied = [], collections.Counter[str](), collections.Counter[str]()
    for row in rows:
        text = norm(row["text"])
        if text in examples or any(f" {e} " in f" {text} " for e in examples):
            quoted[row["level"]] += 1
        elif text in earlier:
            copied[row["level"]] += 1
        else:
            kept.append(row)
    args.out.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in kept), encoding="utf-8"
    )
    print(f"{len(rows)} in; taxonomy examples {sum(quoted.values())} {dict(quoted)};")
    print(f"earlier texts {sum(copied.values())} {dict(copied)}; kept {len(kept)}")
    print("kept by level", dict(collections.Counter(r["level"] for r in kept)))
    print("kept by language", dict(collections.Counter(r["lang"] for r in kept)))


if __name__ == "__main__":
    main()
