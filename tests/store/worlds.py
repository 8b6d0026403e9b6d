"""A world imported into a store, for store tests that need sessions."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from tests.world.tiny import TINY
from tta_server.store.base import StateWrite, Store
from tta_server.world import World, load_world, new_state
from tta_server.world_catalogue import graph_of, record_of


@cache
def tiny_world(text: str = TINY) -> World:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tiny.toml"
        path.write_text(text, encoding="utf-8")
        return load_world(path)


async def imported(store: Store, world: World | None = None) -> World:
    """Import the tiny world (or another) and return it."""
    world = world or tiny_world()
    await store.import_world(record_of(world), graph_of(world))
    return world


def start(world: World | None = None) -> StateWrite:
    """The state a new session of the world starts from."""
    world = world or tiny_world()
    return StateWrite(new_state(world).model_dump(mode="json"), 0, record_of(world).version)
