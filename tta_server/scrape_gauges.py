"""What ``GET /metrics`` reads from the store at each scrape: readiness (``tta_ready``) and the
safety alerts no facilitator has acknowledged (``tta_safety_alerts_open{level}``,
``tta_safety_alert_oldest_open_seconds{level}``), so alert rules can page someone when a crisis
alert waits (docs/deploy/prometheus/tta-alerts.yml).

A scrape costs one store check (what ``/readyz`` runs, with its count of slow checks:
:mod:`tta_server.readiness`) and one read of the alerts of the last
:data:`OPEN_ALERTS_LOOKBACK_S` (pages of :data:`PAGE`, at most :data:`MAX_ALERTS_READ`);
nothing runs between scrapes and nothing on the turn path. When the store does not answer,
``tta_ready`` is 0 and the alert gauges keep their last values.
"""

from __future__ import annotations

import logging
from collections import Counter

from tta_server.metrics import ALERT_LEVELS, Metrics
from tta_server.readiness import Readiness
from tta_server.store.base import Store, now

log = logging.getLogger("tta.metrics")

OPEN_ALERTS_LOOKBACK_S = 7 * 86400.0
"""How far back a scrape looks for unacknowledged alerts (older ones are not counted)."""
PAGE = 500
MAX_ALERTS_READ = 5000
"""Most alerts one scrape reads (a week with more alerts than this is counted up to here)."""


async def refresh(metrics: Metrics, readiness: Readiness, draining: bool) -> None:
    """Set the scrape-time gauges from ``readiness`` and its store; never raises."""
    store = readiness.store
    try:
        failed = list((await readiness.failed())[0])
    except Exception as exc:  # a check that breaks is a dependency that failed
        log.warning("store check for /metrics failed: %s", type(exc).__name__)
        failed = ["store"]
    metrics.ready.set(0 if failed or draining else 1)
    if failed:
        return
    try:
        await _open_alerts(metrics, store)
    except Exception as exc:  # keep the last figures; tta_ready says the store answers
        log.warning("reading open alerts for /metrics failed: %s", type(exc).__name__)


async def _open_alerts(metrics: Metrics, store: Store) -> None:
    at = now()
    since = at - OPEN_ALERTS_LOOKBACK_S
    levels: Counter[str] = Counter()
    oldest: dict[str, float] = {}
    before: float | None = None
    read = 0
    while read < MAX_ALERTS_READ:
        page = await store.list_alerts(before, PAGE)
        read += len(page)
        recent = [a for a in page if a.at >= since]
        for alert in recent:
            if alert.acked_by is None:
                levels[alert.level] += 1
                oldest[alert.level] = min(oldest.get(alert.level, at), alert.at)
        if len(page) < PAGE or len(recent) < len(page):
            break
        before = page[-1].at
    for level in {*ALERT_LEVELS, *levels}:
        metrics.alerts_open.labels(level).set(levels[level])
        metrics.oldest_open_alert.labels(level).set(max(0.0, at - oldest.get(level, at)))
