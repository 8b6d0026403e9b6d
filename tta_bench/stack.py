"""Two ``tta-server`` processes on the redis-neo4j store behind HAProxy running
docs/deploy/haproxy/haproxy.cfg, for the arrival bench (:mod:`tta_bench.arrival`).

``python -m tta_bench.stack start --dir D`` makes a self-signed certificate for 127.0.0.1
(``D/ca.pem``: pass it to the bench as ``--ca-file``), writes the recipe with only the values an
operator changes replaced (the listening address, the certificate, the two servers' ports, and
the system paths: no chroot, no user switch, the log and the admin socket in ``D``), checks it
with ``haproxy -c``, starts the two servers (``python -m tta_server.cli``, the store and
``trusted_proxies = ["127.0.0.1"]`` set, and the per-address and per-connection limits that one
bench machine would trip off, as :data:`~tta_bench.report.BENCH_SERVER_SETTINGS`), waits until
both answer ``/readyz`` (their warm-up done), starts HAProxy, and waits until ``/readyz``
answers through it. It prints the bench's URL and the servers' pids; ``D/stack.json`` keeps
them. ``python -m tta_bench.stack stop --dir D`` sends SIGTERM to each process it started and
waits for them. Needs Debian's ``haproxy`` and ``openssl``. The store's services come from
``--redis-url`` / ``--neo4j-uri`` (default: the usual settings sources).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tta_bench.report import BENCH_SERVER_SETTINGS

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "docs" / "deploy" / "haproxy" / "haproxy.cfg"
READY_S = 120.0


def recipe_for(folder: Path, listen: int, crt: Path, ports: tuple[int, int]) -> str:
    """The HAProxy recipe with this stack's address, certificate, servers and paths; each
    replaced text must occur exactly once."""
    text = RECIPE.read_text(encoding="utf-8")
    swaps = [
        ("bind :443 ", f"bind 127.0.0.1:{listen} "),
        ("crt /etc/haproxy/certs/tta.example.org.pem ", f"crt {crt} "),
        ("server tta1 127.0.0.1:8765", f"server tta1 127.0.0.1:{ports[0]}"),
        ("server tta2 127.0.0.1:8766", f"server tta2 127.0.0.1:{ports[1]}"),
        ("log /dev/log local0", "log stdout format short local0 notice"),
        ("chroot /var/lib/haproxy\n", ""),
        ("user haproxy\n", ""),
        ("group haproxy\n", ""),
        ("    daemon\n", ""),
        ("stats socket /run/haproxy/admin.sock ", f"stats socket {folder / 'admin.sock'} "),
    ]
    for old, new in swaps:
        if text.count(old) != 1:
            raise SystemExit(f"tta_bench.stack: the HAProxy recipe no longer has {old!r} once")
        text = text.replace(old, new)
    return text


def _binary(name: str) -> str:
    found = shutil.which(name, path=f"{os.environ.get('PATH', '')}:/usr/sbin")
    if found is None:
        raise SystemExit(f"tta_bench.stack: {name} is needed (apt-get install {name})")
    return found


def _certificate(folder: Path) -> Path:
    """A self-signed certificate for 127.0.0.1; returns HAProxy's pem (certificate + key)."""
    cert, key = folder / "ca.pem", folder / "key.pem"
    subprocess.run(  # noqa: S603 - openssl from PATH, our own arguments
        [
            _binary("openssl"), "req", "-x509", "-newkey", "ec", "-pkeyopt",
            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out", str(cert),
            "-days", "7", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    pem = folder / "tta.pem"
    pem.write_bytes(cert.read_bytes() + key.read_bytes())
    pem.chmod(0o600)
    return pem


def server_env(
    port: int,
    *,
    store: str = "redis-neo4j",
    redis_url: str | None = None,
    neo4j_uri: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, str]:
    """The environment of one bench ``tta-server``: this one's without ``TTA_*``, then
    :data:`~tta_bench.report.BENCH_SERVER_SETTINGS`, the store, the address, HAProxy on
    127.0.0.1 trusted, the services' addresses when given, and ``extra`` settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    settings = {**BENCH_SERVER_SETTINGS, **(extra or {})}
    env |= {f"TTA_{k.upper()}": str(v) for k, v in settings.items()}
    env |= {
        "TTA_STORE": store,
        "TTA_HOST": "127.0.0.1",
        "TTA_PORT": str(port),
        "TTA_TRUSTED_PROXIES": '["127.0.0.1"]',
    }
    if redis_url:
        env["TTA_REDIS_URL"] = redis_url
    if neo4j_uri:
        env["TTA_NEO4J_URI"] = neo4j_uri
    return env


def _ready(url: str, context: ssl.SSLContext | None = None) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5, context=context) as r:  # noqa: S310
            return bool(r.status == 200)
    except (OSError, urllib.error.URLError):
        return False


def wait_ready(url: str, context: ssl.SSLContext | None = None) -> None:
    deadline = time.monotonic() + READY_S
    while not _ready(url, context):
        if time.monotonic() > deadline:
            raise SystemExit(f"tta_bench.stack: {url} not ready within {READY_S:.0f} s")
        time.sleep(0.5)


def start(args: argparse.Namespace) -> int:
    folder: Path = args.dir.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    ports = (args.ports[0], args.ports[1])
    pem = _certificate(folder)
    conf = folder / "haproxy.cfg"
    conf.write_text(recipe_for(folder, args.listen, pem, ports), encoding="utf-8")
    haproxy = _binary("haproxy")
    subprocess.run([haproxy, "-c", "-q", "-f", str(conf)], check=True)  # noqa: S603
    pids: dict[str, int] = {}
    for i, port in enumerate(ports, 1):
        log = (folder / f"server{i}.log").open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", "tta_server.cli"],
            env=server_env(port, redis_url=args.redis_url, neo4j_uri=args.neo4j_uri),
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        pids[f"server{i}"] = proc.pid
    (folder / "stack.json").write_text(json.dumps({"pids": pids}), encoding="utf-8")
    for port in ports:
        wait_ready(f"http://127.0.0.1:{port}/readyz")
    log = (folder / "haproxy.log").open("ab")
    proxy = subprocess.Popen(  # noqa: S603 - Debian's haproxy, our own arguments
        [haproxy, "-db", "-f", str(conf)], stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    pids["haproxy"] = proxy.pid
    url = f"wss://127.0.0.1:{args.listen}"
    (folder / "stack.json").write_text(json.dumps({"pids": pids, "url": url}), encoding="utf-8")
    context = ssl.create_default_context(cafile=str(folder / "ca.pem"))
    wait_ready(f"https://127.0.0.1:{args.listen}/readyz", context)
    servers = " ".join(f"--server-pid {pids[f'server{i}']}" for i in (1, 2))
    print(f"ready: --url {url} --ca-file {folder / 'ca.pem'} {servers}")
    return 0


def stop(args: argparse.Namespace) -> int:
    state = args.dir.resolve() / "stack.json"
    if not state.exists():
        print(f"tta_bench.stack: nothing started in {args.dir}", file=sys.stderr)
        return 1
    pids = json.loads(state.read_text(encoding="utf-8"))["pids"]
    for pid in pids.values():
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
    deadline = time.monotonic() + 30
    for pid in pids.values():
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.2)
    state.unlink()
    print(f"stopped: {', '.join(f'{k} {v}' for k, v in pids.items())}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tta_bench.stack", description=__doc__)
    p.add_argument("action", choices=["start", "stop"])
    p.add_argument("--dir", type=Path, required=True, help="folder for the stack's files")
    p.add_argument("--listen", type=int, default=8443, help="HAProxy's port on 127.0.0.1")
    p.add_argument("--ports", type=int, nargs=2, default=[8765, 8766], help="the two servers'")
    p.add_argument("--redis-url")
    p.add_argument("--neo4j-uri")
    args = p.parse_args(argv)
    return start(args) if args.action == "start" else stop(args)


if __name__ == "__main__":
    sys.exit(main())
