"""The nginx recipe (docs/deploy/nginx/tta.conf), run as written: nginx (Debian's package,
installed by ``scripts/test``) terminates TLS in front of two real ``tta-server`` processes on
one redis-neo4j store, which trust it (``trusted_proxies``).

Only the values an operator changes are replaced (the listening port, the certificate files of a
CA made in the test, the two servers' ports), each checked to occur exactly once, so the test
breaks when the recipe changes shape. Players connect from other loopback addresses
(127.0.0.2, ...) so that the address nginx saw differs from nginx's own: the test plays over wss
through the proxy (register, login, a story, a turn), sees the per-address login throttle
count each player's own address (one address throttled, another not), sees both processes
serve, and sees /metrics refused at the proxy.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import NEO4J_URI, REDIS_URL, free_port, open_clean_store, settings_for
from tests.tls_certs import Pki, make_pki
from tests.wire.client import Client, character
from tta_server.settings import StoreKind
from tta_server.tls import client_context

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "docs" / "deploy" / "nginx" / "tta.conf"
PW = "correct horse battery"
WORLD = "lantern-coast"
START_S = 60.0
SERVER = [sys.executable, "-m", "tta_server.cli"]


def nginx_binary() -> str:
    found = shutil.which("nginx", path=f"{os.environ.get('PATH', '')}:/usr/sbin")
    if found is None:
        pytest.fail("nginx is not installed: scripts/test installs it (apt-get install nginx)")
    return found


def recipe_for(listen_port: int, pki: Pki, upstream_ports: list[int]) -> str:
    """The recipe with this test's port, certificate and servers in place of the examples."""
    text = RECIPE.read_text(encoding="utf-8")
    swaps = [
        ("listen 443 ssl;", f"listen 127.0.0.1:{listen_port} ssl;"),
        ("listen [::]:443 ssl;", ""),  # this machine may have no IPv6 loopback
        ("/etc/letsencrypt/live/tta.example.org/fullchain.pem", str(pki.cert)),
        ("/etc/letsencrypt/live/tta.example.org/privkey.pem", str(pki.key)),
        ("server 127.0.0.1:8765 ", f"server 127.0.0.1:{upstream_ports[0]} "),
        ("server 127.0.0.1:8766 ", f"server 127.0.0.1:{upstream_ports[1]} "),
    ]
    for old, new in swaps:
        assert text.count(old) == 1, f"the recipe no longer has exactly one {old!r}"
        text = text.replace(old, new)
    return text


def main_config(prefix: Path) -> str:
    """What Debian's /etc/nginx/nginx.conf gives the site file: an http block including it
    (here with logs, pid and temporary files in the test's directory)."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"  {kind}_temp_path {prefix / kind};" for kind in kinds)
    return (
        f"{user}daemon off;\nworker_processes 1;\npid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'error.log'} info;\n"
        "events { worker_connections 256; }\n"
        f"http {{\n  access_log {prefix / 'access.log'};\n{temp}\n"
        f"  include {prefix / 'tta.conf'};\n}}\n"
    )


def server_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    env.update(
        TTA_REDIS_URL=REDIS_URL,
        TTA_NEO4J_URI=NEO4J_URI,
        TTA_ARGON2_TIME_COST="1",
        TTA_ARGON2_MEMORY_KIB="8192",
        TTA_TRUSTED_PROXIES='["127.0.0.1"]',
        TTA_LOGIN_THROTTLE_ATTEMPTS="0",  # only the per-address limit, which is under test
        TTA_LOGIN_THROTTLE_PER_ADDRESS="2",
        TTA_SHUTDOWN_GRACE_S="2",
        TTA_GC_FREEZE_ON_START="false",
        TTA_STORE_TIMEOUT_S="30",  # a just-started Neo4j on a busy test machine is slow at first
        **extra,
    )
    return env


@asynccontextmanager
async def process(
    argv: list[str], log: Path, env: dict[str, str] | None = None, stop: int = signal.SIGTERM
) -> AsyncIterator[asyncio.subprocess.Process]:
    """A child process with its output in ``log``; stopped with ``stop`` on exit."""
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out, env=env
        )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.send_signal(stop)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
                await proc.wait()


async def wait_listening(port: int, proc: asyncio.subprocess.Process, log: Path) -> None:
    """Return once ``port`` accepts connections; fail with the process's log if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + START_S
    while True:
        if proc.returncode is not None:
            output = await asyncio.to_thread(log.read_text)
            pytest.fail(f"exited with {proc.returncode} before listening:\n{output}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if loop.time() > deadline:
                output = await asyncio.to_thread(log.read_text)
                pytest.fail(f"nothing listens on {port} after {START_S} s:\n{output}")
            await asyncio.sleep(0.1)
            continue
        writer.close()
        await writer.wait_closed()
        return


@asynccontextmanager
async def deployment(tmp_path: Path) -> AsyncIterator[tuple[str, Pki, list[int]]]:
    """Two tta-server processes behind nginx; yields the wss:// URL, the PKI, server ports."""
    nginx = nginx_binary()
    pki = make_pki(tmp_path / "pki")
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    await store.close()
    ports = [free_port(), free_port()]
    listen = free_port()
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    (prefix / "tta.conf").write_text(recipe_for(listen, pki, ports), encoding="utf-8")
    conf = prefix / "nginx.conf"
    conf.write_text(main_config(prefix), encoding="utf-8")
    checked = await asyncio.to_thread(
        subprocess.run,
        [nginx, "-t", "-p", str(prefix), "-c", str(conf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, f"nginx -t refused the recipe:\n{checked.stderr}"
    async with AsyncExitStack() as stack:
        for i, port in enumerate(ports):
            log = tmp_path / f"server{i}.log"
            argv = [*SERVER, "--store", "redis-neo4j", "--port", str(port)]
            proc = await stack.enter_async_context(process(argv, log, server_env()))
            await wait_listening(port, proc, log)
        log = tmp_path / "nginx.log"
        proc = await stack.enter_async_context(
            process([nginx, "-p", str(prefix), "-c", str(conf)], log, stop=signal.SIGQUIT)
        )
        await wait_listening(listen, proc, log)
        yield f"wss://127.0.0.1:{listen}", pki, ports


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
async def test_players_play_over_wss_through_nginx_and_throttles_see_their_address(
    tmp_path: Path,
) -> None:
    async with deployment(tmp_path) as (url, pki, ports):
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
