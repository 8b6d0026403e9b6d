"""Password hashing (argon2id) on a bounded pool of threads, so a burst of logins cannot starve
the players' turns.

Each hash or check takes one core for tens of milliseconds (``argon2_time_cost``,
``argon2_memory_kib``); argon2's C code releases the GIL, so every hashing thread is a core
taken from the event loop. :class:`Passwords` runs them on ``password_hash_workers`` threads of
its own (by default half the machine's cores, at least one: the rest stay with the turns) with
at most ``password_hash_queue`` more waiting. A hash asked for past that is refused at once with
``busy`` and a ``retry_after`` (the time the queue needs to drain, from the recent mean) rather
than left to wait behind a queue the client would time out on.

The hashing threads can run at a lower scheduling priority (``password_hash_nice``, Linux
only: a thread's nice value is its own there): when hashes and turns want the same core, the
kernel gives it to the turn. On two cores with two server processes, each process's one
hashing thread is otherwise a full core taken from the turns during a login burst. Off by
default: on a machine saturated by other work the hashes starve and logins are refused
``busy`` (seen on a loaded development machine); not yet measured on an idle one.

A check can run a ``before`` step once a thread is free for it, just before the hash starts:
the login throttles take their places there (:mod:`tta_server.accounts`), so a login holds a
place only while its own check runs, never while it waits behind a burst of others.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from tta_server.protocol.errors import ErrorCode, ProtocolError

T = TypeVar("T")

BUSY_MESSAGE = "The server is busy logging other players in. Please try again in a moment."


def default_workers() -> int:
    """Half the cores this process may use, at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return max(1, cores // 2)


def _lower_priority(nice: int) -> None:
    """Run on each hashing thread as it starts: raise its own nice value by ``nice``."""
    if nice <= 0 or not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    # a sandbox without setpriority: hash at the process's priority
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + nice))


class Passwords:
    """argon2id hashes and checks on a bounded pool; :meth:`close` stops its threads."""

    def __init__(
        self, time_cost: int, memory_kib: int, workers: int = 0, queue: int = 256, nice: int = 0
    ) -> None:
        """``workers`` 0 means :func:`default_workers`; ``queue`` 0 means no limit (never
        ``busy``); ``nice`` is added to each hashing thread's nice value (0: as the process)."""
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
        self.workers = workers or default_workers()
        self.queue = queue
        self.nice = nice
        # the initializer must not hold ``self``: a worker thread keeping its pool alive would
        # never see the pool dropped, and a pool not closed would keep its threads for ever
        self._pool = ThreadPoolExecutor(
            self.workers,
            thread_name_prefix="tta-passwords",
            initializer=_lower_priority,
            initargs=(nice,),
        )
        self._free = asyncio.Semaphore(self.workers)
        """A place per thread: taken on the event loop before the work is handed over, so the
        ``before`` step of a check runs only when a thread is free for it."""
        self._in_flight = 0
        self._mean_s = 0.05  # a first guess, replaced by measurements
        self.busy_refusals = 0
        """How many hashes were refused as ``busy`` since start."""
        self._dummy = self._hasher.hash("timing equaliser, never a real password")

    @property
    def waiting(self) -> int:
        """Hashes queued behind the busy threads now."""
        return max(0, self._in_flight - self.workers)

    async def hash(self, password: str) -> str:
        return await self._run(self._hasher.hash, password)

    def drain_s(self) -> float:
        """Seconds the hashes queued and running now need, from the recent mean (at least 1)."""
        return round(max(1.0, (self._in_flight / self.workers) * self._mean_s), 1)

    async def verify(
        self,
        password_hash: str | None,
        password: str,
        before: Callable[[], Awaitable[None]] | None = None,
    ) -> bool:
        """Whether ``password`` matches; ``None`` (no such account) checks against a dummy hash
        so that the answer takes as long either way. ``before`` runs once a thread is free for
        this check, just before it starts; when it raises, the check is not made and the error
        propagates."""
        target = self._dummy if password_hash is None else password_hash

        def check(password: str) -> bool:
            try:
                return self._hasher.verify(target, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

        return await self._run(check, password, before)

    async def _run(
        self,
        work: Callable[[str], T],
        password: str,
        before: Callable[[], Awaitable[None]] | None = None,
    ) -> T:
        if self.queue and self._in_flight >= self.workers + self.queue:
            self.busy_refusals += 1
            raise ProtocolError(ErrorCode.BUSY, BUSY_MESSAGE, retry_after=self.drain_s())
        self._in_flight += 1
        try:
            async with self._free:
                if before is not None:
                    await before()
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(self._pool, self._timed, work, password)
        finally:
            self._in_flight -= 1

    def _timed(self, work: Callable[[str], T], password: str) -> T:
        started = time.perf_counter()
        try:
            return work(password)
        finally:  # an estimate for retry_after; a race between threads costs nothing
            self._mean_s = 0.9 * self._mean_s + 0.1 * (time.perf_counter() - started)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
