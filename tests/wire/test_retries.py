"""A facilitator's message resent with the same ``message_id`` (after ``unavailable`` or a lost
connection) reaches the player once (issue 13, item 6), on both stores."""

from __future__ import annotations

from pathlib import Path

from tests.wire.client import Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tta_server.settings import StoreKind
from tta_server.store.base import Role


async def test_a_resent_message_is_delivered_once(store_kind: StoreKind, tmp_path: Path) -> None:
    async with staffed_servers(store_kind, tmp_path, {"fran": Role.FACILITATOR}) as apps:
        c = await player(url(apps[0]), "tess")
        made = await c.ok("character.create", character=character())
        started = await c.ok(
            "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
        )
        sid = started["session"]["id"]
        fran = await Client.open(url(apps[-1]))
        await fran.ok("login", username="fran", password=PW)
        fields = {"session_id": sid, "text": "I'm here if you want to talk.", "message_id": "m1"}
        first = await fran.ok("facilitator.message", **fields)
        again = await fran.ok("facilitator.message", **fields)
        assert (first["replayed"], again["replayed"]) == (False, True)
        other = await fran.ok("facilitator.message", **{**fields, "message_id": "m2"})
        assert other["replayed"] is False  # a new id is a new message, even with the same words
        # events arrive in seq order, so a duplicate of m1 would come before m2
        events = await c.wait_events(started["session"]["last_seq"] + 2)
        said = [e["data"]["text"] for e in events if e["type"] == "facilitator.message"]
        assert said == [fields["text"]] * 2
        for client in (c, fran):
            await client.close()
