"""``/readyz`` under a slow store (issue 17): a dependency that misses the readiness deadline
(``ready_check_timeout_s``) is not called down until ``ready_slow_checks`` checks in a row
missed it, while one that refuses is called down at once (tests/wire/test_http.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import redis.asyncio as aioredis

from tests.conftest import free_port, settings_for, wait_for_port
from tests.wire.test_http import get
from tta_server.app import App
from tta_server.settings import StoreKind


@asynccontextmanager
async def own_redis(tmp_path: Path) -> AsyncIterator[str]:
    """A redis-server of this test's own (it will be paused); yields its URL."""
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        "redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--dir", str(tmp_path),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        await wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.kill()
        await proc.wait()


async def test_a_slow_store_is_ready_until_it_was_slow_several_times_in_a_row(
    tmp_path: Path,
) -> None:
    async with own_redis(tmp_path) as redis_url:
        settings = settings_for(
            StoreKind.REDIS_NEO4J, tmp_path, port=0, redis_url=redis_url,
            ready_check_timeout_s=0.2, ready_slow_checks=3,
        )  # fmt: skip
        app = App(settings)
        await app.start()
        admin = aioredis.Redis.from_url(redis_url)
        try:
            readyz = f"http://127.0.0.1:{app.port}/readyz"
            assert (await get(readyz))[0] == 200
            # Redis busy for 4 s, then answering again: slow, not down
            busy = asyncio.create_task(admin.eval(BUSY, 0, 4000))
            await until_busy(redis_url)
            statuses = [(await get(readyz))[:3:2] for _ in range(3)]
            assert [s for s, _ in statuses] == [200, 200, 503]
            doc = json.loads(statuses[2][1])
            assert doc["failed"] == {"redis": "no answer within 0.2 s (3 checks in a row)"}
            assert "redis" in doc["message"]
            await busy
            assert (await get(readyz))[0] == 200  # one good check: ready again
            busy = asyncio.create_task(admin.eval(BUSY, 0, 2000))
            await until_busy(redis_url)
            assert (await get(readyz))[0] == 200  # and the count starts again
            await busy
        finally:
            await admin.aclose()
            await app.shutdown()


async def until_busy(redis_url: str) -> None:
    """Return once the BUSY script runs: a PING on a fresh connection gets no answer."""
    while True:
        probe = aioredis.Redis.from_url(redis_url)
        try:
            await asyncio.wait_for(probe.ping(), 0.1)
        except TimeoutError:
            return  # Redis is held by the script
        finally:
            await probe.aclose()


BUSY = """
local t = redis.call('TIME')
local stop = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000 + tonumber(ARGV[1])
repeat
  t = redis.call('TIME')
until tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000 >= stop
return 1
"""
"""A Lua script that keeps Redis busy for ARGV[1] ms: every other client waits meanwhile."""


def test_a_bad_readiness_setting_is_refused_with_one_line_naming_it() -> None:
    import pytest

    from tta_server.settings import SettingsError, load_settings

    for name, bad in (("ready_check_timeout_s", 0), ("ready_slow_checks", 0)):
        with pytest.raises(SettingsError) as refused:
            load_settings(**{name: bad})
        assert len(str(refused.value).splitlines()) == 1 and f"'{name}'" in str(refused.value)
