"""Bench players joined to a story: each registered, logged in, with a character made and a
story started in Lantern Coast, over its own :class:`~tta_server.protocol.client.ProtocolClient`
(the CPU-per-turn bench and the contextual step's bench play from there)."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

from tta_bench.alerts import _call, _open
from tta_server.protocol.client import ProtocolClient

WORLD = "lantern-coast"
BATCH = 20
"""Players joined at once: registering hashes a password, which is slow."""


async def join_story(url: str, username: str, character: dict[str, Any]) -> ProtocolClient:
    """One player, connected and playing a new story (raises on any refusal)."""
    ws = await _open(url)
    password = "bench-" + secrets.token_hex(8)
    await _call(ws, "register", username=username, password=password)
    await _call(ws, "login", username=username, password=password)
    made = (await _call(ws, "character.create", character=character))["character"]
    await _call(ws, "session.start", character_id=made["id"], world_id=WORLD)
    return ws


async def join_stories(
    url: str | list[str], prefix: str, players: int, character: dict[str, Any]
) -> list[ProtocolClient]:
    """``players`` players named ``prefix`` + a random tag + their index, :data:`BATCH` at a
    time, in index order; with several URLs player ``i`` joins on ``url[i % len(url)]``."""
    urls = [url] if isinstance(url, str) else url
    tag = secrets.token_hex(3)
    joined: list[ProtocolClient] = []
    for first in range(0, players, BATCH):
        batch = range(first, min(players, first + BATCH))
        joined += await asyncio.gather(
            *(join_story(urls[i % len(urls)], f"{prefix}{tag}{i}", character) for i in batch)
        )
    return joined
