"""``facilitator.sessions`` pages instead of truncating (issue 13, item 7), on both stores."""

from __future__ import annotations

from pathlib import Path

from tests.wire.client import Client, character, player
from tests.wire.servers import PW, staffed_servers, url
from tta_server.settings import StoreKind
from tta_server.store.base import Role


async def test_every_active_session_is_listed_once_across_pages(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with staffed_servers(store_kind, tmp_path, {"fran": Role.FACILITATOR}) as apps:
        started = set()
        for i in range(5):
            c = await player(url(apps[0]), f"pager{i}")
            made = await c.ok("character.create", character=character())
            s = await c.ok(
                "session.start", character_id=made["character"]["id"], world_id="lantern-coast"
            )
            started.add(s["session"]["id"])
            await c.close()
        fran = await Client.open(url(apps[-1]))
        await fran.ok("login", username="fran", password=PW)
        seen: list[str] = []
        after = None
        pages = 0
        while True:
            fields: dict[str, object] = {"limit": 2}
            if after is not None:
                fields["after"] = after
            page = await fran.ok("facilitator.sessions", **fields)
            pages += 1
            seen += [s["id"] for s in page["sessions"]]
            after = page["next"]
            if after is None:
                break
        assert sorted(seen) == sorted(started) and pages == 3
        whole = await fran.ok("facilitator.sessions")
        assert [s["id"] for s in whole["sessions"]] == seen and whole["next"] is None
        bad = await fran.request("facilitator.sessions", after="not-a-cursor")
        assert bad["code"] == "invalid_fields" and bad["fields"][0]["field"] == "after"
        await fran.close()
