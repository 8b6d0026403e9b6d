"""The contextual signal's pool (``tta_server.safety.contextual_pool``) with the real encoder:
it answers within its budget, and every way of not answering (past the budget, the queue
full, the pool closed under a waiting message) leaves the screen's verdict, never an error."""

from __future__ import annotations

import asyncio
import os
import threading

import threadpoolctl

from tta_server.safety.contextual import Encoder, ScoreCache
from tta_server.safety.contextual_pool import Gate, Outcome, gated, load_pool
from tta_server.safety.learned import Scores
from tta_server.safety.model import Assessment, Level

TEXT = "the person typing this isn't safe tonight. not the character. me"
NONE = Assessment(Level.NONE, None, ())


async def test_it_answers_or_leaves_the_verdict() -> None:
    pool = load_pool(1, 60.0, 1)
    try:
        raised, outcome, late = await pool.raise_verdict(TEXT, NONE)
        assert late is None
        assert outcome in (Outcome.RAISED, Outcome.UNCHANGED)
        assert (raised.level is not Level.NONE) == (outcome is Outcome.RAISED)
        pool.timeout_s = 0.0
        assert await pool.raise_verdict(TEXT, NONE) == (NONE, Outcome.TIMEOUT, None)
    finally:
        pool.close()


async def test_a_full_queue_and_a_closed_pool_leave_the_verdict() -> None:
    pool = load_pool(1, 60.0, 1)
    release, started = threading.Event(), threading.Event()

    def hold(_: object) -> None:
        started.set()
        release.wait()

    busy = pool.submit(hold)
    try:
        assert busy is not None and started.wait(10)
        waiting = asyncio.create_task(pool.raise_verdict(TEXT, NONE))  # the one queue place
        await asyncio.sleep(0)  # one step of the task: it submits before it first waits
        assert pool.in_flight == 2
        assert await pool.raise_verdict(TEXT, NONE) == (NONE, Outcome.FULL, None)
        pool.close()  # drops the waiting message
        assert await waiting == (NONE, Outcome.ERROR, None)
    finally:
        release.set()
        pool.close()


async def test_one_player_cannot_fill_the_queue_for_everyone() -> None:
    # A player whose messages wait (the worker busy) reaches their share and their next message
    # is not queued; another player's still is, and the share comes back as the jobs end.
    pool = load_pool(1, 60.0, 8, per_owner=2)
    release, started = threading.Event(), threading.Event()

    def hold(_: object) -> None:
        started.set()
        release.wait()

    busy = pool.submit(hold, "flooder")
    try:
        assert busy is not None and started.wait(10)
        waiting = asyncio.create_task(pool.raise_verdict(TEXT, NONE, owner="flooder"))
        await asyncio.sleep(0)  # one step of the task: it submits before it first waits
        assert pool.owned("flooder") == 2
        assert await pool.raise_verdict(TEXT, NONE, owner="flooder") == (NONE, Outcome.FULL, None)
        other = asyncio.create_task(pool.raise_verdict(TEXT, NONE, owner="someone else"))
        await asyncio.sleep(0)
        assert pool.owned("someone else") == 1 and pool.in_flight == 3
        release.set()
        assert (await waiting)[1] in (Outcome.RAISED, Outcome.UNCHANGED)
        assert (await other)[1] in (Outcome.RAISED, Outcome.UNCHANGED)
        assert pool.owned("flooder") == 0
        assert (await pool.raise_verdict(TEXT, NONE, owner="flooder"))[1] is not Outcome.FULL
    finally:
        release.set()
        pool.close()


async def test_a_message_seen_again_is_not_encoded_again() -> None:
    pool = load_pool(1, 60.0, 1, cache=2)
    try:
        first = await pool.raise_verdict(TEXT, NONE)
        assert (pool.cache.hits, pool.cache.misses) == (0, 1)
        assert await pool.raise_verdict(TEXT, NONE) == first
        assert (pool.cache.hits, pool.cache.misses) == (1, 1)
        for other in ("a walk along the cliffs", "a song for the keeper"):  # TEXT drops out
            await pool.raise_verdict(other, NONE)
        await pool.raise_verdict(TEXT, NONE)
        assert (pool.cache.hits, pool.cache.misses) == (1, 4)
    finally:
        pool.close()


def test_the_cache_holds_no_text_and_keeps_nothing_at_size_0() -> None:
    cache = ScoreCache(0)
    cache.put(TEXT, Scores(0.9, 0.9, None))
    assert cache.get(TEXT) is None
    cache = ScoreCache(1)
    cache.put(TEXT, Scores(0.9, 0.9, None))
    assert cache.get(TEXT) == Scores(0.9, 0.9, None)
    assert all(TEXT not in repr(k) for k in cache._scores)


def test_a_concern_the_signal_could_not_raise_is_gated() -> None:
    concern = Assessment(Level.CONCERN, None, ())
    assert gated("i feel so alone", concern) is Gate.CONCERN  # 4 words: concern at most
    assert gated("i feel so alone", NONE) is None
    assert gated("i feel so alone and i have the pills ready", concern) is None
    assert gated(TEXT, Assessment(Level.CRISIS, None, ())) is Gate.CRISIS
    assert gated("ok", NONE) is Gate.SHORT


def test_the_encoder_leaves_one_blas_thread_and_the_environment_alone() -> None:
    before = os.environ.get("OMP_NUM_THREADS")
    Encoder()
    assert os.environ.get("OMP_NUM_THREADS") == before
    blas = [p for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
