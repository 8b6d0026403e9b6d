"""Shared fixtures: every store backend, against real services.

The redis-neo4j backend uses the Redis and Neo4j started by ``scripts/services.sh`` (ports from
``TTA_TEST_REDIS_PORT`` / ``TTA_TEST_NEO4J_PORT``, defaults 6390 / 7697). When they are not
running the tests fail with a message saying how to start them: they are never skipped.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tta_server.settings import Settings, StoreKind, load_settings
from tta_server.store import make_store
from tta_server.store.base import Store

REDIS_PORT = int(os.environ.get("TTA_TEST_REDIS_PORT", "6390"))
NEO4J_PORT = int(os.environ.get("TTA_TEST_NEO4J_PORT", "7697"))
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"
NEO4J_URI = f"bolt://127.0.0.1:{NEO4J_PORT}"

STORE_KINDS = [StoreKind.EMBEDDED, StoreKind.REDIS_NEO4J]

NO_FLOOD_LIMITS: dict[str, object] = {
    "rate_limit_messages": 0,
    "flood_close_messages": 0,
    "connect_rate_per_address": 0,
}
"""For tests that drive a server hard from one address on purpose (long stories, many players):
the per-connection limit, the flood guard and the per-address connection rate off. The limits
themselves are tested with their defaults (tests/wire/test_floods.py, test_protocol_errors.py)."""


def settings_for(kind: StoreKind, data_dir: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "store": kind,
        "data_dir": data_dir,
        "redis_url": REDIS_URL,
        "neo4j_uri": NEO4J_URI,
        "argon2_time_cost": 1,
        "argon2_memory_kib": 8 * 1024,
        "gc_freeze_on_start": False,  # hundreds of servers start in one test process
        "gc_full_every": 0,  # ... and leave the collector's thresholds as Python set them
        "warm_up_on_start": False,  # tested on its own (tests/wire/test_warm_up.py)
        "safety_contextual": False,  # tested on its own (tests/wire/test_safety_contextual.py)
    }
    return load_settings(**{**values, **extra})


async def open_clean_store(settings: Settings) -> Store:
    store = make_store(settings)
    try:
        await store.open()
    except Exception as exc:
        raise RuntimeError(
            f"the {settings.store} store could not open ({type(exc).__name__}: {exc}); "
            "start the services with: bash scripts/services.sh start"
        ) from exc
    await store.wipe()
    return store


@pytest.fixture(params=STORE_KINDS, ids=lambda k: str(k))
def store_kind(request: pytest.FixtureRequest) -> StoreKind:
    kind: StoreKind = request.param
    return kind


@pytest.fixture
async def store(store_kind: StoreKind, tmp_path: Path) -> AsyncIterator[Store]:
    s = await open_clean_store(settings_for(store_kind, tmp_path))
    yield s
    await s.close()


@pytest.fixture
async def server(store_kind: StoreKind, tmp_path: Path) -> AsyncIterator[str]:
    """A running server (in this process) on a free port; yields its ws:// URL."""
    from tta_server.app import App

    settings = settings_for(store_kind, tmp_path, port=0, shutdown_grace_s=2)
    store = await open_clean_store(settings)
    await store.close()
    app = App(settings)
    await app.start()
    yield f"ws://127.0.0.1:{app.port}"
    await app.shutdown()


def free_port() -> int:
    """A TCP port nothing listens on right now (for services a test starts itself)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def wait_for_port(port: int, within_s: float = 20.0) -> None:
    """Wait until something accepts TCP connections on 127.0.0.1:port."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if loop.time() > deadline:
                raise TimeoutError(f"nothing listens on port {port}") from None
            await asyncio.sleep(0.05)
            continue
        writer.close()
        await writer.wait_closed()
        return
