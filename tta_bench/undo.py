"""What the undo moments cost a turn, in one process, without a store or a network.

Run ``python -m tta_bench.undo [--rounds N]``: plays a fixed route through Lantern Coast N times
with the built-in narrator, once with ``undo_depth`` 0 and once with 10 (alternating, twice
each), timing each turn as the server does its CPU part: :meth:`Game.turn`, the Neo4j
``$state`` parameter (:func:`~tta_server.store.neo4j_worlds.state_params`) and
:meth:`Game.commit`. Prints p50 / p95 per depth and the largest ``$state`` (state JSON plus
undo moments) a save sends; then the undo work alone: making a moment
(:meth:`Game.with_undo`) and joining ten for a save; and what recognising a standard command
(:func:`tta_server.pipeline.meta.recognise`) adds to each message.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from tta_bench.report import percentile
from tta_server import data
from tta_server.game import Game, Live
from tta_server.narrative.base import Persona
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline import meta
from tta_server.store.base import undo_json
from tta_server.store.neo4j_worlds import state_params
from tta_server.world import World, load_world, new_state
from tta_server.world_catalogue import record_of

ROUTE = (
    "go inside",
    "ask Rue what's happened to the lighthouse",
    "ask rue for help",
    "leave",
    "ring the fog bell",
    "e",
    "talk to pip",
    "look at the slate",
    "rewrite it",
    "w",
    "climb the stairs",
    "pick up the blanket",
    "go down",
    "head west",
    "listen",
    "take the moon",
    "look around",
)
"""Moves, interactions, a refusal and looks, as a player types them."""


def _world() -> World:
    return load_world(data.worlds() / "lantern_coast.toml")


async def _turns(world: World, depth: int, rounds: int) -> tuple[list[float], int]:
    version = record_of(world).version
    game = Game({world.id: world}, {world.id: version}, DefaultNarrator(), undo_depth=depth)
    samples: list[float] = []
    largest = 0
    for _ in range(rounds):
        live = Live(world, version, new_state(world), 1, Persona(name="Bench"))
        for i, text in enumerate(ROUTE):
            started = time.perf_counter()
            result = await game.turn(live, text, f"t{i}")
            if result.write is not None:
                params = state_params(result.write)
                largest = max(largest, len(params["json"]) + len(params["undo"]))
            Game.commit(live, result, text)
            samples.append((time.perf_counter() - started) * 1000)
    return sorted(samples), largest


async def _main(rounds: int) -> None:
    world = _world()
    for depth in (0, 10, 0, 10):
        samples, largest = await _turns(world, depth, rounds)
        print(
            f"undo_depth {depth:2}: turn p50 {percentile(samples, 50):.3f} ms, "
            f"p95 {percentile(samples, 95):.3f} ms; largest $state {largest} bytes"
        )
    version = record_of(world).version
    game = Game({world.id: world}, {world.id: version}, DefaultNarrator(), undo_depth=10)
    live = Live(world, version, new_state(world), 1, Persona(name="Bench"))
    for i, text in enumerate(ROUTE):
        Game.commit(live, await game.turn(live, text, f"t{i}"), text)
    n = 2000
    started = time.perf_counter()
    for _ in range(n):
        moments = game.with_undo(live, "go north")
    made = time.perf_counter()
    for _ in range(n):
        undo_json(moments)
    joined = time.perf_counter()
    print(
        f"a moment made: {(made - started) / n * 1000:.3f} ms; ten joined for a save: "
        f"{(joined - made) / n * 1000:.4f} ms ({len(undo_json(moments))} bytes)"
    )
    texts = [*ROUTE, "undo", "save bridge", "score", "oops lantern"] * 500
    started = time.perf_counter()
    for text in texts:
        meta.recognise(text)
    per = (time.perf_counter() - started) / len(texts) * 1e6
    print(f"meta.recognise: {per:.2f} us per message")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tta_bench.undo", description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(_main(args.rounds))


if __name__ == "__main__":
    main()
