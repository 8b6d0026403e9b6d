"""HAProxy (Debian's ``haproxy``) running docs/deploy/haproxy/haproxy.cfg as written, for
:func:`tests.deploy.stack.deployment`: only the listening address, the certificate file (the
test CA's certificate and key joined, HAProxy's form), the two servers' ports and the system
paths (no chroot, no user switch, the log to HAProxy's stderr, the admin socket in the test's
folder) are replaced, each checked to occur exactly once. The runtime API on the admin socket
tells which servers HAProxy has in rotation."""

from __future__ import annotations

import asyncio
import csv
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.deploy.stack import Proxy, Stack, swap_once, system_binary
from tests.tls_certs import Pki

ROOT = Path(__file__).resolve().parents[2]
RECIPE = ROOT / "docs" / "deploy" / "haproxy" / "haproxy.cfg"
BACKEND = "tta_servers"
IN_ROTATION_S = 30.0


def recipe_for(folder: Path, listen: int, crt: Path, ports: list[int]) -> str:
    """The recipe with this test's address, certificate, servers and paths."""
    assert len(ports) == 2, "the recipe names two processes"
    swaps = [
        ("bind :443 ", f"bind 127.0.0.1:{listen} "),
        ("crt /etc/haproxy/certs/tta.example.org.pem ", f"crt {crt} "),
        ("server tta1 127.0.0.1:8765", f"server tta1 127.0.0.1:{ports[0]}"),
        ("server tta2 127.0.0.1:8766", f"server tta2 127.0.0.1:{ports[1]}"),
        ("log /dev/log local0", "log stderr format short local0 info"),
        ("chroot /var/lib/haproxy\n", ""),
        ("user haproxy\n", ""),
        ("group haproxy\n", ""),
        ("stats socket /run/haproxy/admin.sock ", f"stats socket {folder / 'admin.sock'} "),
    ]
    return swap_once(RECIPE.read_text(encoding="utf-8"), swaps, "the HAProxy recipe")


async def haproxy_proxy(folder: Path, listen: int, pki: Pki, ports: list[int]) -> Proxy:
    """HAProxy with the recipe, checked with ``haproxy -c``; runs in the foreground (``-db``)."""
    haproxy = system_binary("haproxy", "haproxy")
    prefix = folder / "haproxy"
    prefix.mkdir()
    crt = prefix / "tta.pem"
    crt.write_bytes(pki.cert.read_bytes() + pki.key.read_bytes())
    crt.chmod(0o600)
    conf = prefix / "haproxy.cfg"
    conf.write_text(recipe_for(prefix, listen, crt, ports), encoding="utf-8")
    checked = await asyncio.to_thread(
        subprocess.run, [haproxy, "-c", "-f", str(conf)], capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert checked.returncode == 0, f"haproxy -c refused the recipe:\n{checked.stdout}"
    return Proxy([haproxy, "-db", "-f", str(conf)], signal.SIGTERM, prefix / "admin.sock")


async def server_states(admin_socket: Path) -> dict[str, str]:
    """Each server of the backend and its status as HAProxy sees it (``UP``, ``DOWN``, ...),
    from ``show stat`` on the runtime API."""
    reader, writer = await asyncio.open_unix_connection(str(admin_socket))
    try:
        writer.write(b"show stat\n")
        await writer.drain()
        text = (await reader.read()).decode()
    finally:
        writer.close()
        await writer.wait_closed()
    rows = csv.DictReader(text.lstrip("# ").splitlines())
    return {
        row["svname"]: row["status"]
        for row in rows
        if row["pxname"] == BACKEND and row["svname"] not in ("FRONTEND", "BACKEND")
    }


async def wait_in_rotation(stack: Stack, i: int) -> None:
    """Return once HAProxy's health check has server ``i`` (``tta{i+1}``) up again."""
    await wait_for_states(stack, lambda states: states.get(f"tta{i + 1}") == "UP", f"tta{i + 1} up")


async def wait_for_states(
    stack: Stack, wanted: Callable[[dict[str, str]], bool], what: str
) -> dict[str, str]:
    """Poll ``show stat`` until ``wanted`` holds for the servers' states (within
    ``IN_ROTATION_S``), and return them. A state is read at a moment between health checks
    (one per second): under load one check can miss its timeout and show ``UP 1/2`` (up, one
    failed check of the two that take it out), so a test waits for a state rather than sampling
    it once."""
    assert stack.proxy is not None and stack.proxy.admin_socket is not None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + IN_ROTATION_S
    while not wanted(states := await server_states(stack.proxy.admin_socket)):
        assert loop.time() < deadline, f"not {what} in HAProxy after {IN_ROTATION_S} s: {states}"
        await asyncio.sleep(0.1)
    return states
