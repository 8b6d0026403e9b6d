"""Time ``tta-admin backup`` and ``restore`` (their functions) on a store filled with SESSIONS
players, each with one session of EVENTS events (turns of two), and print the figures.

    TTA_REDIS_URL=... TTA_NEO4J_URI=... python scripts/time_backup.py embedded 200 100
    python scripts/time_backup.py redis-neo4j 200 100

It works in a new temporary folder; for redis-neo4j it WIPES the configured Neo4j database and
the Redis keys (use a test instance, as ``scripts/services.sh`` starts).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tta_server.settings import Settings, StoreKind, load_settings
from tta_server.store import make_store
from tta_server.store.backup import backup, restore
from tta_server.store.base import NewEvent, Role, StateWrite
from tta_server.world import load_world, new_state
from tta_server.world_catalogue import graph_of, record_of

WORLD = Path(__file__).resolve().parent.parent / "tta_server/data/worlds/lantern_coast.toml"


async def fill(settings: Settings, sessions: int, events: int) -> None:
    store = make_store(settings)
    await store.open()
    await store.wipe()
    world = load_world(WORLD)
    await store.import_world(record_of(world), graph_of(world))
    first = StateWrite(new_state(world).model_dump(mode="json"), 0, record_of(world).version)
    narration = "A quiet yard with a gate. " * 8
    try:
        for i in range(sessions):
            account = await store.create_account(f"p{i}", "h" * 90, Role.PLAYER)
            character = await store.create_character(
                account.id, "Ivy", {"name": "Ivy", "backstory": "x" * 200}, 5
            )
            session, _ = await store.create_session(
                account.id, character.id, world.id, [NewEvent("session.started", {})], first
            )
            for j in range(0, events - 1, 2):
                turn = [
                    NewEvent("turn.input", {"text": f"look {j}"}),
                    NewEvent("narration", {"text": narration}),
                ]
                await store.append_events(session.id, turn, turn_id=f"t{j}")
    finally:
        await store.close()


async def main(kind: StoreKind, sessions: int, events: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = load_settings(store=kind, data_dir=Path(tmp) / "source")
        started = time.perf_counter()
        await fill(source, sessions, events)
        print(f"{kind}: filled in {time.perf_counter() - started:.1f} s")
        archive = Path(tmp) / "backup.tar.gz"
        started = time.perf_counter()
        header = await backup(source, archive)
        took_backup = time.perf_counter() - started
        target = load_settings(store=kind, data_dir=Path(tmp) / "target")
        if kind is StoreKind.REDIS_NEO4J:  # the same database, emptied
            store = make_store(target)
            await store.open()
            await store.wipe()
            await store.close()
        started = time.perf_counter()
        await restore(target, archive, "the target")
        took_restore = time.perf_counter() - started
        print(
            f"{kind}: {sum(header.counts.values())} records ({header.counts}); backup "
            f"{took_backup:.2f} s, restore {took_restore:.2f} s; archive "
            f"{archive.stat().st_size / 1e6:.1f} MB, body {header.body_bytes / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    asyncio.run(main(StoreKind(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
