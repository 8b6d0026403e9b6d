"""A hostile client for the flood tests, run in its own process (so its CPU is not the
server's): ``python -m tests.wire.flooder URL CONNECTIONS``.

Each of CONNECTIONS tasks connects, sends JSON pings, binary frames and WebSocket pings as
fast as the socket takes them without reading anything, and reconnects whenever the server
closes it. It prints one line, ``ready``, once every task has connected at least once, and runs
until killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException


async def flood(url: str, connected: asyncio.Event) -> None:
    while True:
        with contextlib.suppress(OSError, WebSocketException, TimeoutError):
            async with connect(url, open_timeout=5, max_queue=1, ping_interval=None) as ws:
                connected.set()
                while True:
                    await ws.send('{"type":"ping","id":"f"}')
                    await ws.send(b"\x00" * 16)
                    await ws.ping()
                    await asyncio.sleep(0)  # the other connections flood too


async def main(url: str, count: int) -> None:
    events = [asyncio.Event() for _ in range(count)]
    tasks = [asyncio.create_task(flood(url, e)) for e in events]
    await asyncio.gather(*(e.wait() for e in events))
    print("ready", flush=True)
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
