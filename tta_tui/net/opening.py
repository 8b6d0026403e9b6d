"""Opening a connection to a TTA server: the WebSocket with the client's limits and keepalive,
then the server's ``hello`` checked for our protocol version. :func:`open_tta` raises
:class:`Unreachable` with the end of a sentence ("Can't reach the server at URL: ...") a person
can act on; :func:`probe` only asks whether a server answers. ``wss://`` addresses are checked
against the trust of :mod:`tta_tui.net.tls`."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from tta_server.protocol.codes import PROTOCOL_VERSION
from tta_server.protocol.messages import Hello
from tta_tui.net.errors import describe_failure
from tta_tui.net.tls import ssl_for

OPEN_TIMEOUT_S = 5.0
"""Seconds to open a connection (TCP, TLS and the WebSocket handshake)."""
HELLO_TIMEOUT_S = 5.0
"""Seconds to wait for the server's ``hello`` once connected."""
CLOSE_TIMEOUT_S = 2.0
"""Seconds to wait for the closing handshake before dropping the socket."""
KEEPALIVE_S = 10.0
"""Interval and timeout of WebSocket-level pings, which detect a dead network path even while
the server is busy with a long turn (it answers them outside the request queue)."""
MAX_INCOMING_BYTES = 4 * 1024 * 1024
"""Largest frame accepted from the server."""


class Unreachable(Exception):
    """One attempt failed; ``why`` completes "Can't reach the server at URL: ..."."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


async def open_tta(
    url: str, *, timeout_s: float = OPEN_TIMEOUT_S
) -> tuple[ClientConnection, Hello]:
    """Open a WebSocket to ``url`` and read its ``hello``; raise :class:`Unreachable` with a
    reason when it fails or is not a TTA server speaking our protocol version."""
    try:
        ws = await connect(
            url,
            open_timeout=timeout_s,
            close_timeout=CLOSE_TIMEOUT_S,
            ping_interval=KEEPALIVE_S,
            ping_timeout=KEEPALIVE_S,
            max_size=MAX_INCOMING_BYTES,
            proxy=None if is_loopback(url) else True,
            ssl=ssl_for(url),
        )
    except Exception as exc:
        raise Unreachable(describe_failure(exc, timeout_s)) from None
    why: str | None = None
    hello: Any = None
    try:
        hello = json.loads(await asyncio.wait_for(ws.recv(), HELLO_TIMEOUT_S))
    except TimeoutError:
        why = f"it did not say hello within {HELLO_TIMEOUT_S:g} s"
    except ConnectionClosed:
        why = "it closed the connection before saying hello"
    except ValueError:
        why = "it does not speak the TTA protocol"
    if why is None:
        if not isinstance(hello, dict) or hello.get("type") != "hello":
            why = "it does not speak the TTA protocol"
        elif hello.get("protocol") != PROTOCOL_VERSION:
            why = (
                f"it speaks protocol version {hello.get('protocol')}, and this client "
                f"speaks version {PROTOCOL_VERSION}; update the one that is older"
            )
    read: Hello | None = None
    if why is None:
        try:
            read = Hello.model_validate(hello)
        except ValidationError:
            why = "its hello is not the TTA protocol's (a field is missing or odd)"
    if why is not None or read is None:
        await drop(ws)
        raise Unreachable(why or "it does not speak the TTA protocol")
    return ws, read


async def probe(url: str, *, timeout_s: float = OPEN_TIMEOUT_S) -> str | None:
    """Why ``url`` is not a usable TTA server (the end of a sentence), or None when it
    answers ``hello`` in our protocol version. Connects, reads hello and closes."""
    try:
        ws, _ = await open_tta(url, timeout_s=timeout_s)
    except Unreachable as exc:
        return exc.why
    await drop(ws)
    return None


async def drop(ws: ClientConnection) -> None:
    """Close without waiting long; never raises."""
    if ws.state is State.CLOSED:
        return
    with contextlib.suppress(Exception):
        await asyncio.wait_for(ws.close(), CLOSE_TIMEOUT_S)


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
