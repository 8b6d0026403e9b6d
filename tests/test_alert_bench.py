"""``tta_bench.alerts``: a small run delivers every alert to both consoles and leaves no
account behind (checked for structure, never for speed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import NEO4J_URI, REDIS_URL, open_clean_store, settings_for
from tta_bench import alerts as alert_bench
from tta_server.settings import StoreKind
from tta_server.store import make_store


async def test_a_small_run_reaches_both_consoles_and_cleans_up(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TTA_REDIS_URL", REDIS_URL)
    monkeypatch.setenv("TTA_NEO4J_URI", NEO4J_URI)
    monkeypatch.setenv("TTA_ARGON2_TIME_COST", "1")
    monkeypatch.setenv("TTA_ARGON2_MEMORY_KIB", "8192")
    monkeypatch.setenv("TTA_GC_FREEZE_ON_START", "false")
    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path)
    await (await open_clean_store(settings)).close()
    delays = await alert_bench.run(players=4, spread_s=0.1)
    assert len(delays) == 8 and all(d > 0 for d in delays)
    store = make_store(settings)
    await store.open()
    try:
        assert await store.list_accounts() == []  # players and facilitators deleted again
        assert await store.list_alerts(None, 10) == []
    finally:
        await store.close()
