"""The parser's tooling behind ``tta-admin parse``: JSON lines in and out, and a timing run.

Pure functions of text (no typer, no settings); :mod:`tta_server.admin.parse` is the command.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence

from tta_bench.report import percentile
from tta_server.pipeline.parser import ParsedIntent, Scope, parse
from tta_server.pipeline.scope_index import forget_scenes


def parse_jsonl(lines: Iterable[str], scope: Scope | None = None) -> Iterator[str]:
    """One JSON line per input line ``{"text": ...}``: the first intent and all of them.

    Output: ``{"intent", "target", "intents": [ParsedIntent.to_dict(), ...]}`` (intent and target
    null for blank text), or ``{"error": "line N: ..."}`` for a line that is not such an
    object. Blank lines are skipped. With ``scope``, names resolve against it. Never raises.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        text, problem = _read_line(line)
        if problem is not None:
            yield json.dumps({"error": f"line {number}: {problem}"}, ensure_ascii=False)
            continue
        yield json.dumps(intents_doc(parse(text, scope)), ensure_ascii=False)


def intents_doc(intents: Sequence[ParsedIntent]) -> dict[str, object]:
    """The answer of :func:`parse_jsonl` for some intents."""
    first = intents[0] if intents else None
    return {
        "intent": first.intent if first else None,
        "target": first.target if first else None,
        "intents": [i.to_dict() for i in intents],
    }


def _read_line(line: str) -> tuple[str, str | None]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        return "", f"not valid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return "", "not valid JSON (nested too deeply)"
    if not isinstance(doc, dict):
        return "", 'expected an object like {"text": "take the key"}'
    if "text" not in doc:
        return "", 'missing "text"'
    if not isinstance(doc["text"], str):
        return "", f'"text" must be a string, not {type(doc["text"]).__name__}'
    return doc["text"], None


def benchmark(
    texts: Iterable[str], scope: Scope | None = None, rounds: int = 3, *, cold: bool = False
) -> dict[str, float]:
    """Time ``parse`` on each text ``rounds`` times: count, p50, p95, max and mean in µs.
    ``cold``: the parser's kept scene indexes and typo answers are forgotten before each parse
    (each parse pays for a scene seen for the first time)."""
    samples: list[float] = []
    items = list(texts)
    for _ in range(max(1, rounds)):
        for text in items:
            if cold:
                forget_scenes()
            start = time.perf_counter_ns()
            parse(text, scope)
            samples.append((time.perf_counter_ns() - start) / 1000)
    if not samples:
        return {"count": 0, "p50_us": 0.0, "p95_us": 0.0, "max_us": 0.0, "mean_us": 0.0}
    samples.sort()
    return {
        "count": float(len(samples)),
        "p50_us": round(percentile(samples, 50), 1),
        "p95_us": round(percentile(samples, 95), 1),
        "max_us": round(samples[-1], 1),
        "mean_us": round(sum(samples) / len(samples), 1),
    }
