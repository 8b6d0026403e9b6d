"""A rolling restart behind the proxy loses and doubles nothing: players keep playing through
the proxy (a recipe, :mod:`tests.deploy.stack`) over wss while each of the two ``tta-server``
processes is stopped with SIGTERM (drain: turns in flight finish, connections close with
1001), waited for and started again, one after the other. Every player is the terminal
client's own :class:`~tta_tui.net.Link`, which reconnects and resumes by itself.

Two runs: :data:`NGINX_PLAYERS` players through nginx, and the issue's 100 through HAProxy
(docs/deploy/haproxy/haproxy.cfg), where the next process is stopped only once HAProxy's
health check (/readyz) has the restarted one back in rotation.

Nothing here waits by the clock: the restarts begin once every player has played two turns,
and after each restart (the process ready again by /readyz, and for HAProxy back in rotation)
the next one waits until every player has finished another turn since just before that
process was stopped.

Afterwards, for each player, the store's event log of its story (read from redis-neo4j after
the run) is exactly what its client received: every event once, in order (seqs 1..n); every
turn the player typed appears in it once, in the order typed, and each turn's narration ended.
Each process exited 0 on SIGTERM, and every player reconnected (each was on one of them)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import settings_for
from tests.deploy.haproxy import haproxy_proxy, wait_in_rotation
from tests.deploy.stack import ProxySetup, Stack, deployment, nginx_proxy
from tests.tui.test_link import PW, Recorder
from tests.wire.client import character
from tta_server.settings import StoreKind
from tta_server.store import make_store
from tta_tui.net import Link, LinkState
from tta_tui.net.tls import use_ca_file

NGINX_PLAYERS = 12
HAPROXY_PLAYERS = 100
WORLD = "lantern-coast"
MOVES = ["look around", "go in", "out", "east", "west"]
NO_LIMITS = {
    "TTA_RATE_LIMIT_MESSAGES": "0",
    "TTA_FLOOD_CLOSE_MESSAGES": "0",
    "TTA_CONNECT_RATE_PER_ADDRESS": "0",
    "TTA_REGISTER_THROTTLE_PER_ADDRESS": "0",
    "TTA_SHUTDOWN_GRACE_S": "5",
}
"""Every player comes through the proxy from one address: no per-address limits in the way
(players log in with their device token, as the client does, so the login throttle is not)."""


@pytest.fixture(autouse=True)
def system_trust() -> Iterator[None]:
    use_ca_file(None)
    yield
    use_ca_file(None)


class Progress:
    """Turns finished by every player, and a way to wait for a number of them."""

    def __init__(self) -> None:
        self.changed = asyncio.Condition()
        self.players: list[Player] = []

    async def finished(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def until_each_played(self, counts: list[int], within_s: float = 120) -> None:
        """Return once each player ``i`` has finished more than ``counts[i]`` turns."""

        def done() -> bool:
            return all(len(p.typed) > n for p, n in zip(self.players, counts, strict=True))

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(done), within_s)

    def counts(self) -> list[int]:
        return [len(p.typed) for p in self.players]


class Player:
    """One player: a Link, what it recorded, and the turns it typed (once each has ended)."""

    def __init__(self, url: str, name: str, progress: Progress) -> None:
        self.name = name
        self.rec = Recorder()
        self.link: Link = self.rec.link([url], request_timeout_s=60.0)
        self.typed: list[str] = []
        self.progress = progress
        progress.players.append(self)

    async def start(self) -> None:
        """Register, log in with the device token (as the client does), a character, a story."""
        await self.link.connect()
        registered = await self.link.register(self.name, PW)
        await self.link.login(self.name, PW, registered.device)
        reply = await self.link.request("character.create", character=character())
        await self.link.start_session(reply["character"]["id"], WORLD)
        await self.rec.until(self.rec.ended(None), within_s=60)

    async def play_until(self, done: asyncio.Event) -> None:
        """Play turns, one after another, until ``done`` is set (and one more after)."""
        while True:
            last = done.is_set()
            turn = await self.link.turn(MOVES[len(self.typed) % len(MOVES)])
            await self.rec.until(self.rec.ended(turn), within_s=120)
            self.typed.append(turn)
            await self.progress.finished()
            if last:
                return

    def check(self, stored: list[tuple[int, str]]) -> None:
        events = self.rec.events
        assert self.rec.seqs() == list(range(1, len(events) + 1)), f"{self.name}: gap or double"
        assert [(e.seq, e.type) for e in events] == stored, (
            f"{self.name}: what the client received is not the story's event log"
        )
        inputs = [getattr(e.data, "turn_id", None) for e in events if e.type == "turn.input"]
        assert inputs == self.typed, f"{self.name}: turns lost, doubled or out of order"
        ends = [getattr(e.data, "turn_id", None) for e in events if e.type == "narrative.end"]
        assert ends == [None, *self.typed], f"{self.name}: a turn's narration did not end"

    def reconnected(self) -> bool:
        return LinkState.RECONNECTING.value in self.rec.states()


async def stored_events(tmp_path: Path, session_ids: list[str]) -> list[list[tuple[int, str]]]:
    """(seq, type) of every event of each session, from the store the processes used."""
    store = make_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    await store.open()
    try:
        return [
            [(e.seq, e.type) for e in await store.read_events(session_id, 0, 100_000)]
            for session_id in session_ids
        ]
    finally:
        await store.close()


async def roll(stack: Stack, progress: Progress, haproxy: bool) -> list[int]:
    """Restart each process in turn; the exit statuses."""
    statuses = []
    for i in range(len(stack.ports)):
        before = progress.counts()
        statuses.append(await stack.restart_server(i))
        if haproxy:
            await wait_in_rotation(stack, i)
        await progress.until_each_played(before)
    return statuses


@pytest.mark.timeout(420)
@pytest.mark.parametrize(
    ("proxy", "players"),
    [(nginx_proxy, NGINX_PLAYERS), (haproxy_proxy, HAPROXY_PLAYERS)],
    ids=["nginx", "haproxy"],
)
async def test_a_rolling_restart_behind_the_proxy_loses_and_doubles_no_turn(
    tmp_path: Path, proxy: ProxySetup, players: int
) -> None:
    async with deployment(tmp_path, proxy=proxy, **NO_LIMITS) as stack:
        use_ca_file(stack.pki.ca)  # what `tta --ca-file` does
        progress = Progress()
        players_ = [Player(stack.url, f"player{i}", progress) for i in range(players)]
        try:
            await asyncio.gather(*(p.start() for p in players_))
            done = asyncio.Event()
            playing = asyncio.gather(*(p.play_until(done) for p in players_))
            await progress.until_each_played([1] * players)  # everyone is mid-story
            statuses = await roll(stack, progress, haproxy=proxy is haproxy_proxy)
            done.set()
            await asyncio.wait_for(playing, 180)
        finally:
            await asyncio.gather(*(p.link.close() for p in players_))
        assert statuses == [0, 0], "a process did not stop cleanly on SIGTERM"
        sessions = [p.link.session_id for p in players_]
        assert None not in sessions
        logs = await stored_events(tmp_path, [s for s in sessions if s is not None])
        for player, log in zip(players_, logs, strict=True):
            player.check(log)
        # each player was on one of the processes, so each had to reconnect (and resume)
        assert [p.name for p in players_ if not p.reconnected()] == []
        assert sum(len(p.typed) for p in players_) >= players * 3
