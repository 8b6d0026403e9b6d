"""Write tta_server/safety/words.py: the words of the six languages that segmentation knows.

Letters typed apart with single spaces ("n o b o d y w o u l d m i s s m e") or dotted word by
word ("i.w.a.n.t t.o d.i.e") reach the screen as one run of letters; ``segmenting`` splits such a
run into words of this list, preferring fewer and more common words. The list is every word
written at least twice in the labelled development corpus (tests/safety/dev/*.jsonl, six
languages, in-game talk included) or the shipped worlds' prose (scripts/world_prose.py), most
common first, plus the whole words of the rules' patterns. Messages that are themselves typed
apart are left out, so that no run glued by a writer's evasion becomes a "word".

It is a frozen snapshot, like tests/safety/training_prose.json: rebuild it deliberately with
``.venv/bin/python scripts/build_word_list.py`` and review the diff.
"""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tta_server" / "safety" / "words.py"
#: Three single letters or digits in a row, split by spaces or symbols: a message typed apart.
_TYPED_APART = re.compile(r"(?<![^\W_])[^\W_](?:[\W_]+[^\W_](?![^\W_])){2,}")
_WORD = re.compile(r"[a-z]+")
ONE_LETTER_WORDS = frozenset("aeiouy")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("'", "")


def texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "safety" / "dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    spec = importlib.util.spec_from_file_location("world_prose", ROOT / "scripts/world_prose.py")
    assert spec is not None and spec.loader is not None
    prose = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prose)
    for path in prose.WORLDS:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        data.pop("guide", None)
        out.extend(prose.strings(data))
    return list(dict.fromkeys(out))


def words() -> list[str]:
    counts: Counter[str] = Counter()
    for text in texts():
        folded = _fold(text)
        if _TYPED_APART.search(folded):
            continue
        counts.update(w for w in _WORD.findall(folded) if len(w) > 1 or w in ONE_LETTER_WORDS)
    common = [w for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2]
    from tta_server.safety.lang import RULES
    from tta_server.safety.spacing import rule_words

    known = set(common)
    extra = sorted(rule_words(tuple(r.pattern for r in RULES)) - known)
    return common + extra


def render(items: list[str]) -> str:
    lines, line = [], ""
    for word in items:
        if len(line) + len(word) + 1 > 99:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    body = "\n".join(lines)
    return (
        '"""Words segmentation knows, most common first: written by scripts/build_word_list.py.'
        '"""\n\n'
        f'WORDS = """\n{body}\n"""\n'
    )


def main() -> int:
    items = words()
    OUT.write_text(render(items), encoding="utf-8")
    print(f"{len(items)} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
