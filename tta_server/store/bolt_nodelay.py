"""TCP_NODELAY on the Neo4j driver's asyncio Bolt sockets.

The ``neo4j`` driver (checked up to 6.4.1) opens its asyncio connections on a socket made as
``socket(AF_INET)``, whose protocol number is 0. asyncio sets ``TCP_NODELAY`` only on sockets
whose ``proto`` is ``IPPROTO_TCP``, so those connections keep Nagle's algorithm (the driver's
blocking connect sets the option itself; its asyncio connect does not). On a new connection the
driver writes HELLO and then LOGON; the second small write waits for the server's delayed ACK
of the first, and every new connection took about 45 ms to become ready instead of about 7 ms.

That cost lands on players: the driver grows its pool while requests wait, so when a busy
moment needs more connections than it has, the requests that open them wait the 45 ms. This is
where ``session.start``'s 50-70 ms stalls came from (docs/performance.md, "Where the tail comes
from").

:func:`install` makes the driver create those sockets with ``proto=IPPROTO_TCP``: the same
socket, named correctly, on which asyncio then sets ``TCP_NODELAY`` as for every TCP connection
it opens. It changes one name in the driver's private socket module, so it checks that name
first and returns False when the module no longer looks as expected (the store then logs a
warning and runs as before). ``tests/store/test_bolt_nodelay.py`` checks the option on the
store's real connections, so a driver upgrade that moves the name fails a test.
"""

from __future__ import annotations

import socket
from typing import Any

__all__ = ["TcpSocket", "install"]


class TcpSocket(socket.socket):
    """A :class:`socket.socket` whose Internet stream sockets say they are TCP.

    ``socket(AF_INET)`` and ``socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)`` are the same kind of
    socket; only the second tells asyncio that ``TCP_NODELAY`` applies.
    """

    def __init__(
        self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
    ) -> None:
        if (
            fileno is None
            and family in (-1, socket.AF_INET, socket.AF_INET6)
            and type in (-1, socket.SOCK_STREAM)
            and proto in (-1, 0)
        ):
            proto = socket.IPPROTO_TCP
        super().__init__(family, type, proto, fileno)


def install() -> bool:
    """Make the driver's asyncio Bolt connections TCP_NODELAY; idempotent.

    Returns False, changing nothing, when the driver's socket module is not the one this was
    written for.
    """
    try:
        from neo4j._async_compat.network import _bolt_socket
    except ImportError:
        return False
    module: Any = _bolt_socket
    current = getattr(module, "socket", None)
    if current is TcpSocket:
        return True
    if current is not socket.socket:
        return False
    module.socket = TcpSocket
    return True
