"""A running server acts on the control channel's messages through their models
(``tta_server.hub_control``) and keeps listening after ones it cannot act on: a kind it does
not know or a message without a member it needs is dropped, and the next message, from a tool
(``origin`` ``tool``), still reaches the player (a broadcast, then a revocation, close 4001)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed

from tests.wire.client import Client
from tests.wire.servers import PW, staffed_servers, url
from tta_server.accounts import token_hash
from tta_server.hub import revoke_everywhere
from tta_server.hub_control import CONTROL_CHANNEL, Broadcast
from tta_server.protocol.codes import CloseCode
from tta_server.protocol.messages import Notice
from tta_server.settings import StoreKind

BAD = [
    {"kind": "teleport", "session_id": "s1", "origin": "tool"},
    {"kind": "broadcast", "origin": "tool"},
    {"kind": "revoke", "token_hash": ["not", "text"], "origin": "tool"},
    {"origin": "tool"},
]


async def test_bad_control_messages_are_dropped_and_good_ones_still_act(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with staffed_servers(StoreKind.EMBEDDED, tmp_path, {}) as [app]:
        c = await Client.open(url(app))
        await c.ok("register", username="pia", password=PW)
        token = (await c.ok("login", username="pia", password=PW))["token"]
        with caplog.at_level(logging.WARNING, logger="tta.hub"):
            for doc in BAD:
                await app.store.bus.publish(CONTROL_CHANNEL, doc)
            notice = Notice.model_validate({"from": "root", "text": "Back in five minutes."})
            await app.store.bus.publish(
                CONTROL_CHANNEL, Broadcast(frame=notice.wire()).model_dump()
            )
            got = await c.recv()
        assert got == {"type": "notice", "from": "root", "text": "Back in five minutes."}
        assert caplog.text.count("control message this process cannot act on") == len(BAD)
        await revoke_everywhere(app.store, [token_hash(token)], "Signed out by the admins.")
        with pytest.raises(ConnectionClosed) as info:
            await asyncio.wait_for(c.ws.recv(), 5)
        assert info.value.rcvd is not None
        assert (info.value.rcvd.code, info.value.rcvd.reason) == (
            CloseCode.TOKEN_REVOKED,
            "Signed out by the admins.",
        )
