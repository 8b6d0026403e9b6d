"""How long a crisis message takes to reach facilitators' consoles on two server processes.

Run ``python -m tta_bench.alerts --players 40`` against the redis-neo4j store (settings as
for ``tta-server``; use a test store: the bench creates accounts and crisis alerts, and deletes
them all again at the end with ``Store.delete_player``). Two servers run in this process, each
with its own store connections, so an alert raised on one reaches the other only through Redis
pub/sub, as between two machines. A facilitator is subscribed on each server. Players (half on
each server) send one crisis message each, spread over ``--spread`` seconds; the delay is from
sending the turn to a facilitator's ``safety.alert`` frame, for both facilitators. Prints p50,
p95 and max in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys
import time
from contextlib import AsyncExitStack
from typing import Any

from tta_bench.report import BENCH_SERVER_SETTINGS, CHARACTER, percentile
from tta_server.accounts import Accounts
from tta_server.app import App
from tta_server.protocol.client import ProtocolClient
from tta_server.settings import StoreKind, load_settings
from tta_server.store import make_store
from tta_server.store.base import Role

CRISIS_TEXT = "I want to end my life tonight"
TIMEOUT_S = 30.0


async def _call(client: ProtocolClient, type_: str, **fields: Any) -> dict[str, Any]:
    doc = await client.request(type_, **fields)
    if doc["type"] != f"{type_}.ok":
        raise RuntimeError(f"{type_}: {doc.get('message')}")
    return doc


async def _open(url: str) -> ProtocolClient:
    return await ProtocolClient.connect(url, timeout_s=TIMEOUT_S)


async def run(players: int, spread_s: float) -> list[float]:
    settings = load_settings(store=StoreKind.REDIS_NEO4J, port=0, **BENCH_SERVER_SETTINGS)
    tag = secrets.token_hex(3)
    password = "bench-" + secrets.token_hex(8)
    store = make_store(settings)
    await store.open()
    accounts = Accounts(store, settings)
    staff = [await accounts.register(f"fa{tag}{i}", password, Role.FACILITATOR) for i in range(2)]
    created = [a.id for a in staff]
    sent: dict[str, float] = {}
    delays: list[float] = []
    try:
        async with AsyncExitStack() as stack:
            urls = []
            for _ in range(2):
                app = App(settings)
                await app.start()
                stack.push_async_callback(app.shutdown)
                urls.append(f"ws://127.0.0.1:{app.port}")
            watchers = []
            for url, fac in zip(urls, staff, strict=True):
                ws = await _open(url)
                stack.push_async_callback(ws.close)
                await _call(ws, "login", username=fac.username, password=password)
                await _call(ws, "alerts.subscribe")
                watchers.append(ws)

            async def watch(ws: ProtocolClient) -> None:
                seen = 0
                while seen < players:
                    doc = await ws.recv()
                    if doc.get("type") == "safety.alert" and doc.get("kind") == "alert":
                        at = sent.get(doc["alert"]["session_id"])
                        if at is not None:
                            delays.append((time.perf_counter() - at) * 1000)
                            seen += 1

            async def player(i: int) -> None:
                ws = await _open(urls[i % 2])
                try:
                    name = f"pl{tag}{i}"
                    await _call(ws, "register", username=name, password=password)
                    await _call(ws, "login", username=name, password=password)
                    acc = await store.get_account_by_username(name)
                    if acc is not None:
                        created.append(acc.id)
                    cid = (await _call(ws, "character.create", character=CHARACTER))["character"]
                    started = await _call(
                        ws, "session.start", character_id=cid["id"], world_id="lantern-coast"
                    )
                    await asyncio.sleep(spread_s * i / max(1, players))
                    sent[started["session"]["id"]] = time.perf_counter()
                    await _call(ws, "turn", turn_id="crisis", text=CRISIS_TEXT)
                finally:
                    await ws.close()

            await asyncio.gather(
                *(watch(w) for w in watchers), *(player(i) for i in range(players))
            )
    finally:
        for account_id in created:
            await store.delete_player(account_id)
        await store.close()
    return delays


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--players", type=int, default=40)
    p.add_argument("--spread", type=float, default=2.0, help="seconds the messages spread over")
    args = p.parse_args(argv)
    delays = sorted(asyncio.run(run(args.players, args.spread)))
    print(
        f"crisis message to facilitator consoles on two processes ({len(delays)} deliveries, "
        f"{args.players} players): p50 {percentile(delays, 50):.1f} ms, "
        f"p95 {percentile(delays, 95):.1f} ms, max {delays[-1]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
