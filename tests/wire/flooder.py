"""A hostile client for the flood tests, run in its own process (so its CPU is not the
server's): ``python -m tests.wire.flooder URL CONNECTIONS [distinct]``.

Each of CONNECTIONS tasks connects, sends JSON pings, binary frames and WebSocket pings as
fast as the socket takes them without reading anything, and reconnects whenever the server
closes it. With ``distinct``, every connection claims its own client address in
``X-Forwarded-For`` (a botnet, for a server that trusts 127.0.0.1 as a proxy), so per-address
limits do not apply. It prints one line, ``ready``, once every task has made its first
attempt (connected, or been refused: a server that penalises the flooding address may turn
the later ones away at once), and runs until killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import sys
from collections.abc import Iterator

from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException


async def flood(url: str, tried: asyncio.Event, addresses: Iterator[str] | None) -> None:
    while True:
        headers = {"X-Forwarded-For": next(addresses)} if addresses is not None else None
        with contextlib.suppress(OSError, WebSocketException, TimeoutError):
            try:
                ws = await connect(
                    url, open_timeout=5, max_queue=1, ping_interval=None, additional_headers=headers
                )
            finally:
                tried.set()
            async with ws:
                while True:
                    await ws.send('{"type":"ping","id":"f"}')
                    await ws.send(b"\x00" * 16)
                    await ws.ping()
                    await asyncio.sleep(0)  # the other connections flood too


async def main(url: str, count: int, distinct: bool) -> None:
    events = [asyncio.Event() for _ in range(count)]
    addresses = (f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}" for n in itertools.count(1))
    tasks = [asyncio.create_task(flood(url, e, addresses if distinct else None)) for e in events]
    await asyncio.gather(*(e.wait() for e in events))
    print("ready", flush=True)
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3:] == ["distinct"]))
