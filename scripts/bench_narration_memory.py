"""What the narrator's memory (``tta_server/narrative/told.py``) costs: the default narrator
composing the same scenes with and without it, and the size of the state it is saved in.

Plays both walkthroughs of ``tests/pipeline/walkthroughs.py`` plus 30 plain or refused turns
each through :class:`tta_server.game.Game` (no server, no store), keeping every scene, then
composes all of them again ``--rounds`` times with their memory and with an empty one. Usage::

    python scripts/bench_narration_memory.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.narrative.scenes import MARA, world  # noqa: E402
from tests.pipeline.walkthroughs import WALKTHROUGHS  # noqa: E402
from tta_server.game import Game  # noqa: E402
from tta_server.narrative.base import Scene  # noqa: E402
from tta_server.narrative.default import DefaultNarrator  # noqa: E402
from tta_server.world_catalogue import record_of  # noqa: E402


class _Keeping(DefaultNarrator):
    """The default narrator, keeping every scene it is given."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []

    async def narrate(self, scene: Scene) -> list[str]:
        self.scenes.append(scene)
        return self.compose(scene)


async def _play() -> tuple[list[Scene], list[int]]:
    narrator = _Keeping()
    sizes: list[int] = []
    for world_id, walk in WALKTHROUGHS.items():
        w = world(world_id.replace("-", "_"))
        game = Game({w.id: w}, {w.id: record_of(w).version}, narrator)
        live, _, _ = await game.opening(w, MARA)
        for i, text in enumerate([*walk, *["look", "xyzzy"] * 15]):
            result = await game.turn(live, text, f"t{i}")
            Game.commit(live, result, text)
            sizes.append(len(json.dumps(live.state.model_dump(mode="json"))))
    return narrator.scenes, sizes


def _percentiles(label: str, scenes: list[Scene], rounds: int) -> None:
    narrator, times = DefaultNarrator(), []
    for _ in range(rounds):
        for scene in scenes:
            start = time.perf_counter()
            narrator.compose(scene)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
    print(f"{label:16} compose p50 {p50:.3f} ms  p95 {p95:.3f} ms  ({len(times)} scenes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    scenes, sizes = asyncio.run(_play())
    bare = [dataclasses.replace(s, told=()) for s in scenes]
    for _ in range(2):  # alternate, so the machine's drift falls on both
        _percentiles("with memory", scenes, args.rounds)
        _percentiles("without memory", bare, args.rounds)
    print(f"saved state: mean {sum(sizes) / len(sizes):.0f} bytes, max {max(sizes)} bytes")


if __name__ == "__main__":
    main()
