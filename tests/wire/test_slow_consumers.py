"""Clients that stop reading cannot hold anyone else up (issue 13, item 2), on both stores.

A "stuck" client here is a real WebSocket client that logs in and then never reads again: its
receive buffer is a few KiB and it holds at most one frame, so once some frames are sent to it
the server's writes to it cannot complete. The server side's send buffer is shrunk to a few KiB
too, as a slow or dead network link would leave it, so a few hundred KiB of notices fill
everything (instead of the megabytes loopback buffers hold).
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

from websockets.asyncio.client import connect

from tests.wire.client import TIMEOUT, Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tta_server.app import App
from tta_server.connection import Connection
from tta_server.settings import StoreKind
from tta_server.store.base import Role

STUCK = [f"stuck{i}" for i in range(5)]
STAFF = {"fran": Role.FACILITATOR, "ada": Role.ADMIN, **{n: Role.FACILITATOR for n in STUCK}}
NOTICE = "Maintenance tonight at ten: your stories are saved. " * 9  # about 470 characters


async def stuck_client(app: App) -> Client:
    """A client with a tiny receive buffer that queues at most one frame: once the test stops
    calling ``recv``, it stops reading from the socket."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", app.port))
    ws = await connect(url(app), sock=sock, max_queue=1, open_timeout=TIMEOUT, max_size=None)
    client = Client(ws)
    client.hello = await client.recv()
    return client


def server_side(app: App, username: str) -> Connection:
    """The server's connection of a logged-in user, with its send buffer shrunk to a few KiB."""
    (conn,) = [c for c in app.hub.connections if c.account and c.account.username == username]
    raw = conn.ws.transport.get_extra_info("socket")
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    return conn


async def flood_notices(admin: Client, count: int) -> None:
    """``count`` broadcasts; each must be answered (the old server stopped answering once one
    recipient's buffers were full). The flood guard is off in these tests: this admin is not
    the hostile one."""
    for _ in range(count):
        await admin.ok("admin.broadcast", text=NOTICE)


async def test_consoles_that_never_read_delay_no_alert_and_are_dropped(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with staffed_servers(store_kind, tmp_path, STAFF, flood_close_messages=0) as apps:
        app = apps[0]
        stuck: list[Client] = []
        for name in STUCK:
            s = await stuck_client(app)
            await s.ok("login", username=name, password=PW)
            await s.ok("alerts.subscribe")
            stuck.append(s)
        stuck_conns = [server_side(app, name) for name in STUCK]
        fran = await Client.open(url(apps[-1]))
        await fran.ok("login", username="fran", password=PW)
        await fran.ok("alerts.subscribe")
        ada = await Client.open(url(app))
        await ada.ok("login", username="ada", password=PW)

        await flood_notices(ada, 400)  # ~190 KB to each stuck console: far past its buffers

        c = await player(url(app), "hana")
        made = await c.ok("character.create", character=character())
        started = await c.ok(
            "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
        )
        await c.wait_events(started["session"]["last_seq"])
        sent = time.perf_counter()
        await c.ws.send('{"type":"turn","id":"t","turn_id":"t1","text":"i want to end my life"}')

        async def alert() -> dict[str, object]:
            while True:
                doc = await fran.recv()
                if doc["type"] == "safety.alert" and doc["kind"] == "alert":
                    return doc

        got = await asyncio.wait_for(alert(), 1.0)  # the bar: under 1 s
        took = (time.perf_counter() - sent) * 1000
        print(f"crisis alert with 5 consoles not reading: {took:.1f} ms ({store_kind})")
        assert got["alert"]["session_id"] == started["session"]["id"]  # type: ignore[index]

        # the stuck consoles are dropped once a send to them takes send_timeout_s
        for conn in stuck_conns:
            await asyncio.wait_for(conn.outbox.finished(), app.settings.send_timeout_s + 5)
            assert conn.outbox.dropped is not None
        # and everyone else carries on (``delivered`` counts this process's recipients)
        here = 2 if len(apps) == 1 else 1  # fran is on the other process of redis-neo4j
        assert (await ada.ok("admin.broadcast", text="still here"))["delivered"] == here
        for client in (fran, ada, c):
            await client.close()


async def test_resume_does_not_wait_for_an_old_connection_that_stopped_reading(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with staffed_servers(
        store_kind, tmp_path, {"ada": Role.ADMIN}, flood_close_messages=0
    ) as apps:
        old = await stuck_client(apps[0])
        await old.ok("register", username="hana", password=PW)
        await old.ok("login", username="hana", password=PW)
        made = await old.ok("character.create", character=character())
        started = await old.ok(
            "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
        )
        await old.wait_events(started["session"]["last_seq"])
        server_side(apps[0], "hana")
        ada = await Client.open(url(apps[0]))
        await ada.ok("login", username="ada", password=PW)
        await flood_notices(ada, 400)  # the old connection's buffers are now full

        new = await Client.open(url(apps[-1]))
        await new.ok("login", username="hana", password=PW)
        resumed = await asyncio.wait_for(
            new.ok("session.resume", session_id=started["session"]["id"], last_seq=0), 2.0
        )
        assert resumed["replay"] == started["session"]["last_seq"]
        events = await new.turn("look around")
        assert events[-1]["type"] == "narrative.end"
        await new.close()
        await ada.close()
