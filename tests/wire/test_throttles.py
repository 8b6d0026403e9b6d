"""Throttles that cannot be raced or shared (issue 13, item 3), on both stores: parallel guesses
and registrations stop exactly at the limit, failures by others never lock out a device that
logged in before, and behind a trusted proxy each client has its own allowance."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from websockets.asyncio.client import connect

from tests.wire.client import TIMEOUT, Client, character, player
from tests.wire.servers import serving
from tta_server.settings import StoreKind

PW = "correct horse battery"
MANY = {"max_connections_per_address": 0, "connect_rate_per_address": 0}
"""200 clients from 127.0.0.1 at once: the per-address connection limits are not under test."""


async def attempt(url: str, kind: str, **fields: str) -> str:
    c = await Client.open(url)
    try:
        reply = await c.request(kind, **fields)
        return str(reply.get("code", reply["type"]))
    finally:
        await c.close()


async def test_two_hundred_parallel_guesses_get_five_answers(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, **MANY) as url:
        await (await player(url, "wren")).close()
        results = await asyncio.gather(
            *(
                attempt(url, "login", username="wren", password=f"guess number {i}")
                for i in range(200)
            )
        )
        counts = Counter(results)
        print(f"200 parallel guesses: {dict(counts)} ({store_kind})")
        assert counts == {"login_failed": 5, "login_throttled": 195}
        # the right password is refused too until the window ends
        assert await attempt(url, "login", username="wren", password=PW) == "login_throttled"


async def test_parallel_registrations_stop_at_the_hourly_limit(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, register_throttle_per_address=20, **MANY) as url:
        results = await asyncio.gather(
            *(attempt(url, "register", username=f"new{i}", password=PW) for i in range(100))
        )
        counts = Counter(results)
        print(f"100 parallel registrations: {dict(counts)} ({store_kind})")
        assert counts == {"register.ok": 20, "register_throttled": 80}


async def test_failed_registrations_do_not_use_up_the_limit(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, register_throttle_per_address=2) as url:
        await (await player(url, "xena")).close()
        for _ in range(3):
            assert await attempt(url, "register", username="xena", password=PW) == "username_taken"
        assert await attempt(url, "register", username="yuri", password=PW) == "register.ok"


async def attempt_with(url: str, username: str, password: str, device: str | None) -> str:
    fields = {"username": username, "password": password}
    if device is not None:
        fields["device"] = device
    return await attempt(url, "login", **fields)


async def test_others_failures_never_lock_out_a_device_that_logged_in_before(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, login_throttle_per_address=10, **MANY) as url:
        c = await Client.open(url)
        await c.ok("register", username="zara", password=PW)
        newbie = (await c.ok("register", username="newbie", password=PW))["device"]
        device = (await c.ok("login", username="zara", password=PW))["device"]
        await c.close()
        for i in range(12):  # someone at the same address guesses made-up names
            got = await attempt(url, "login", username=f"ghost{i}", password="wrong password")
            assert got == ("login_failed" if i < 10 else "login_throttled")
        for _ in range(3):  # and zara's own name, from elsewhere in the window
            assert await attempt_with(url, "zara", "wrong password", None) == "login_throttled"
        # without its device a login waits for the window, as the docs say
        assert await attempt_with(url, "zara", PW, None) == "login_throttled"
        # with it, the player is in; so is a player who registered on this device
        assert await attempt_with(url, "zara", PW, device) == "login.ok"
        assert await attempt_with(url, "newbie", PW, newbie) == "login.ok"


async def test_a_device_token_needs_the_password_and_has_its_own_limit(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, **MANY) as url:
        c = await Client.open(url)
        await c.ok("register", username="omar", password=PW)
        await c.ok("register", username="yara", password=PW)
        first = (await c.ok("login", username="yara", password=PW))["device"]
        await c.ok("logout")
        again = await c.ok("login", username="yara", password=PW, device=first)
        await c.close()
        assert again["device"] == first  # kept, and renewed
        for i in range(6):
            got = await attempt_with(url, "yara", "wrong password", first)
            assert got == ("login_failed" if i < 5 else "login_throttled")
        assert await attempt_with(url, "yara", PW, first) == "login_throttled"
        # the device's failures were its own: yara's name and omar's are untouched
        assert await attempt_with(url, "yara", PW, None) == "login.ok"
        # a device token of another account is no device of omar's: omar's name limit applies
        for i in range(6):
            got = await attempt_with(url, "omar", "wrong password", first)
            assert got == ("login_failed" if i < 5 else "login_throttled")
        assert await attempt_with(url, "omar", PW, first) == "login_throttled"


async def test_behind_a_trusted_proxy_each_client_has_its_own_allowance(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(
        store_kind, tmp_path, trusted_proxies=["127.0.0.1"], login_throttle_per_address=3
    ) as url:

        async def via_proxy(client_ip: str, username: str) -> str:
            headers = {"X-Forwarded-For": f"198.51.100.99, {client_ip}"}
            async with connect(url, additional_headers=headers, open_timeout=TIMEOUT) as ws:
                c = Client(ws)
                c.hello = await c.recv()
                reply = await c.request("login", username=username, password="wrong password")
                return str(reply["code"])

        for i in range(3):
            assert await via_proxy("203.0.113.7", f"nobody{i}") == "login_failed"
        assert await via_proxy("203.0.113.7", "nobody9") == "login_throttled"
        assert await via_proxy("203.0.113.8", "nobody9") == "login_failed"  # someone else


async def test_new_sessions_per_account_are_limited_but_failed_starts_do_not_count(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, session_starts_per_hour=3, **MANY) as url:
        c = await player(url, "abel")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        missing = await c.request("session.start", character_id="nope", world_id="lantern-coast")
        assert missing["code"] == "not_found"
        started = [
            await c.request("session.start", character_id=cid, world_id="lantern-coast")
            for _ in range(5)
        ]
        kinds = Counter(str(r.get("code", r["type"])) for r in started)
        assert kinds == {"session.start.ok": 3, "session_throttled": 2}, kinds
        refused = next(r for r in started if r["type"] == "error")
        assert 0 < refused["retry_after"] <= 3600
        sid = next(r for r in started if r["type"] == "session.start.ok")["session"]["id"]
        resumed = await c.request("session.resume", session_id=sid, last_seq=0)
        assert resumed["type"] == "session.resume.ok"  # resuming is never limited
        await c.close()


SLOW_HASH = {"argon2_time_cost": 40, "password_hash_workers": 1, "password_hash_queue": 1, **MANY}
"""One hashing thread, one place to wait, and a hash slow enough (tens of milliseconds) that
logins sent together overlap."""


async def test_a_login_burst_past_the_hashing_queue_is_told_busy_and_loses_no_allowance(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(store_kind, tmp_path, **SLOW_HASH) as url:
        await (await player(url, "wren")).close()
        clients = [await Client.open(url) for _ in range(8)]
        try:
            replies = await asyncio.gather(
                *(c.request("login", username="wren", password="a wrong guess") for c in clients)
            )
        finally:
            for c in clients:
                await c.close()
        counts = Counter(str(r.get("code")) for r in replies)
        print(f"8 guesses at once, 1 hashing thread, 1 waiting: {dict(counts)} ({store_kind})")
        # every guess takes a place in the name's allowance (5) before its hash: the places of
        # guesses answered busy are given back
        assert set(counts) <= {"login_failed", "busy", "login_throttled"} and counts["busy"] >= 1
        for r in replies:
            if r["code"] == "busy":
                assert r["retry_after"] >= 1 and "try again" in r["message"]
        # a guess answered busy was not made: the name still has exactly five failures to use
        failed = counts["login_failed"]
        while (code := await attempt(url, "login", username="wren", password="wrong")) == (
            "login_failed"
        ):
            failed += 1
        assert code == "login_throttled" and failed == 5


CLINIC = {
    **SLOW_HASH,
    "argon2_time_cost": 4,
    "password_hash_queue": 64,
    "register_throttle_per_address": 0,
}
"""One hashing thread with room for a clinic to wait, and a hash short enough that 30 in a row
fit in a client's timeout: logins sent together queue behind it."""


async def register_many(url: str, names: list[str]) -> None:
    c = await Client.open(url)
    try:
        for name in names:
            await c.ok("register", username=name, password=PW)
    finally:
        await c.close()


async def test_a_clinic_logging_in_at_once_behind_one_address_all_get_in(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """30 first logins (no device token) at once from one address, with room for 5 failures per
    address: a login holds its place only while its own check runs, so none is refused."""
    async with serving(store_kind, tmp_path, login_throttle_per_address=5, **CLINIC) as url:
        names = [f"clinic{i}" for i in range(30)]
        await register_many(url, names)
        results = await asyncio.gather(*(attempt_with(url, n, PW, None) for n in names))
        assert Counter(results) == {"login.ok": 30}
        # and the address's allowance still counts failures: five, then refused
        for i in range(6):
            got = await attempt_with(url, f"ghost{i}", "wrong password", None)
            assert got == ("login_failed" if i < 5 else "login_throttled")


async def refusal(url: str, username: str, password: str) -> dict[str, object]:
    c = await Client.open(url)
    try:
        return await c.request("login", username=username, password=password)
    finally:
        await c.close()


async def test_a_refusal_says_whose_failures_and_how_long_to_wait(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with serving(
        store_kind, tmp_path, login_throttle_attempts=2, login_throttle_per_address=3, **MANY
    ) as url:
        await (await player(url, "wren")).close()
        for _ in range(2):
            assert (await refusal(url, "wren", "wrong password"))["code"] == "login_failed"
        name = await refusal(url, "wren", PW)
        assert name["code"] == "login_throttled"
        assert str(name["message"]).startswith("Too many failed logins for this user name.")
        assert "try again in" in str(name["message"]) and float(str(name["retry_after"])) > 0
        assert (await refusal(url, "nobody", "wrong password"))["code"] == "login_failed"
        address = await refusal(url, "somebody", "wrong password")
        assert address["code"] == "login_throttled"
        assert str(address["message"]).startswith("Too many failed logins from your network.")


async def test_too_many_logins_at_once_from_one_address_are_told_so(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """Two logins per address may wait for or run a check at once; of eight sent together,
    the rest are told it is the number at once (not failures), and a known device is not
    held back by them."""
    slow = {**CLINIC, "argon2_time_cost": 40}  # the eight overlap however loaded the machine
    async with serving(store_kind, tmp_path, login_in_flight_per_address=2, **slow) as url:
        names = [f"rush{i}" for i in range(8)]
        await register_many(url, names)
        c = await Client.open(url)
        device = (await c.ok("login", username="rush0", password=PW))["device"]
        await c.close()
        clients = [await Client.open(url) for _ in range(len(names) + 1)]
        try:
            pairs = zip(clients[:-1], names, strict=True)
            replies = await asyncio.gather(
                *(c.request("login", username=n, password=PW) for c, n in pairs),
                clients[-1].request("login", username="rush0", password=PW, device=device),
            )
        finally:
            for c in clients:
                await c.close()
        assert replies.pop()["type"] == "login.ok"  # the known device, among them
        counts = Counter(str(r.get("code", r["type"])) for r in replies)
        assert counts == {"login.ok": 2, "login_throttled": 6}, counts
        for r in replies:
            if r["type"] == "error":
                assert str(r["message"]).startswith(
                    "Too many login attempts at once from your network."
                )
                assert float(r["retry_after"]) >= 1


def test_a_bad_login_setting_is_refused_at_start_up_with_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    env |= {"COLUMNS": "400", "TTA_LOGIN_IN_FLIGHT_PER_ADDRESS": "-1"}
    done = subprocess.run(
        [sys.executable, "-m", "tta_server.cli", "--port", "0", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "'login_in_flight_per_address'" in lines[0], done.stderr
    assert "TTA_LOGIN_IN_FLIGHT_PER_ADDRESS" in lines[0]
