"""Role changes, disabling and deletion by ``tta-admin`` (another process) apply to open
connections at once, on every server process (issue 13, item 5), on both stores."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed

from tests.test_admin import ENV, TTA_ADMIN
from tests.wire.client import Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tta_server.app import App
from tta_server.settings import StoreKind
from tta_server.store.base import Role

WITHIN_S = 5.0
"""How long a change may take to reach a server (the embedded store's relay polls every
0.25 s; Redis pub/sub takes milliseconds)."""


async def tta_admin(kind: StoreKind, data_dir: Path, *args: str) -> str:
    """Run the real ``tta-admin`` in its own process against the servers' store."""
    proc = await asyncio.create_subprocess_exec(
        str(TTA_ADMIN),
        "--store",
        str(kind),
        "--data-dir",
        str(data_dir),
        *args,
        env={**os.environ, **ENV},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    return out.decode()


async def closed(c: Client) -> tuple[int, str]:
    with pytest.raises(ConnectionClosed) as info:
        while True:
            await asyncio.wait_for(c.ws.recv(), WITHIN_S)
    assert info.value.rcvd is not None
    return info.value.rcvd.code, info.value.rcvd.reason


async def until_refused(c: Client, kind: str) -> dict[str, object]:
    """Repeat a request until the server refuses it (or WITHIN_S passes)."""
    deadline = asyncio.get_running_loop().time() + WITHIN_S
    while True:
        reply = await c.request(kind)
        if reply["type"] == "error" or asyncio.get_running_loop().time() > deadline:
            return reply
        await asyncio.sleep(0.05)


async def test_a_facilitator_made_player_loses_the_console_at_once(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with staffed_servers(store_kind, tmp_path, {"fran": Role.FACILITATOR}) as apps:
        fran = await Client.open(url(apps[-1]))
        await fran.ok("login", username="fran", password=PW)
        await fran.ok("alerts.subscribe")
        await tta_admin(store_kind, tmp_path, "user", "role", "fran", "player")
        refused = await until_refused(fran, "alerts.list")
        assert refused["code"] == "forbidden", refused
        # and no more alerts reach the old console
        c = await player(url(apps[0]), "hana")
        made = await c.ok("character.create", character=character())
        started = await c.ok(
            "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
        )
        await c.wait_events(started["session"]["last_seq"])
        assert (await c.ok("turn", turn_id="t1", text="i want to end my life"))["safety"] == (
            "crisis"
        )
        assert (await fran.ok("ping"))["type"] == "ping.ok"
        assert not [d for d in fran.other if d["type"] == "safety.alert"]
        for client in (fran, c):
            await client.close()


@pytest.mark.parametrize(
    ("command", "reason"),
    [(("user", "disable", "ivan"), "disabled"), (("player", "delete", "ivan", "--yes"), "deleted")],
)
async def test_disabling_or_deleting_closes_open_connections_everywhere(
    store_kind: StoreKind, tmp_path: Path, command: tuple[str, ...], reason: str
) -> None:
    async with staffed_servers(store_kind, tmp_path, {}) as apps:
        first = await player(url(apps[0]), "ivan")
        second = await Client.open(url(apps[-1]))
        await second.ok("login", username="ivan", password="correct horse battery")
        await tta_admin(store_kind, tmp_path, *command)
        for c in (first, second):
            code, why = await closed(c)
            assert code == 4001 and reason in why
        assert not _account_connections(apps, "ivan")


def _account_connections(apps: list[App], username: str) -> list[object]:
    return [
        c
        for app in apps
        for c in app.hub.connections
        if c.account and c.account.username == username and not c.outbox.closed
    ]
