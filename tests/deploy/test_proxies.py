"""The proxy recipes, run as written: nginx (docs/deploy/nginx/tta.conf) and HAProxy
(docs/deploy/haproxy/haproxy.cfg), Debian's packages installed by ``scripts/test``, each
terminating TLS in front of two real ``tta-server`` processes on one redis-neo4j store, which
trust it (``trusted_proxies``).

The stack is :mod:`tests.deploy.stack` (the recipe with only an operator's values replaced).
Players connect from other loopback addresses
(127.0.0.2, ...) so that the address the proxy saw differs from the proxy's own: the test plays
over wss through the proxy (register, login, a story, a turn), sees the per-address login
throttle count each player's own address (one address throttled, another not), sees both
processes serve, and sees /metrics refused at the proxy. For HAProxy it also sees both
processes in rotation by their /readyz health check, and one taken out when it stops.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.deploy.haproxy import haproxy_proxy, wait_for_states
from tests.deploy.stack import ProxySetup, deployment, nginx_proxy, stop
from tests.tls_certs import Pki
from tests.wire.client import Client, character
from tta_server.tls import client_context

PW = "correct horse battery"
WORLD = "lantern-coast"


async def client_from(url: str, pki: Pki, address: str) -> Client:
    """A client whose TCP connection to the proxy comes from ``address`` (a loopback one)."""
    return await Client.connect(
        url, timeout_s=20, ssl=client_context(pki.ca), local_addr=(address, 0), proxy=None
    )


async def login_from(url: str, pki: Pki, address: str, username: str, password: str) -> str:
    """One login attempt on a new connection from ``address``: the reply type or error code."""
    c = await client_from(url, pki, address)
    try:
        reply = await c.request("login", username=username, password=password)
    finally:
        await c.close()
    return str(reply["code"] if reply["type"] == "error" else reply["type"])


def served(metrics: str) -> float:
    """Client messages a process received, from its /metrics text."""
    lines = re.finditer(r"^tta_messages_total\{[^}]*\} (\S+)$", metrics, re.MULTILINE)
    return sum(float(m.group(1)) for m in lines)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("proxy", [nginx_proxy, haproxy_proxy], ids=["nginx", "haproxy"])
async def test_players_play_over_wss_through_the_proxy_and_throttles_see_their_address(
    tmp_path: Path, proxy: ProxySetup
) -> None:
    only_per_address = {"TTA_LOGIN_THROTTLE_ATTEMPTS": "0", "TTA_LOGIN_THROTTLE_PER_ADDRESS": "2"}
    async with deployment(tmp_path, proxy=proxy, **only_per_address) as stack:
        url, pki, ports = stack.url, stack.pki, stack.ports
        https = url.replace("wss://", "https://")
        async with httpx.AsyncClient(verify=client_context(pki.ca), trust_env=False) as http:
            health = await http.get(f"{https}/healthz")
            assert health.status_code == 200 and health.json()["store"] == "redis-neo4j"
            assert (await http.get(f"{https}/metrics")).status_code == 403  # at the proxy

        pia = await client_from(url, pki, "127.0.0.2")
        try:
            await pia.ok("register", username="pia", password=PW)
            await pia.ok("login", username="pia", password=PW)
            made = await pia.ok("character.create", character=character("Pia North"))
            await pia.ok("session.start", character_id=made["character"]["id"], world_id=WORLD)
            events = await pia.turn("look around")
            assert any(e["type"] == "narrative.chunk" for e in events)
        finally:
            await pia.close()

        # 127.0.0.3 guesses: two failures, then its address is throttled ...
        got = [await login_from(url, pki, "127.0.0.3", f"ghost{i}", "wrong") for i in range(3)]
        assert got == ["login_failed", "login_failed", "login_throttled"]
        # ... while the proxy's other players are not: the throttle keyed on 127.0.0.3
        assert await login_from(url, pki, "127.0.0.4", "ghost9", "wrong") == "login_failed"
        assert await login_from(url, pki, "127.0.0.4", "pia", PW) == "login.ok"

        async with httpx.AsyncClient(trust_env=False) as http:  # each process, directly
            counts = [served((await http.get(f"http://127.0.0.1:{p}/metrics")).text) for p in ports]
        assert all(n > 0 for n in counts), f"messages per process: {counts}"

        if stack.proxy is not None and stack.proxy.admin_socket is not None:  # HAProxy
            both = {"tta1": "UP", "tta2": "UP"}
            await wait_for_states(stack, lambda states: states == both, "both in rotation")
            assert await stop(stack.servers[0]) == 0
            states = await wait_for_states(
                stack, lambda states: states["tta1"].startswith("DOWN"), "the stopped one out"
            )
            assert states["tta2"].startswith("UP"), f"the running one left rotation: {states}"
            assert await login_from(url, pki, "127.0.0.5", "pia", PW) == "login.ok"
