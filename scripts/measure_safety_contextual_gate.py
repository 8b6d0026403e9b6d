"""What the contextual safety step does to real play (issue 12): replays play corpora
(``tests/pipeline/corpus/newcomers-*.jsonl``: each story's inputs in order, in its world) through
the screen, the turn path's gates (``contextual_pool.gated``, ``contextual_step.plain_command``)
and, for the inputs that pass them, the contextual signal, and prints: how many inputs reach the
encoder, the CPU it spent on them (one thread), and the flags and crises of the screen alone and
of the union, with every text the signal raised. The world's state follows each story by
``pipeline.play`` (standard commands leave it as it was).

    .venv/bin/python scripts/measure_safety_contextual_gate.py [FILE.jsonl ...]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from tta_server.contextual_step import Reading, reading, reply_capped
from tta_server.pipeline import meta
from tta_server.pipeline.play import play
from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.contextual_pool import Gate, gated
from tta_server.settings import load_settings
from tta_server.world.state import WorldState, new_state
from tta_server.world_catalogue import load_worlds

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = sorted((ROOT / "tests/pipeline/corpus").glob("newcomers-*.jsonl"))


def main(files: list[Path]) -> None:
    worlds, _ = load_worlds(load_settings().worlds())
    contextual = signal()
    for path in files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        states: dict[tuple[object, object], WorldState] = {}
        why: Counter[str] = Counter()
        screen: Counter[str] = Counter()
        union: Counter[str] = Counter()
        raised: list[str] = []
        cpu_ms: list[float] = []
        for row in rows:
            text, world = str(row["text"]), worlds[row["world"]]
            key = (row.get("player"), row.get("story"))
            state = states.get(key) or new_state(world)
            base = classify(text)
            screen[base.level.value] += 1
            gate = gated(text, base)
            verbs, known = meta.world_verbs(world), meta.known_words(world)
            read = reading(world, state, text, verbs, known) if gate is None else None
            if read is Reading.COMMAND:
                gate = Gate.COMMAND
            verdict = base
            if gate is None:
                started = time.thread_time()
                verdict = contextual.raise_verdict(text, base)
                cpu_ms.append((time.thread_time() - started) * 1000)
                if read is Reading.REPLY and verdict.level is Level.CRISIS:
                    verdict = reply_capped(verdict, base)
                if verdict.level is not base.level:
                    raised.append(f"{base.level.value} -> {verdict.level.value}: {text!r}")
                    raised[-1] += f" ({verdict.reasons[-1]})"
            why[gate.value if gate else "encoder"] += 1
            union[verdict.level.value] += 1
            if meta.recognise(text, verbs) is None:
                states[key] = play(world, state, text).state
        n = len(rows)
        print(f"{path.relative_to(ROOT)}: {n} inputs")
        print(
            f"  reach the encoder: {why['encoder']} ({why['encoder'] / n:.1%}); gated: "
            + ", ".join(f"{g.value} {why[g.value]}" for g in Gate)
        )
        if cpu_ms:
            cpu_ms.sort()
            p95 = cpu_ms[min(len(cpu_ms) - 1, int(0.95 * len(cpu_ms)))]
            print(
                f"  encoder CPU per input reaching it: p50 {statistics.median(cpu_ms):.1f} ms, "
                f"p95 {p95:.1f} ms; per input overall {sum(cpu_ms) / n:.1f} ms"
            )
        for name, counts in (("screen alone", screen), ("screen + contextual", union)):
            flagged = counts["concern"] + counts["crisis"]
            print(
                f"  {name}: flagged {flagged} ({flagged / n:.1%}), crisis {counts['crisis']} "
                f"({counts['crisis'] / n:.1%})"
            )
        for line in raised:
            print("    raised", line)


if __name__ == "__main__":
    main([Path(a).resolve() for a in sys.argv[1:]] or DEFAULT)
