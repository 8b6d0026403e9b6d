"""``tta-admin`` against every store, run for real: in-process with typer's CliRunner, and as
the installed console script (exit codes, one-line errors on stderr, health of a live server).

Tests that invoke the CLI in-process are plain functions: each command runs ``asyncio.run``,
which cannot run inside a running event loop. They prepare and inspect data with
``asyncio.run`` too. The one test that needs the ``server`` fixture (an event loop serving
HTTP) runs the CLI as a subprocess instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from typer.testing import CliRunner, Result

from tests.conftest import NEO4J_URI, REDIS_URL, open_clean_store, settings_for
from tta_server.accounts import registration_errors
from tta_server.admin import app
from tta_server.admin.health import readyz_url
from tta_server.settings import Settings, StoreKind
from tta_server.store import make_store
from tta_server.store.base import Account, Store

T = TypeVar("T")

PW = "correct horse battery"
TTA_ADMIN = Path(sys.executable).parent / "tta-admin"
ENV = {
    "TTA_REDIS_URL": REDIS_URL,
    "TTA_NEO4J_URI": NEO4J_URI,
    "TTA_ARGON2_TIME_COST": "1",
    "TTA_ARGON2_MEMORY_KIB": "8192",
}
DEAD_NEO4J = "bolt://127.0.0.1:1"


class Admin:
    """``tta-admin --store KIND --data-dir DIR ...`` in-process, on a wiped store."""

    def __init__(self, kind: StoreKind, data_dir: Path) -> None:
        self.kind = kind
        self.data_dir = data_dir
        self.settings = settings_for(kind, data_dir)

    def __call__(self, *args: str, input: str | None = None, **env: str) -> Result:
        argv = ["--store", str(self.kind), "--data-dir", str(self.data_dir), *args]
        return CliRunner().invoke(app, argv, input=input, env={**ENV, **env})

    def create(self, username: str, *options: str) -> Result:
        return self("user", "create", username, "--password-stdin", *options, input=PW + "\n")

    def list_json(self) -> list[dict[str, Any]]:
        result = self("user", "list", "--json")
        assert result.exit_code == 0, result.output
        accounts: list[dict[str, Any]] = json.loads(result.stdout)
        return accounts

    def in_store(self, work: Callable[[Store], Awaitable[T]]) -> T:
        """Run ``work`` on this store, opened (not wiped) in a fresh event loop."""

        async def go() -> T:
            store = make_store(self.settings)
            await store.open()
            try:
                return await work(store)
            finally:
                await store.close()

        return asyncio.run(go())

    def account(self, username: str) -> Account:
        async def get(store: Store) -> Account | None:
            return await store.get_account_by_username(username)

        found = self.in_store(get)
        assert found is not None
        return found


@pytest.fixture
def admin(store_kind: StoreKind, tmp_path: Path) -> Admin:
    async def wipe(settings: Settings) -> None:
        await (await open_clean_store(settings)).close()

    runner = Admin(store_kind, tmp_path)
    asyncio.run(wipe(runner.settings))
    return runner


def run_script(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed ``tta-admin`` console script, with a clean ``TTA_*`` environment."""
    assert TTA_ADMIN.is_file(), f"{TTA_ADMIN} is missing: pip install -e . in the venv"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    return subprocess.run(
        [str(TTA_ADMIN), *args],
        env={**clean, **ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# -- db ------------------------------------------------------------------------------------------


def test_db_init_is_repeatable(admin: Admin) -> None:
    for _ in range(2):
        result = admin("db", "init")
        assert result.exit_code == 0, result.output
        assert f"{admin.kind} store ready" in result.stdout
        assert result.stderr == ""


# -- user ------------------------------------------------------------------------------------------


def test_created_user_is_listed_without_password_hash(admin: Admin) -> None:
    result = admin.create("alice", "--role", "admin")
    assert result.exit_code == 0, result.output
    assert "created alice (admin)" in result.stdout

    listed = admin("user", "list", "--json")
    assert "argon2" not in listed.stdout and PW not in listed.stdout
    [doc] = json.loads(listed.stdout)
    assert set(doc) == {"id", "username", "role", "disabled", "created_at"}
    assert (doc["username"], doc["role"], doc["disabled"]) == ("alice", "admin", False)
    assert doc["id"] == admin.account("alice").id

    table = admin("user", "list")
    assert table.exit_code == 0 and "alice" in table.stdout and "argon2" not in table.stdout


def test_create_prompts_for_the_password_twice(admin: Admin) -> None:
    result = admin("user", "create", "bob", input=f"{PW}\n{PW}\n")
    assert result.exit_code == 0, result.output
    assert "Repeat for confirmation" in result.stdout
    assert PW not in result.stdout
    assert [a["username"] for a in admin.list_json()] == ["bob"]


def test_duplicate_user_name_fails_with_one_line(admin: Admin) -> None:
    assert admin.create("alice").exit_code == 0
    result = admin.create("ALICE")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "tta-admin: an account named 'ALICE' already exists (names ignore case)"
    ]
    assert len(admin.list_json()) == 1


def test_invalid_user_name_prints_the_field_message(admin: Admin) -> None:
    result = admin.create("a!")
    assert result.exit_code == 1
    [problem] = registration_errors("a!", PW)
    assert result.stderr.splitlines() == [f"tta-admin: username: {problem.message}"]
    assert admin.list_json() == []


def test_role_change(admin: Admin) -> None:
    assert admin.create("alice").exit_code == 0
    result = admin("user", "role", "ALICE", "facilitator")
    assert result.exit_code == 0, result.output
    assert "alice: role player -> facilitator" in result.stdout
    assert [a["role"] for a in admin.list_json()] == ["facilitator"]

    missing = admin("user", "role", "nobody", "admin")
    assert missing.exit_code == 1
    assert missing.stderr.splitlines() == ["tta-admin: no account is named 'nobody'"]
    assert admin("user", "role", "alice", "wizard").exit_code == 2


def test_disable_revokes_every_token_and_enable_restores(admin: Admin) -> None:
    assert admin.create("alice").exit_code == 0
    account_id = admin.account("alice").id

    async def save_tokens(store: Store) -> None:
        for token_hash in ("hash-1", "hash-2"):
            await store.save_token(token_hash, account_id, 3600)

    async def live_tokens(store: Store) -> list[str | None]:
        return [await store.touch_token(h, 3600) for h in ("hash-1", "hash-2")]

    admin.in_store(save_tokens)
    result = admin("user", "disable", "alice")
    assert result.exit_code == 0, result.output
    assert "ended 2 login session(s)" in result.stdout
    assert admin.in_store(live_tokens) == [None, None]
    assert admin.account("alice").disabled
    assert admin.list_json()[0]["disabled"] is True

    enabled = admin("user", "disable", "alice", "--enable")
    assert enabled.exit_code == 0, enabled.output
    assert not admin.account("alice").disabled


# -- errors and settings ---------------------------------------------------------------------------


def test_bad_setting_exits_2_with_one_line(admin: Admin, tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    result = admin("--config", str(missing), "user", "list")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"tta-admin: config file {missing} does not exist"]

    result = admin("user", "list", TTA_PORT="not-a-port")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("tta-admin: setting 'port' (TTA_PORT) is invalid")


def test_failure_is_one_line_unless_debug(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    argv = ["--data-dir", str(not_a_dir), "user", "list"]
    quiet = CliRunner().invoke(app, argv, env=ENV)
    assert quiet.exit_code == 1
    [line] = quiet.stderr.splitlines()
    assert line.startswith(f"tta-admin: cannot open the embedded store in {not_a_dir}: ")

    loud = CliRunner().invoke(app, ["--debug", *argv], env=ENV)
    assert loud.exit_code == 1
    assert "Traceback" in loud.stderr
    assert loud.stderr.splitlines()[-1] == line


def test_unreachable_neo4j_is_named_in_one_line_by_the_script() -> None:
    common = ["--store", "redis-neo4j", "--timeout", "2"]
    listed = run_script(*common, "user", "list", TTA_NEO4J_URI=DEAD_NEO4J)
    assert listed.returncode == 1
    [line] = listed.stderr.splitlines()
    assert line.startswith(f"tta-admin: cannot reach Neo4j at {DEAD_NEO4J} ")

    health = run_script(*common, "health", TTA_NEO4J_URI=DEAD_NEO4J)
    assert health.returncode == 1
    assert "Traceback" not in health.stderr
    lines = health.stdout.splitlines()
    assert any(x.startswith(f"FAILED  neo4j   {DEAD_NEO4J} (database neo4j): ") for x in lines)
    assert f"ok      redis   {REDIS_URL}" in lines


# -- health ----------------------------------------------------------------------------------------


def test_health_of_the_stores(admin: Admin) -> None:
    result = admin("health", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    expected = {"sqlite"} if admin.kind is StoreKind.EMBEDDED else {"redis", "neo4j"}
    assert doc["ok"] is True
    assert {c["name"] for c in doc["checks"]} == expected
    assert all(c["ok"] and c["error"] is None for c in doc["checks"])

    text = admin("health")
    assert text.exit_code == 0
    assert sorted(x.split()[1] for x in text.stdout.splitlines()) == sorted(expected)


async def test_health_asks_a_running_server(
    server: str, store_kind: StoreKind, tmp_path: Path
) -> None:
    http_url = server.replace("ws://", "http://")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    proc = await asyncio.create_subprocess_exec(
        *[str(TTA_ADMIN), "--store", str(store_kind), "--data-dir", str(tmp_path)],
        *["health", "--url", http_url, "--json"],
        env={**env, **ENV},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    doc = json.loads(out)
    assert doc["ok"] is True
    assert {"name": "server", "target": f"{http_url}/readyz", "ok": True, "error": None} in doc[
        "checks"
    ]


def test_health_reports_an_unreachable_server(tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path), "health", "--url", "http://127.0.0.1:1"]
    result = CliRunner().invoke(app, argv, env=ENV)
    assert result.exit_code == 1
    [line] = [x for x in result.stdout.splitlines() if "server" in x]
    assert line.startswith("FAILED  server  http://127.0.0.1:1/readyz: ")
    assert "refused" in line

    bad = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "health", "--url", "ftp://x"])
    assert bad.exit_code == 2


def test_readyz_url() -> None:
    assert readyz_url("http://h:1") == "http://h:1/readyz"
    assert readyz_url("ws://h:1/") == "http://h:1/readyz"
    assert readyz_url("wss://h/tta") == "https://h/tta/readyz"


def test_every_command_shows_an_example() -> None:
    commands = [[], ["db", "init"], ["health"]]
    commands += [["user", c] for c in ("create", "list", "role", "disable")]
    for command in commands:
        result = CliRunner().invoke(app, [*command, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example:" in result.stdout, command
