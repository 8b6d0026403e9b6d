"""The real ``tta-server`` command: settings errors, graceful shutdown, two processes."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed

from tests.conftest import NEO4J_URI, REDIS_URL, open_clean_store, settings_for
from tests.wire.client import Client, character, player
from tests.world.tiny import TINY
from tta_server.accounts import Accounts
from tta_server.settings import StoreKind
from tta_server.store.base import Role

SERVER = [sys.executable, "-m", "tta_server.cli"]
PW = "correct horse battery"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    env.update(
        TTA_REDIS_URL=REDIS_URL,
        TTA_NEO4J_URI=NEO4J_URI,
        TTA_ARGON2_TIME_COST="1",
        TTA_ARGON2_MEMORY_KIB="8192",
        **extra,
    )
    return env


@asynccontextmanager
async def running_server(
    data_dir: Path, store: str = "embedded", *args: str, **env: str
) -> AsyncIterator[tuple[str, asyncio.subprocess.Process]]:
    proc = await asyncio.create_subprocess_exec(
        *SERVER,
        "--port",
        "0",
        "--store",
        store,
        "--data-dir",
        str(data_dir),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=_env(**env),
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        found = re.search(r"ws://[\d.]+:\d+", line)
        assert found, f"server did not start: {line!r}"
        yield found.group(0), proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def _run(*args: str, **env: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        *SERVER,
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=_env(**env),
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, err.decode()


@pytest.mark.parametrize(
    ("args", "env", "needle"),
    [
        ((), {"TTA_PORT": "eighty"}, "setting 'port' (TTA_PORT)"),
        ((), {"TTA_RATE_LIMIT_WINDOW_S": "-1"}, "setting 'rate_limit_window_s'"),
        ((), {"TTA_LOG_LEVEL": "LOUD"}, "setting 'log_level'"),
        (("--config", "/nonexistent/tta.toml"), {}, "config file /nonexistent/tta.toml"),
        (("--worlds-dir", "/nonexistent/worlds"), {}, "setting 'worlds_dir' (TTA_WORLDS_DIR)"),
        (
            (),
            {"TTA_CRISIS_RESOURCES_FILE": "/nonexistent/lines.toml"},
            "tta-server: lines.toml: cannot be read",
        ),
    ],
)
async def test_bad_setting_stops_start_with_one_line(
    args: tuple[str, ...], env: dict[str, str], needle: str
) -> None:
    code, err = await _run(*args, **env)
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


async def test_config_file_is_read_and_unknown_keys_named(tmp_path: Path) -> None:
    bad = tmp_path / "tta.toml"
    bad.write_text("prot = 9000\n")
    code, err = await _run("--config", str(bad))
    assert code == 2 and "prot" in err and len(err.strip().splitlines()) == 1


async def test_worlds_dir_offers_its_worlds_instead_of_the_shipped_ones(tmp_path: Path) -> None:
    own = tmp_path / "our-worlds"
    own.mkdir()
    (own / "tiny.toml").write_text(TINY, encoding="utf-8")
    async with running_server(tmp_path / "data", "embedded", "--worlds-dir", str(own)) as (url, _):
        c = await player(url, "wanda")
        assert [w["id"] for w in (await c.ok("world.list"))["worlds"]] == ["tiny"]
        await c.close()


async def test_sigterm_closes_connections_with_1001_and_exits_cleanly(tmp_path: Path) -> None:
    async with running_server(tmp_path) as (url, proc):
        c = await Client.open(url)
        assert (await c.request("ping"))["type"] == "ping.ok"
        proc.send_signal(signal.SIGTERM)
        with pytest.raises(ConnectionClosed) as info:
            while True:
                await c.recv()
        assert info.value.rcvd is not None and info.value.rcvd.code == 1001
        assert "reconnect" in info.value.rcvd.reason
        assert await asyncio.wait_for(proc.wait(), 30) == 0


async def test_a_second_server_on_one_embedded_data_folder_is_refused(tmp_path: Path) -> None:
    async with running_server(tmp_path) as (url, proc):
        code, err = await _run("--port", "0", "--data-dir", str(tmp_path))
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert f"another TTA server (pid {proc.pid})" in err and "--data-dir" in err
        c = await Client.open(url)  # the first one is unharmed
        assert (await c.request("ping"))["type"] == "ping.ok"
        await c.close()
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    async with running_server(tmp_path) as (url, proc):  # free again once it stopped
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0


async def test_a_session_moves_between_two_server_processes(tmp_path: Path) -> None:
    """Two tta-server processes share one Redis and Neo4j: resume on the other one, and the
    newer connection takes the session over across processes."""
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    await store.close()
    async with (
        running_server(tmp_path / "a", "redis-neo4j") as (url_a, _),
        running_server(tmp_path / "b", "redis-neo4j") as (url_b, _),
    ):
        a = await player(url_a, "otto")
        cid = (await a.ok("character.create", character=character()))["character"]["id"]
        sid = (await a.ok("session.start", character_id=cid, world_id="lantern-coast"))["session"][
            "id"
        ]
        last = await a.ok("turn", turn_id="t1", text="go inside")
        b = await Client.open(url_b)
        await b.ok("login", username="otto", password=PW)
        resumed = await b.ok("session.resume", session_id=sid, last_seq=1)
        assert resumed["replay"] == last["last_seq"] - 1
        await b.wait_events(resumed["replay"])
        assert [e["seq"] for e in b.events] == list(range(2, last["last_seq"] + 1))
        with pytest.raises(ConnectionClosed) as info:
            while True:
                await a.recv()
        assert info.value.rcvd is not None and info.value.rcvd.code == 4000
        played = await b.turn("look around", "t2")
        assert played[0]["seq"] == last["last_seq"] + 1
        # the world moved with the session: the player is still where process A left them
        assert played[-1]["data"]["summary"]["location"] == "Rue's Tea Hut"
        await b.close()


async def test_a_crisis_on_one_process_reaches_a_facilitator_on_another(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path)
    store = await open_clean_store(settings)
    await Accounts(store, settings).register("fay", PW, Role.FACILITATOR)
    await store.close()
    async with (
        running_server(tmp_path / "a", "redis-neo4j") as (url_a, _),
        running_server(tmp_path / "b", "redis-neo4j") as (url_b, _),
    ):
        f = await Client.open(url_b)
        await f.ok("login", username="fay", password=PW)
        await f.ok("alerts.subscribe")
        a = await player(url_a, "pia")
        cid = (await a.ok("character.create", character=character()))["character"]["id"]
        await a.ok("session.start", character_id=cid, world_id="lantern-coast")
        assert (await a.ok("turn", turn_id="t1", text="i want to die"))["safety"] == "crisis"
        while (doc := await f.recv())["type"] != "safety.alert":
            pass
        assert doc["alert"]["text"] == "i want to die" and doc["alert"]["username"] == "pia"
        await a.close()
        await f.close()


async def test_json_logs_carry_ids_and_never_secrets_or_player_text(tmp_path: Path) -> None:
    import json

    async with running_server(tmp_path, TTA_LOG_FORMAT="json", TTA_LOG_LEVEL="DEBUG") as (
        url,
        proc,
    ):
        c = await Client.open(url)
        await c.ok("register", username="quinn", password="secret sauce 12345")
        token = (await c.ok("login", username="quinn", password="secret sauce 12345"))["token"]
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        await c.ok("turn", turn_id="t1", text="I confide my darkest secret to the gull")
        await c.ok("turn", turn_id="t2", text="I want to stop existing, truly")
        await c.close()
        proc.send_signal(signal.SIGTERM)
        assert proc.stderr is not None
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    lines = [json.loads(line) for line in err.decode().splitlines() if line.strip()]
    assert lines and all({"ts", "level", "logger", "msg"} <= set(doc) for doc in lines)
    assert any(doc.get("conn") for doc in lines)
    text = err.decode()
    for secret in ("secret sauce", token, "darkest secret", "Grew up by the sea", "stop existing"):
        assert secret not in text
