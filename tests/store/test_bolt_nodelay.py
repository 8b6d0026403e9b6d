"""The store's Neo4j connections run with TCP_NODELAY (see tta_server/store/bolt_nodelay.py).

Without it each new Bolt connection waited ~40 ms for a delayed ACK. The check looks at the
process's own sockets connected to the test Neo4j, so it holds whatever the driver's internals.
"""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path

from tests.conftest import NEO4J_PORT, open_clean_store, settings_for
from tta_server.settings import StoreKind
from tta_server.store import bolt_nodelay


def _neo4j_sockets() -> list[int]:
    """TCP_NODELAY of every socket of this process whose peer is the test Neo4j."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = os.dup(int(name))
        except OSError:
            continue
        try:
            s = socket.socket(fileno=fd)
        except OSError:
            os.close(fd)
            continue
        with s:
            try:
                peer = s.getpeername()
            except OSError:
                continue
            if s.family in (socket.AF_INET, socket.AF_INET6) and peer[1] == NEO4J_PORT:
                found.append(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    return found


async def test_the_stores_neo4j_connections_have_tcp_nodelay(tmp_path: Path) -> None:
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    try:
        # Several at once, so the pool opens more than the one connection open() used.
        await asyncio.gather(*(store.get_account(f"nobody-{i}") for i in range(6)))
        flags = _neo4j_sockets()
        assert len(flags) >= 2
        assert all(flags), f"TCP_NODELAY per Neo4j socket: {flags}"
    finally:
        await store.close()


def test_tcp_socket_names_its_protocol_and_install_is_idempotent() -> None:
    with bolt_nodelay.TcpSocket(socket.AF_INET) as s:
        assert s.proto == socket.IPPROTO_TCP
    with bolt_nodelay.TcpSocket(socket.AF_UNIX) as u:
        assert u.proto == 0
    assert bolt_nodelay.install() and bolt_nodelay.install()
