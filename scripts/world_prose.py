"""Print the shipped worlds' own prose as labelled ordinary messages (JSON lines on stdout).

Every string of four words or more in tta_server/data/worlds/*.toml (rooms, characters, items,
hints, endings; not the guide's safety lines), labelled ``none`` / ``none.fiction``: in-fiction
text a player may echo, quote or write like. Score the safety screen's false alarms on it with
``scripts/world_prose.py > /tmp/prose.jsonl && tta-admin safety eval /tmp/prose.jsonl``.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

WORLDS = sorted(
    (Path(__file__).resolve().parent.parent / "tta_server" / "data" / "worlds").glob("*.toml")
)


def strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [" ".join(value.split())] if isinstance(value, str) and len(value.split()) >= 4 else []


def prose() -> list[str]:
    """Every prose string of the shipped worlds once, in order (not the guide's lines)."""
    texts: list[str] = []
    for path in WORLDS:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        data.pop("guide", None)
        texts += strings(data)
    return list(dict.fromkeys(texts))


def main() -> int:
    for text in prose():
        row = {"text": text, "level": "none", "category": None, "cell": "none.fiction"}
        print(json.dumps({**row, "lang": "en"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
