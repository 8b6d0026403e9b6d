"""The server's garbage-collector settings take effect at start-up (process-wide state,
restored after the test)."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.conftest import settings_for
from tta_server.app import App
from tta_server.settings import StoreKind


async def test_full_collections_are_spaced_as_configured(tmp_path: Path) -> None:
    before = gc.get_threshold()
    app = App(settings_for(StoreKind.EMBEDDED, tmp_path, port=0, gc_full_every=77))
    try:
        await app.start()
        assert gc.get_threshold() == (before[0], before[1], 77)
    finally:
        await app.shutdown()
        gc.set_threshold(*before)


async def test_zero_leaves_the_thresholds_alone(tmp_path: Path) -> None:
    before = gc.get_threshold()
    app = App(settings_for(StoreKind.EMBEDDED, tmp_path, port=0, gc_full_every=0))
    try:
        await app.start()
        assert gc.get_threshold() == before
    finally:
        await app.shutdown()
        gc.set_threshold(*before)
