"""Readiness as ``/readyz`` and ``tta_ready`` report it: the store's dependency checks, where a
dependency that is only slow is not called down at once.

Under a busy event loop (a login burst, 1,000 players) a Redis ``PING`` or a Neo4j ``RETURN 1``
can miss its deadline (``ready_check_timeout_s``) although the store works, and a proxy or an
orchestrator reading ``/readyz`` would then take a healthy process out of rotation. So a check
that *timed out* counts as "slow", and a dependency is reported not ready only after
``ready_slow_checks`` slow checks in a row (by any caller: ``/readyz`` and ``/metrics`` share
the count); any other failure (connection refused, an error answer) is reported at once, and one
good check resets the count.
"""

from __future__ import annotations

from tta_server.store.base import CHECK_SLOW, Store


class Readiness:
    """The failed dependencies of one store, with slow checks forgiven up to a count."""

    def __init__(self, store: Store, slow_checks: int) -> None:
        self.store = store
        self.slow_checks = slow_checks
        self._slow: dict[str, int] = {}
        """Slow checks in a row, per dependency."""

    async def failed(self) -> tuple[dict[str, str], list[str]]:
        """Run the store's checks once: the dependencies to report as failed, with why, and
        the names of every dependency checked."""
        report = await self.store.check()
        failed: dict[str, str] = {}
        for name, error in report.items():
            if error is None:
                self._slow.pop(name, None)
                continue
            if error.startswith(CHECK_SLOW):
                row = self._slow[name] = self._slow.get(name, 0) + 1
                if row < self.slow_checks:
                    continue  # slow, not (yet) down
                error = f"{error} ({row} checks in a row)"
            failed[name] = error
        return failed, sorted(report)
