"""Dump the player screen's verdict on every message it is known to meet, to diff engine changes.

One JSON line per message: ``text``, ``level``, ``category``, ``reasons`` and the normalised
variants (``normalised``). The messages: the labelled sets (``tests/safety/dev/*.jsonl``, both
blind sets, ``eval_set``, ``eval_holdout``), the shipped worlds' prose (``world_prose.py``),
every string constant in ``tests/safety/test_*.py``, each rule's example, the bench's inputs and
its 2,000-character messages, and long messages (400 to 2,000 characters) glued together from
all of these with sentence marks, commas, spaces or line breaks between them, so that the long
message path (``classifier.SPAN_CHARS``) meets rules far apart and near each other.

An engine change that is meant to be invisible must leave the dump byte for byte the same::

    .venv/bin/python scripts/safety_verdicts.py > /tmp/before.jsonl
    # change the engine
    .venv/bin/python scripts/safety_verdicts.py > /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl

``--summary`` prints only the count of messages and a hash of the dump.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import hashlib
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAFETY_TESTS = ROOT / "tests" / "safety"
LABELLED = (
    *sorted((SAFETY_TESTS / "dev").glob("*.jsonl")),
    SAFETY_TESTS / "blind1.jsonl",
    SAFETY_TESTS / "blind2.jsonl",
    SAFETY_TESTS / "eval_set.jsonl",
    SAFETY_TESTS / "eval_holdout.jsonl",
)
SEPARATORS = (". ", ", ", " ", "\n", "! ", " and ")


def _jsonl_texts(lines: list[str]) -> list[str]:
    return [json.loads(line)["text"] for line in lines if line.strip()]


def base_messages() -> list[str]:
    from tta_server.admin.safety import BENCH_SAMPLE, LONG_PLAY, _long_messages
    from tta_server.safety.lang import RULES

    texts: list[str] = []
    for path in LABELLED:
        texts += _jsonl_texts(path.read_text(encoding="utf-8").splitlines())
    sys.path.insert(0, str(ROOT / "scripts"))
    import world_prose

    prose = io.StringIO()
    with contextlib.redirect_stdout(prose):
        world_prose.main()
    texts += _jsonl_texts(prose.getvalue().splitlines())
    for path in sorted(SAFETY_TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
    texts += [rule.example for rule in RULES]
    texts += BENCH_SAMPLE
    short = tuple(t for t in BENCH_SAMPLE if len(t) < 300)
    texts += _long_messages(LONG_PLAY) + _long_messages(short)
    return list(dict.fromkeys(texts))


def long_messages(base: list[str], count: int) -> list[str]:
    """``count`` messages of 400 to 2,000 characters glued from ``base`` (seeded, repeatable)."""
    rng = random.Random(20261202)  # noqa: S311 (repeatable text, not secrets)
    pool = [t for t in base if t.strip() and len(t) < 400]
    out: list[str] = []
    for _ in range(count):
        size = rng.choice((400, 700, 1000, 1500, 2000))
        separator = rng.choice(SEPARATORS)
        parts: list[str] = []
        length = 0
        while length < size:
            part = rng.choice(pool)
            parts.append(part)
            length += len(part) + len(separator)
        out.append(separator.join(parts)[:size])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--long", type=int, default=1500, help="glued long messages (1500)")
    parser.add_argument("--summary", action="store_true", help="count and hash only")
    args = parser.parse_args()

    from tta_server.safety import classify
    from tta_server.safety.normalisation import coerce, text_variants

    base = base_messages()
    messages = base + long_messages(base, args.long)
    digest = hashlib.sha256()
    for text in messages:
        verdict = classify(text).to_dict()
        row = {"text": text, **verdict, "normalised": text_variants(coerce(text))}
        line = json.dumps(row)  # ASCII: some test strings hold lone surrogates
        digest.update(line.encode() + b"\n")
        if not args.summary:
            print(line)
    if args.summary:
        print(f"{len(messages)} messages, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
