"""Replay a corpus of newcomers' play through the parser and engine, and say how much of it the
game did not understand.

A corpus (``tests/pipeline/corpus/newcomers-*.jsonl``) holds, one line per story input, what a
newcomer typed in a real play-through (``player``, ``story``, ``n``, ``world``, ``text``), what
they meant (``meant``, ``intent``, ``target``) and how they judged the game's answer at the time
(``result``: ``understood``, ``partly``, ``refused`` or ``misread``). The players never saw
the code; their judgement is the corpus's first score.

This script replays each story's inputs in order from the world's start with
:func:`tta_server.pipeline.play.play` (no server, no safety screen, no narrator). Standard
commands (``undo``, ``score``, ...: :mod:`tta_server.pipeline.meta`) count as understood. It
counts:

* ``not understood``: the parser found no usable action in the text (the game answers with
  suggestions);
* ``crashed``: the engine raised (a bug; the server answers ``internal_error``);
* ``intent differs``: the first action's intent is not the one the player meant, where the
  player named one of the game's intents (``other:VERB`` labels are compared with the verb).

The replay is an estimate: the state drifts from the real play-through where the game had
done something else then, and "misread" in finer ways (the right verb on the wrong thing) needs
the player's eye. Usage::

    python scripts/score_play_corpus.py tests/pipeline/corpus/newcomers-1.jsonl [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tta_server.data import worlds  # noqa: E402
from tta_server.pipeline import meta  # noqa: E402
from tta_server.pipeline.play import play  # noqa: E402
from tta_server.world import WorldState, load_world, new_state  # noqa: E402

FILES = {"lantern-coast": "lantern_coast.toml", "ember-library": "ember_library.toml"}


def score(path: Path, show: bool) -> dict[str, float]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    loaded = {w: load_world(worlds() / f) for w, f in FILES.items()}
    human = Counter(r["result"] for r in rows)
    found: Counter[str] = Counter()
    state_of: dict[tuple[int, int], WorldState] = {}
    for r in rows:
        world = loaded[r["world"]]
        key = (r["player"], r["story"])
        state = state_of.get(key) or new_state(world)
        if meta.recognise(r["text"], meta.world_verbs(world)) is not None:
            continue  # a standard command (undo, score, ...): answered before the parser
        try:
            played = play(world, state, r["text"])
        except Exception as exc:  # a crash is the worst misfire: count it, show it, go on
            found["crashed"] += 1
            print(f"! {r['text']!r} crashed: {type(exc).__name__}: {exc}")
            continue
        state_of[key] = played.state
        if not played.steps:
            found["not understood"] += 1
            if show:
                print(f"? {r['text']!r}  (meant: {r['meant']})")
            continue
        meant = r["intent"].removeprefix("other:")
        said = str(played.steps[0].action.intent)
        if meant and said != meant:
            found["intent differs"] += 1
            if show:
                print(f"~ {r['text']!r} -> {said} (meant {meant}: {r['meant']})")
    n = len(rows)
    return {
        "inputs": n,
        "players_misfire": (human["refused"] + human["misread"]) / n,
        "players_refused": human["refused"] / n,
        "players_misread": human["misread"] / n,
        "players_partly": human["partly"] / n,
        "replay_not_understood": found["not understood"] / n,
        "replay_intent_differs": found["intent differs"] / n,
        "replay_crashed": found["crashed"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--show", action="store_true", help="print each input not understood")
    args = ap.parse_args()
    for k, v in score(args.corpus, args.show).items():
        print(f"{k:24} {v:.3f}" if isinstance(v, float) else f"{k:24} {v}")


if __name__ == "__main__":
    main()
