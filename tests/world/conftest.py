"""Fixtures for world tests: the tiny world, as a file and loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.world.tiny import TINY
from tta_server.world import World, load_world


@pytest.fixture
def tiny_path(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY, encoding="utf-8")
    return path


@pytest.fixture
def tiny(tiny_path: Path) -> World:
    return load_world(tiny_path)
