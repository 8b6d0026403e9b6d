"""Plain HTTP on the WebSocket port: health, readiness and metrics."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from tests.conftest import free_port, settings_for, wait_for_port
from tests.wire.client import Client
from tests.wire.servers import serving
from tta_server.app import App
from tta_server.settings import StoreKind


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(
            urllib.request.Request(url, headers=headers or {}), timeout=10
        ) as r:
            return r.status, r.headers["Content-Type"], r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read().decode()


async def get(url: str, **headers: str) -> tuple[int, str, str]:
    return await asyncio.to_thread(_get, url, {k.replace("_", "-"): v for k, v in headers.items()})


async def test_healthz_and_readyz(server: str) -> None:
    base = server.replace("ws://", "http://")
    status, ctype, body = await get(base + "/healthz")
    assert status == 200 and ctype == "application/json" and json.loads(body)["status"] == "ok"
    status, _, body = await get(base + "/readyz")
    assert status == 200 and json.loads(body)["status"] == "ready"
    status, _, body = await get(base + "/nowhere")
    assert status == 404 and "WebSocket" in json.loads(body)["message"]


async def test_metrics_count_messages_errors_and_latency(server: str) -> None:
    c = await Client.open(server)
    await c.request("ping")
    await c.send_raw("{oops")
    await c.recv()
    status, ctype, body = await get(server.replace("ws://", "http://") + "/metrics")
    assert status == 200 and ctype.startswith("text/plain")
    assert 'tta_messages_total{type="ping"} 1.0' in body
    assert 'tta_errors_total{code="bad_json"} 1.0' in body
    assert "tta_connections 1.0" in body
    assert 'tta_operation_seconds_count{op="ping"} 1.0' in body
    await c.close()


async def test_readyz_names_the_dependency_that_failed(tmp_path: Path) -> None:
    """A real outage: the server's own redis-server is stopped while it runs."""
    port = free_port()
    redis = await asyncio.create_subprocess_exec(
        "redis-server",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(tmp_path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await wait_for_port(port)
    settings = settings_for(
        StoreKind.REDIS_NEO4J, tmp_path, port=0, redis_url=f"redis://127.0.0.1:{port}/0"
    )
    app = App(settings)
    await app.start()
    try:
        base = f"http://127.0.0.1:{app.port}"
        assert (await get(base + "/readyz"))[0] == 200
        redis.terminate()
        await redis.wait()
        status, _, body = await get(base + "/readyz")
        doc = json.loads(body)
        assert status == 503 and list(doc["failed"]) == ["redis"] and "redis" in doc["message"]
        assert (await get(base + "/healthz"))[0] == 200
    finally:
        if redis.returncode is None:
            redis.kill()
            await redis.wait()
        await app.shutdown()


async def test_compression_is_offered_only_when_turned_on(tmp_path: Path) -> None:
    from websockets.asyncio.client import connect
    from websockets.extensions.permessage_deflate import PerMessageDeflate

    for on in (False, True):
        app = App(settings_for(StoreKind.EMBEDDED, tmp_path / str(on), port=0, ws_compression=on))
        await app.start()
        try:
            # The client asks for permessage-deflate (websockets' default).
            async with connect(f"ws://127.0.0.1:{app.port}") as ws:
                assert json.loads(await ws.recv())["type"] == "hello"
                kinds = [type(e) for e in ws.protocol.extensions]
                assert kinds == ([PerMessageDeflate] if on else []), on
        finally:
            await app.shutdown()


async def test_metrics_are_for_allowed_addresses_or_the_token(tmp_path: Path) -> None:
    """Behind a trusted proxy, /metrics judges the address the proxy reports."""
    async with serving(
        StoreKind.EMBEDDED, tmp_path, trusted_proxies=["127.0.0.1"], metrics_token="s3cret"
    ) as url:
        metrics = url.replace("ws://", "http://") + "/metrics"
        outside = "203.0.113.9"
        assert (await get(metrics))[0] == 200  # loopback, by default
        status, _, body = await get(metrics, X_Forwarded_For=outside)
        assert status == 403 and "metrics_allow" in json.loads(body)["message"]
        bad = await get(metrics, X_Forwarded_For=outside, Authorization="Bearer guess")
        assert bad[0] == 403
        good = await get(metrics, X_Forwarded_For=outside, Authorization="Bearer s3cret")
        assert good[0] == 200 and "tta_connections" in good[2]


async def test_metrics_can_be_turned_off(tmp_path: Path) -> None:
    async with serving(StoreKind.EMBEDDED, tmp_path, metrics_allow=[]) as url:
        assert (await get(url.replace("ws://", "http://") + "/metrics"))[0] == 403


async def test_browsers_connect_only_from_allowed_origins(tmp_path: Path) -> None:
    """Terminal clients send no Origin; a browser page from elsewhere is refused (CSWSH)."""
    async with serving(
        StoreKind.EMBEDDED, tmp_path, allowed_origins=["https://play.example.org"]
    ) as url:
        with pytest.raises(InvalidStatus) as refused:
            await connect(url, origin=Origin("https://evil.example.com"))
        assert refused.value.response.status_code == 403
        async with connect(url, origin=Origin("https://play.example.org")) as ws:
            assert json.loads(await ws.recv())["type"] == "hello"
        async with connect(url) as ws:
            assert json.loads(await ws.recv())["type"] == "hello"
