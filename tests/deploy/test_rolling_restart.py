"""A rolling restart behind the proxy loses and doubles nothing: players keep playing through
nginx (the recipe, :mod:`tests.deploy.stack`) over wss while each of the two ``tta-server``
processes is stopped with SIGTERM (drain: turns in flight finish, connections close with
1001), waited for and started again, one after the other. Every player is the terminal
client's own :class:`~tta_tui.net.Link`, which reconnects and resumes by itself.

Afterwards each player's story holds every event exactly once, in order (seqs 1..n), every
turn the player typed appears once, in the order typed, and each turn's narration ended; each
process exited 0 and at least one player had to reconnect.

:data:`PLAYERS` players (not the issue's 100: this machine's two cores are shared with the
rest of the suite and the stores)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deploy.stack import deployment
from tests.tui.test_link import Recorder, new_player
from tta_tui.net import Link, LinkState
from tta_tui.net.tls import use_ca_file

PLAYERS = 12
WORLD = "lantern-coast"
MOVES = ["look around", "go in", "out", "east", "west"]
NO_LIMITS = {
    "TTA_RATE_LIMIT_MESSAGES": "0",
    "TTA_FLOOD_CLOSE_MESSAGES": "0",
    "TTA_CONNECT_RATE_PER_ADDRESS": "0",
    "TTA_SHUTDOWN_GRACE_S": "5",
}
"""Every player comes through nginx from one address: no per-address limits in the way."""


@pytest.fixture(autouse=True)
def system_trust() -> Iterator[None]:
    use_ca_file(None)
    yield
    use_ca_file(None)


class Player:
    """One player: a Link, what it recorded, and the turns it typed."""

    def __init__(self, url: str, name: str) -> None:
        self.name = name
        self.rec = Recorder()
        self.link: Link = self.rec.link([url], request_timeout_s=30.0)
        self.typed: list[str] = []

    async def start(self) -> None:
        character_id = await new_player(self.link, self.name)
        await self.link.start_session(character_id, WORLD)
        await self.rec.until(self.rec.ended(None), within_s=60)

    async def play_until(self, done: asyncio.Event) -> None:
        """Play turns, one after another, until ``done`` is set (and at least two after)."""
        after = 0
        while after < 2:
            if done.is_set():
                after += 1
            turn = await self.link.turn(MOVES[len(self.typed) % len(MOVES)])
            self.typed.append(turn)
            await self.rec.until(self.rec.ended(turn), within_s=60)

    def check(self) -> None:
        events = self.rec.events
        assert self.rec.seqs() == list(range(1, len(events) + 1)), f"{self.name}: gap or double"
        inputs = [e["data"]["turn_id"] for e in events if e["type"] == "turn.input"]
        assert inputs == self.typed, f"{self.name}: turns lost, doubled or out of order"
        ends = [e["data"]["turn_id"] for e in events if e["type"] == "narrative.end"]
        assert ends == [None, *self.typed], f"{self.name}: a turn's narration did not end"

    def reconnected(self) -> bool:
        return LinkState.RECONNECTING.value in self.rec.states()


@pytest.mark.timeout(420)
async def test_a_rolling_restart_behind_nginx_loses_and_doubles_no_turn(tmp_path: Path) -> None:
    async with deployment(tmp_path, **NO_LIMITS) as stack:
        use_ca_file(stack.pki.ca)  # what `tta --ca-file` does
        players = [Player(stack.url, f"player{i}") for i in range(PLAYERS)]
        try:
            await asyncio.gather(*(p.start() for p in players))
            done = asyncio.Event()
            playing = asyncio.gather(*(p.play_until(done) for p in players))
            await asyncio.sleep(1)  # every player is in the middle of turns
            statuses = []
            for i in range(len(stack.ports)):
                statuses.append(await stack.restart_server(i))
                await asyncio.sleep(1)  # the restarted process takes players again
            done.set()
            await asyncio.wait_for(playing, 180)
        finally:
            await asyncio.gather(*(p.link.close() for p in players))
        assert statuses == [0, 0], "a process did not stop cleanly on SIGTERM"
        for player in players:
            player.check()
        assert any(p.reconnected() for p in players)
        assert sum(len(p.typed) for p in players) >= PLAYERS * 3
