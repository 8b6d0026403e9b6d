"""Operators over the wire, on both stores: an admin's broadcast reaches everyone logged in on
every server process, a kick closes the connection driving a session (4002, after
``session.kicked``) wherever it is, both are audited, and nobody but an admin may send them."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from tests.wire.client import Client, character, player
from tests.wire.servers import staffed_servers, url
from tta_server.app import App
from tta_server.protocol.codes import CLOSE_REASON_MAX_BYTES, CloseCode, close_reason
from tta_server.settings import StoreKind
from tta_server.store.base import Role

PW = "correct horse battery"
ADMIN_TYPES: dict[str, dict[str, Any]] = {
    "admin.broadcast": {"text": "hello"},
    "admin.kick": {"session_id": "s", "reason": "r"},
}


def servers(kind: StoreKind, tmp_path: Path) -> AbstractAsyncContextManager[list[App]]:
    """Servers with admin root and facilitator fran."""
    return staffed_servers(kind, tmp_path, {"root": Role.ADMIN, "fran": Role.FACILITATOR})


async def logged_in(app: App, name: str) -> Client:
    c = await Client.open(url(app))
    await c.ok("login", username=name, password=PW)
    return c


async def playing(app: App, name: str) -> tuple[Client, str]:
    c = await player(url(app), name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
    await c.wait_events(started["session"]["last_seq"])
    return c, started["session"]["id"]


async def next_frame(c: Client, type_: str) -> dict[str, Any]:
    """The next frame of that type (others, session events included, are passed over)."""
    while True:
        doc = await c.recv()
        if doc["type"] == type_:
            return doc


async def test_a_broadcast_reaches_everyone_logged_in_on_every_server(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as apps:
        here, there = apps[0], apps[-1]
        root = await logged_in(here, "root")
        anonymous = await Client.open(url(here))
        near, _ = await playing(here, "hana")
        far = await player(url(there), "ivo")
        console = await logged_in(there, "fran")

        text = "The server restarts at 22:00 UTC; your story will keep."
        reply = await root.ok("admin.broadcast", text=text)
        # this process reached hana, and fran and ivo too when they are on it; never the sender
        assert reply["delivered"] == (3 if here is there else 1)
        for c in (near, far, console):
            assert await next_frame(c, "notice") == {"type": "notice", "from": "root", "text": text}
        assert (await near.turn("look"))[-1]["type"] == "narrative.end"  # the story goes on
        assert not any(doc["type"] == "notice" for doc in root.other)
        # not logged in: no notice (this process sent its notices before answering root)
        assert (await anonymous.request("ping"))["type"] == "ping.ok"
        assert not any(doc["type"] == "notice" for doc in anonymous.other)

        [action] = await here.store.list_actions(10)
        assert (action.actor, action.action, action.session_id, action.detail) == (
            "root",
            "broadcast",
            None,
            text,
        )
        for c in (root, anonymous, near, far, console):
            await c.close()


async def test_a_kick_closes_the_driving_connection_with_4002_after_telling_why(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with servers(store_kind, tmp_path) as apps:
        c, sid = await playing(apps[0], "jan")
        root = await logged_in(apps[-1], "root")
        reason = "Maintenance: please come back in ten minutes."
        assert (await root.ok("admin.kick", session_id=sid, reason=reason))["session_id"] == sid
        kicked = await next_frame(c, "session.kicked")
        assert kicked == {"type": "session.kicked", "session_id": sid, "reason": reason}
        with pytest.raises(ConnectionClosed) as closed:
            await c.recv()
        assert closed.value.rcvd is not None
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (CloseCode.KICKED, reason)

        # the story is not ended: the player resumes it from a new connection
        again = await logged_in(apps[0], "jan")
        resumed = await again.ok("session.resume", session_id=sid, last_seq=len(c.events))
        assert resumed["session"]["status"] == "active"
        missing = await root.request("admin.kick", session_id="nope", reason="x")
        assert missing["code"] == "not_found"

        [action] = await apps[0].store.list_actions(10)
        assert (action.actor, action.action, action.session_id, action.detail) == (
            "root",
            "kick",
            sid,
            reason,
        )
        for x in (again, root):
            await x.close()


async def test_a_long_reason_is_cut_to_fit_the_close_frame(tmp_path: Path) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        c, sid = await playing(app, "kay")
        root = await logged_in(app, "root")
        reason = "Zoë, " + "we need to stop here for today. " * 15
        await root.ok("admin.kick", session_id=sid, reason=reason)
        assert (await next_frame(c, "session.kicked"))["reason"] == reason
        with pytest.raises(ConnectionClosed) as closed:
            await c.recv()
        assert closed.value.rcvd is not None
        sent = closed.value.rcvd.reason
        assert sent == close_reason(reason) and sent.endswith("…")
        assert len(sent.encode()) <= CLOSE_REASON_MAX_BYTES and reason.startswith(sent[:-1])
        await root.close()


def test_close_reason_never_splits_a_character() -> None:
    assert close_reason("short") == "short"
    cut = close_reason("é" * 200)
    assert cut == "é" * 58 + "…" and len(cut.encode()) == 119


async def test_only_admins_may_broadcast_or_kick(store_kind: StoreKind, tmp_path: Path) -> None:
    async with servers(store_kind, tmp_path) as apps:
        c, sid = await playing(apps[0], "max")
        fran = await logged_in(apps[-1], "fran")
        for who in (c, fran):
            for type_, fields in ADMIN_TYPES.items():
                if "session_id" in fields:
                    fields = {**fields, "session_id": sid}
                err = await who.request(type_, **fields)
                assert err["code"] == "forbidden", (type_, err)
        assert await apps[0].store.list_actions(10) == []
        # the player was neither noticed nor kicked: their next turn is answered as usual
        assert (await c.turn("look"))[-1]["type"] == "narrative.end"
        assert not any(doc["type"] in ("notice", "session.kicked") for doc in c.other)
        for x in (c, fran):
            await x.close()
