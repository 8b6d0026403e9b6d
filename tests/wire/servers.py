"""Servers for wire tests that need staff accounts: two on one redis-neo4j store (so what
crosses between them goes through Redis), or one on the embedded store (a single process)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from tests.conftest import NO_FLOOD_LIMITS, open_clean_store, settings_for
from tta_server.accounts import Accounts
from tta_server.app import App
from tta_server.settings import StoreKind
from tta_server.store.base import Role

PW = "correct horse battery"


@asynccontextmanager
async def staffed_servers(
    kind: StoreKind, tmp_path: Path, staff: Mapping[str, Role], **extra: object
) -> AsyncIterator[list[App]]:
    """Started servers on a wiped store holding the ``staff`` accounts (password :data:`PW`)."""
    settings = settings_for(kind, tmp_path, port=0, **{**NO_FLOOD_LIMITS, **extra})
    store = await open_clean_store(settings)
    for name, role in staff.items():
        await Accounts(store, settings).register(name, PW, role)
    await store.close()
    async with AsyncExitStack() as stack:
        apps = []
        for _ in range(2 if kind is StoreKind.REDIS_NEO4J else 1):
            app = App(settings)
            await app.start()
            stack.push_async_callback(app.shutdown)
            apps.append(app)
        yield apps


def url(app: App) -> str:
    return f"ws://127.0.0.1:{app.port}"


@asynccontextmanager
async def serving(kind: StoreKind, tmp_path: Path, **extra: object) -> AsyncIterator[str]:
    """One started server on a wiped store, with the default limits unless ``extra`` changes
    them; yields its URL."""
    settings = settings_for(kind, tmp_path, port=0, shutdown_grace_s=2, **extra)
    store = await open_clean_store(settings)
    await store.close()
    app = App(settings)
    await app.start()
    try:
        yield url(app)
    finally:
        await app.shutdown()
