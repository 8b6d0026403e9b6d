"""Floods cannot take the server from anyone else (issue 13, items 1 and 7), on both stores:
every frame counts against the limit (binary and WebSocket pings included), a sustained flood
is closed with 1008, requests are handled fairly, and connections that never log in are capped
and timed out."""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.wire.client import TIMEOUT, Client, character, player
from tests.wire.servers import serving
from tta_server.flood import READ_SLICE
from tta_server.settings import StoreKind


async def closed_with(c: Client) -> tuple[int, str]:
    """Read until the server closes; the close code and reason it sent."""
    with pytest.raises(ConnectionClosed) as info:
        while True:
            await c.ws.recv()
    assert info.value.rcvd is not None, "the server aborted instead of closing"
    return info.value.rcvd.code, info.value.rcvd.reason


async def refused(url: str) -> tuple[int, str]:
    """Connect, and return the close code and reason the server answers with (no hello)."""
    async with connect(url, open_timeout=TIMEOUT) as ws:
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(ws.recv(), TIMEOUT)
    assert info.value.rcvd is not None
    return info.value.rcvd.code, info.value.rcvd.reason


STARVED_S = 0.5
"""A turn p95 over this under flood means a player is being starved."""


async def until_admitted(url: str) -> Client:
    """Open a connection, trying again while the server still counts one that is closing
    (its side of a close ends a moment after the client's)."""
    deadline = asyncio.get_running_loop().time() + TIMEOUT
    while True:
        try:
            return await Client.open(url)
        except ConnectionClosed as exc:
            refused_now = exc.rcvd is not None and exc.rcvd.code == 1013
            if not refused_now or asyncio.get_running_loop().time() > deadline:
                raise
        await asyncio.sleep(0.05)


async def test_binary_frames_count_against_the_rate_limit(server: str) -> None:
    c = await Client.open(server)
    limit = c.hello["limits"]["rate_limit_messages"]
    for _ in range(limit):
        await c.send_raw(b"\x00")
    for _ in range(limit):
        assert (await c.recv())["code"] == "binary_not_supported"
    reply = await c.request("ping")
    assert reply["code"] == "rate_limited" and reply["retry_after"] > 0
    await c.close()


async def test_a_sustained_flood_is_closed_with_1008(server: str) -> None:
    c = await Client.open(server)
    for _ in range(500):
        await c.send_raw('{"type":"ping","id":"f"}')
    code, reason = await closed_with(c)
    assert code == 1008 and "too many" in reason


async def test_a_flood_of_websocket_pings_is_closed_too(server: str) -> None:
    c = await Client.open(server)
    for _ in range(500):
        await c.ws.ping()
    code, _ = await closed_with(c)
    assert code == 1008


async def test_a_burst_in_one_write_is_cut_off_within_a_slice(server: str) -> None:
    """20,000 WebSocket pings in one write: the guard sees them as they are parsed and closes
    the connection, so at most the bucket and one read slice are answered (before the fix the
    server parsed and answered every ping the socket had read, tens of thousands)."""
    host, port = server.removeprefix("ws://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    assert b" 101 " in await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), TIMEOUT)
    writer.write(b"\x89\x80\x00\x00\x00\x00" * 20_000)  # masked, empty pings
    got = b""
    while b"\x88" not in got[-200:] or b"too many" not in got:  # the 1008 close frame
        chunk = await asyncio.wait_for(reader.read(65536), TIMEOUT)
        assert chunk, "closed without a close frame"
        got += chunk
    pongs = got.count(b"\x8a\x00")
    print(f"pongs for 20,000 pings in one write: {pongs}")
    assert pongs <= 200 + READ_SLICE // 6
    writer.close()


async def test_connections_that_never_log_in_are_timed_out_and_capped(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(
        store_kind, tmp_path, login_deadline_s=0.5, max_anonymous_connections=3
    ) as url:
        idle = [await Client.open(url) for _ in range(3)]
        code, reason = await refused(url)  # the fourth
        assert code == 1013 and "busy" in reason
        for c in idle:
            code, reason = await closed_with(c)
            assert code == 1008 and "log in" in reason
        c = await player(url, "olga")  # logged in in time: stays
        assert (await c.ok("ping"))["type"] == "ping.ok"
        await c.close()


async def test_only_connections_not_logged_in_count_against_their_cap(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, max_anonymous_connections=3) as url:
        players = [await player(url, f"olga{i}") for i in range(4)]
        waiting = [await Client.open(url) for _ in range(3)]  # the logged-in do not count
        code, reason = await refused(url)
        assert code == 1013 and "busy" in reason
        await waiting[0].close()
        late = await until_admitted(url)  # its place is free again
        await players[0].ok("logout")  # anonymous again: it counts now
        code, reason = await refused(url)
        assert code == 1013 and "busy" in reason
        for one in (*players, *waiting[1:], late):
            await one.close()


async def test_too_many_connections_from_one_address_are_refused(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, max_connections_per_address=4) as url:
        open_ = [await Client.open(url) for _ in range(4)]
        code, reason = await refused(url)
        assert code == 1013 and "address" in reason
        await open_[0].close()
        late = await until_admitted(url)  # a freed place can be used again
        assert (await late.request("ping"))["type"] == "ping.ok"
        for c in (*open_[1:], late):
            await c.close()


@pytest.mark.parametrize("addresses", ["one address", "distinct addresses"])
async def test_a_player_keeps_playing_while_ten_connections_flood(
    store_kind: StoreKind, tmp_path: Path, addresses: str
) -> None:
    distinct = addresses == "distinct addresses"  # a botnet: per-address limits do not help
    proxy = {"trusted_proxies": ["127.0.0.1"]} if distinct else {}
    async with serving(store_kind, tmp_path, rate_limit_messages=0, **proxy) as url:
        c = await player(url, "pia")
        made = await c.ok("character.create", character=character())
        started = await c.ok(
            "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
        )
        await c.wait_events(started["session"]["last_seq"])
        flooders = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.wire.flooder",
            url,
            "10",
            *(["distinct"] if distinct else []),
            stdout=asyncio.subprocess.PIPE,
        )
        try:
            assert flooders.stdout is not None
            assert (await asyncio.wait_for(flooders.stdout.readline(), 30)) == b"ready\n"
            took = []
            for i in range(40):
                t0 = time.perf_counter()
                await c.turn("look around" if i % 2 else "go north")
                took.append(time.perf_counter() - t0)
        finally:
            flooders.kill()
            await flooders.wait()
        took.sort()
        p95 = took[int(len(took) * 0.95) - 1]
        print(
            f"turn under flood: median {statistics.median(took) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms ({store_kind}, flooders from {addresses})"
        )
        # Starvation is what this test fails on (before the fix, turns took seconds and timed
        # out). The 50 ms bar is a speed target: it is read from the printed figure and
        # recorded in docs/performance.md, not asserted here (it varies with the machine).
        assert p95 < STARVED_S, took
        await c.close()


async def test_reconnecting_fast_or_after_a_flood_meets_http_429(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, connect_rate_per_address=3) as url:
        first = [await Client.open(url) for _ in range(3)]
        with pytest.raises(InvalidStatus) as info:
            await Client.open(url)
        assert info.value.response.status_code == 429
        assert int(info.value.response.headers["Retry-After"]) >= 1
        for c in first:
            await c.close()
    async with serving(store_kind, tmp_path) as url:
        c = await Client.open(url)
        for _ in range(500):
            await c.send_raw('{"type":"ping","id":"f"}')
        assert (await closed_with(c))[0] == 1008
        with pytest.raises(InvalidStatus) as info:  # the address spent its allowance
            await Client.open(url)
        assert info.value.response.status_code == 429
