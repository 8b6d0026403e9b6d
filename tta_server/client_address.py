"""The address a client connects from, as throttles and connection caps see it.

Without a proxy it is the TCP peer. Behind a reverse proxy (TLS termination, a load balancer),
every connection comes from the proxy, so the peer address would put all players under one
throttle; when the peer is one of ``trusted_proxies``, the client's address is taken from the
``X-Forwarded-For`` header instead: the right-most entry that is not itself a trusted proxy (the
entries left of it could have been written by the client, so they are never believed).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from websockets.datastructures import Headers

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(entries: Sequence[str]) -> tuple[Network, ...]:
    """``trusted_proxies`` as networks (a bare address is a /32 or /128)."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def in_networks(address: str, trusted: tuple[Network, ...]) -> bool:
    """Whether ``address`` (an IP address as text) is in one of the networks."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in trusted)


def client_address(peer: str, headers: Headers | None, trusted: tuple[Network, ...]) -> str:
    """The client's address for a connection from ``peer`` with these request headers."""
    if not trusted or headers is None or not in_networks(peer, trusted):
        return peer
    hops = [h.strip() for v in headers.get_all("X-Forwarded-For") for h in v.split(",")]
    for hop in reversed([h for h in hops if h]):
        if not in_networks(hop, trusted):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # a malformed header from a trusted proxy: fall back to the peer
    return peer
