"""Two (or more) real ``tta-server`` processes on one redis-neo4j store behind a proxy running
its recipe as written: nginx (docs/deploy/nginx/tta.conf, :func:`nginx_proxy`, the default) or
HAProxy (docs/deploy/haproxy/haproxy.cfg, :func:`tests.deploy.haproxy.haproxy_proxy`). Only the
values an operator changes are replaced (the listening port, the certificate files of a CA made
in the test, the servers' ports, and for HAProxy the system paths), each checked to occur
exactly once, so the tests break when a recipe changes shape. Both proxies are Debian's
packages (``scripts/test`` installs them)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.conftest import NEO4J_URI, REDIS_URL, free_port, open_clean_store, settings_for
from tests.tls_certs import Pki, make_pki
from tta_server.settings import StoreKind

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "docs" / "deploy" / "nginx" / "tta.conf"
START_S = 60.0
SERVER = [sys.executable, "-m", "tta_server.cli"]


def system_binary(name: str, package: str) -> str:
    """The path of Debian's ``name`` (from ``package``); fails the test when it is missing."""
    found = shutil.which(name, path=f"{os.environ.get('PATH', '')}:/usr/sbin")
    if found is None:
        pytest.fail(
            f"{name} is not installed: scripts/test installs it (apt-get install {package})"
        )
    return found


def swap_once(text: str, swaps: list[tuple[str, str]], recipe: str) -> str:
    """``text`` with each ``old`` replaced by ``new``; fails unless each occurs exactly once."""
    for old, new in swaps:
        assert text.count(old) == 1, f"{recipe} no longer has exactly one {old!r}"
        text = text.replace(old, new)
    return text


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
    assert len(upstream_ports) == 2, "the recipe names two processes"
    return swap_once(text, swaps, "the nginx recipe")


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
    """The processes' environment: the test stores, nginx trusted, cheap hashing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    env.update(
        {
            "TTA_REDIS_URL": REDIS_URL,
            "TTA_NEO4J_URI": NEO4J_URI,
            "TTA_ARGON2_TIME_COST": "1",
            "TTA_ARGON2_MEMORY_KIB": "8192",
            "TTA_TRUSTED_PROXIES": '["127.0.0.1"]',
            "TTA_SHUTDOWN_GRACE_S": "2",
            "TTA_GC_FREEZE_ON_START": "false",
            # a just-started Neo4j on a busy test machine is slow at first
            "TTA_STORE_TIMEOUT_S": "30",
        }
    )
    env.update(extra)
    return env


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


async def wait_ready(port: int, proc: asyncio.subprocess.Process, log: Path) -> None:
    """Return once the process on ``port`` answers ``/readyz`` with 200 (after its start-up
    warm-up); fail with its log if it exits or never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + START_S
    async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
        while True:
            if proc.returncode is not None:
                output = await asyncio.to_thread(log.read_text)
                pytest.fail(f"exited with {proc.returncode} before ready:\n{output}")
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    return
            if loop.time() > deadline:
                output = await asyncio.to_thread(log.read_text)
                pytest.fail(f"not ready on {port} after {START_S} s:\n{output}")
            await asyncio.sleep(0.1)


async def spawn(
    argv: list[str], log: Path, env: dict[str, str] | None = None
) -> asyncio.subprocess.Process:
    """A child process with its output appended to ``log``."""
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out, env=env
        )


async def stop(proc: asyncio.subprocess.Process, how: int = signal.SIGTERM) -> int:
    """Stop ``proc`` with ``how`` (SIGKILL after 30 s); its exit status."""
    if proc.returncode is None:
        proc.send_signal(how)
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()
    assert proc.returncode is not None
    return proc.returncode


@dataclass
class Proxy:
    """A proxy ready to start: its command line, the signal that stops it gracefully, and
    (HAProxy) its runtime API socket."""

    argv: list[str]
    stop_signal: int
    admin_socket: Path | None = None


ProxySetup = Callable[[Path, int, Pki, list[int]], Awaitable[Proxy]]
"""Writes a proxy's files into a folder for (listening port, certificate, servers' ports)."""


async def nginx_proxy(folder: Path, listen: int, pki: Pki, ports: list[int]) -> Proxy:
    """nginx with the recipe, checked with ``nginx -t``."""
    nginx = system_binary("nginx", "nginx")
    prefix = folder / "nginx"
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
    return Proxy([nginx, "-p", str(prefix), "-c", str(conf)], signal.SIGQUIT)


@dataclass
class Stack:
    """A proxy in front of tta-server processes; ``url`` is the proxy's wss:// address."""

    url: str
    pki: Pki
    ports: list[int]
    folder: Path
    env: dict[str, str]
    servers: list[asyncio.subprocess.Process] = field(default_factory=list)
    proxy: Proxy | None = None

    async def launch(self, i: int) -> asyncio.subprocess.Process:
        """Start process ``i`` on its port (its output in ``server{i}.log``)."""
        log = self.folder / f"server{i}.log"
        argv = [*SERVER, "--store", "redis-neo4j", "--port", str(self.ports[i])]
        proc = await spawn(argv, log, self.env)
        if i < len(self.servers):
            self.servers[i] = proc
        else:
            self.servers.append(proc)
        return proc

    async def ready(self, i: int) -> None:
        """Wait until process ``i`` answers ``/readyz`` with 200."""
        await wait_ready(self.ports[i], self.servers[i], self.folder / f"server{i}.log")

    async def start_server(self, i: int) -> None:
        """Start process ``i`` on its port and wait until it is ready (``/readyz``)."""
        await self.launch(i)
        await self.ready(i)

    async def restart_server(self, i: int) -> int:
        """SIGTERM process ``i``, wait for it to exit, start it again; the old exit status."""
        status = await stop(self.servers[i])
        await self.start_server(i)
        return status


@asynccontextmanager
async def deployment(
    tmp_path: Path, processes: int = 2, proxy: ProxySetup = nginx_proxy, **env: str
) -> AsyncIterator[Stack]:
    """``processes`` tta-server processes (settings :func:`server_env` and ``env``) behind
    ``proxy`` on a wiped redis-neo4j store."""
    pki = make_pki(tmp_path / "pki")
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    await store.close()
    listen = free_port()
    stack = Stack(
        url=f"wss://127.0.0.1:{listen}",
        pki=pki,
        ports=[free_port() for _ in range(processes)],
        folder=tmp_path,
        env=server_env(**env),
    )
    stack.proxy = await proxy(tmp_path, listen, pki, stack.ports)
    running: asyncio.subprocess.Process | None = None
    try:
        for i in range(processes):
            await stack.launch(i)
        await asyncio.gather(*(stack.ready(i) for i in range(processes)))
        log = tmp_path / "proxy.log"
        running = await spawn(stack.proxy.argv, log)
        await wait_listening(listen, running, log)
        yield stack
    finally:
        if running is not None:
            await stop(running, stack.proxy.stop_signal)
        for server in stack.servers:
            await stop(server)
