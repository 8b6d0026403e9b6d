"""The bounded password pool: hashes and checks run on its own threads, and past its queue a
request is refused at once with ``busy`` and a retry-after instead of waiting."""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading

import pytest

from tta_server.passwords import Passwords, default_workers
from tta_server.protocol.errors import ErrorCode, ProtocolError

FAST = {"time_cost": 1, "memory_kib": 8 * 1024}


async def test_hash_and_verify() -> None:
    pw = Passwords(**FAST, workers=1, queue=4)
    try:
        h = await pw.hash("correct horse battery")
        assert await pw.verify(h, "correct horse battery")
        assert not await pw.verify(h, "wrong horse battery")
        assert not await pw.verify(None, "correct horse battery")  # no account: dummy hash
        assert not await pw.verify("not a hash", "correct horse battery")
    finally:
        pw.close()


async def test_past_the_queue_a_request_is_busy_with_a_retry_after() -> None:
    pw = Passwords(**FAST, workers=1, queue=1)
    try:
        # each coroutine checks the pool before its first await: one runs, one waits, the
        # third finds the pool full
        results = await asyncio.gather(
            *(pw.hash(f"password number {i}") for i in range(3)), return_exceptions=True
        )
        assert isinstance(results[0], str) and isinstance(results[1], str)
        busy = results[2]
        assert isinstance(busy, ProtocolError) and busy.code == ErrorCode.BUSY
        assert busy.retry_after is not None and busy.retry_after >= 1.0
        assert "try again" in busy.message
        assert pw.busy_refusals == 1
        assert pw.waiting == 0
        assert isinstance(await pw.hash("after the burst"), str)  # the pool recovers
    finally:
        pw.close()


async def test_queue_zero_never_refuses() -> None:
    pw = Passwords(**FAST, workers=1, queue=0)
    try:
        hashes = await asyncio.gather(*(pw.hash(f"password number {i}") for i in range(12)))
        assert len(set(hashes)) == 12 and pw.busy_refusals == 0
    finally:
        pw.close()


def _new_hashing_threads(earlier: set[threading.Thread]) -> list[threading.Thread]:
    return [t for t in set(threading.enumerate()) - earlier if t.name.startswith("tta-passwords")]


async def test_hashing_runs_on_its_own_bounded_threads() -> None:
    earlier = set(threading.enumerate())  # other tests' pools may still be winding down
    pw = Passwords(**FAST, workers=2, queue=0)
    try:
        await asyncio.gather(*(pw.hash(f"password number {i}") for i in range(8)))
        assert 1 <= len(_new_hashing_threads(earlier)) <= 2
    finally:
        pw.close()


@pytest.mark.parametrize("nice", [0, 10])
async def test_a_pool_dropped_unclosed_lets_its_threads_go(nice: int) -> None:
    """A pool nobody closed (a server object dropped in a test) ends its threads once it is
    collected: nothing in a thread may hold the pool (the clean-clone CI found 36 threads
    left over when the priority step was a method of the pool's owner)."""
    earlier = set(threading.enumerate())
    pw = Passwords(**FAST, workers=2, queue=0, nice=nice)
    await asyncio.gather(*(pw.hash(f"password number {i}") for i in range(4)))
    ours = _new_hashing_threads(earlier)
    assert ours
    del pw
    gc.collect()
    for t in ours:
        t.join(timeout=30)  # they end once the pool is collected; a leak waits for ever
    assert not [t for t in ours if t.is_alive()]


@pytest.mark.parametrize("workers", [1, 3])
def test_workers_setting_is_kept(workers: int) -> None:
    pw = Passwords(**FAST, workers=workers)
    assert pw.workers == workers
    pw.close()
    assert Passwords(**FAST).workers == default_workers() >= 1


def _nice_of(native_id: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, native_id)


@pytest.mark.parametrize("nice", [0, 10, 30])
async def test_hashing_threads_run_below_the_event_loop(nice: int) -> None:
    """The turns' thread keeps its priority; each hashing thread gets ``nice`` more (at most
    19, the kernel's lowest), so a core both want goes to the turn."""
    loop_nice = _nice_of(threading.get_native_id())
    earlier = set(threading.enumerate())  # other tests' pools may still be winding down
    pw = Passwords(**FAST, workers=2, queue=0, nice=nice)
    try:
        await asyncio.gather(*(pw.hash(f"password number {i}") for i in range(6)))
        ours = [
            t for t in set(threading.enumerate()) - earlier if t.name.startswith("tta-passwords")
        ]
        assert ours
        for t in ours:
            assert t.native_id is not None
            # a thread's own nice is Linux's; elsewhere the setting is ignored
            lowered = nice if sys.platform.startswith("linux") else 0
            assert _nice_of(t.native_id) == min(19, loop_nice + lowered)
        assert _nice_of(threading.get_native_id()) == loop_nice
    finally:
        pw.close()
