"""The contextual signal's pool (``tta_server.safety.contextual_pool``) with the real encoder:
it answers within its budget, and every way of not answering (past the budget, the queue
full, the pool closed under a waiting message) leaves the screen's verdict, never an error."""

from __future__ import annotations

import asyncio
import threading

from tta_server.safety.contextual_pool import Outcome, load_pool
from tta_server.safety.model import Assessment, Level

TEXT = "the person typing this isn't safe tonight. not the character. me"
NONE = Assessment(Level.NONE, None, ())


async def test_it_answers_or_leaves_the_verdict() -> None:
    pool = load_pool(1, 60.0, 1)
    try:
        raised, outcome = await pool.raise_verdict(TEXT, NONE)
        assert outcome in (Outcome.RAISED, Outcome.UNCHANGED)
        assert (raised.level is not Level.NONE) == (outcome is Outcome.RAISED)
        pool.timeout_s = 0.0
        assert await pool.raise_verdict(TEXT, NONE) == (NONE, Outcome.TIMEOUT)
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
        assert await pool.raise_verdict(TEXT, NONE) == (NONE, Outcome.FULL)
        pool.close()  # drops the waiting message
        assert await waiting == (NONE, Outcome.ERROR)
    finally:
        release.set()
        pool.close()
