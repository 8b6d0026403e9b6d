"""Prometheus metrics of one server process, served as text at ``GET /metrics``.

* ``tta_connections`` (gauge): open WebSocket connections.
* ``tta_messages_total{type}``: client messages received, by type (``invalid`` when unparsable).
* ``tta_errors_total{code}``: error frames sent, by error code.
* ``tta_operation_seconds{op}`` (histogram): time from receiving a request to its reply.
* ``tta_events_total``: session events delivered to clients (live and replayed).
* ``tta_dropped_connections_total``: connections dropped for not reading what was sent to them.
* ``tta_refused_connections_total{why}``: connections closed on arrival or for flooding
  (``address``, ``anonymous``, ``connect_rate``, ``flood``, ``login_deadline``).
* ``tta_safety_screens_total{level}``: player texts screened, by verdict (none, concern, crisis).
* ``tta_narration_replaced_total{rule}``: narrations the output screen replaced, by rule.
* ``tta_safety_contextual_total{outcome}``: player texts sent to the contextual safety signal,
  by what became of them (``raised``, ``unchanged``; ``timeout``, ``full``, ``error`` keep the
  screen's verdict; ``late``: an answer after the budget, more urgent than the turn's verdict,
  acted on after the turn, counted on top of its ``timeout``).
* ``tta_safety_contextual_gated_total{why}``: player texts not sent to it (``crisis``,
  ``short``, ``command``, ``concern``).
* ``tta_safety_contextual_seconds`` (histogram): time a turn waited for it.
* ``tta_safety_contextual_enabled`` (gauge): 1 when it runs on the turn path, else 0.
* ``tta_safety_contextual_load_seconds`` (gauge): seconds its encoders took to load at start-up.
* ``tta_build_info{version}`` (gauge, always 1): the TTA version this process runs.

Refreshed from the store at each scrape (:mod:`tta_server.scrape_gauges`):

* ``tta_ready`` (gauge): 1 when every store dependency answers and the process is not shutting
  down (what ``/readyz`` says), else 0.
* ``tta_safety_alerts_open{level}`` (gauge): safety alerts raised in the last
  ``OPEN_ALERTS_LOOKBACK_S`` (7 days) that no facilitator has acknowledged, by level
  (``concern``, ``crisis``); the same figure on every process of one store.
* ``tta_safety_alert_oldest_open_seconds{level}`` (gauge): age of the oldest of them, by
  level (0: none).

And, from ``prometheus_client``'s collectors: ``process_*`` (CPU seconds, resident memory, open
file descriptors, start time), ``python_gc_*`` (collections and objects collected, by
generation) and ``python_info``.
"""

from __future__ import annotations

from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from tta_server import __version__

ALERT_LEVELS = ("concern", "crisis")
"""The levels of safety alerts (``tta_safety_alerts_open`` always has both)."""

_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.connections = Gauge(
            "tta_connections", "Open WebSocket connections.", registry=self.registry
        )
        self.messages = Counter(
            "tta_messages",
            "Client messages received, by type.",
            ["type"],
            registry=self.registry,
        )
        self.errors = Counter(
            "tta_errors", "Error frames sent, by code.", ["code"], registry=self.registry
        )
        self.latency = Histogram(
            "tta_operation_seconds",
            "Request handling time, by operation.",
            ["op"],
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.events = Counter(
            "tta_events", "Session events delivered to clients.", registry=self.registry
        )
        self.refused = Counter(
            "tta_refused_connections",
            "Connections closed on arrival or for flooding, by cause.",
            ["why"],
            registry=self.registry,
        )
        self.dropped = Counter(
            "tta_dropped_connections",
            "Connections dropped for not reading what was sent to them.",
            registry=self.registry,
        )

        self.screens = Counter(
            "tta_safety_screens",
            "Player texts screened by the safety classifier, by level.",
            ["level"],
            registry=self.registry,
        )

        self.contextual = Counter(
            "tta_safety_contextual",
            "Player texts sent to the contextual safety signal, by what became of them: raised, "
            "unchanged, timeout, full (not queued), error (the last three keep the screen's "
            "verdict); late: a more urgent answer after the budget, acted on after its turn "
            "(also counted as a timeout).",
            ["outcome"],
            registry=self.registry,
        )
        self.contextual_gated = Counter(
            "tta_safety_contextual_gated",
            "Player texts not sent to the contextual safety signal, by why: crisis (the screen "
            "already says so), short (under its letter minimum), command (a plain game command), "
            "concern (the screen says concern and the signal could say no more).",
            ["why"],
            registry=self.registry,
        )
        self.contextual_seconds = Histogram(
            "tta_safety_contextual_seconds",
            "Time a turn waited for the contextual safety signal (answered or not).",
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.contextual_enabled = Gauge(
            "tta_safety_contextual_enabled",
            "1 when the contextual safety signal runs on the turn path, 0 when it is off or "
            "cannot run here (the start-up log says why).",
            registry=self.registry,
        )
        self.contextual_load_seconds = Gauge(
            "tta_safety_contextual_load_seconds",
            "Seconds the contextual signal's encoders took to load at start-up (0: not loaded).",
            registry=self.registry,
        )

        self.replaced = Counter(
            "tta_narration_replaced",
            "Narrations replaced by the safe default text, by the screen rule that fired.",
            ["rule"],
            registry=self.registry,
        )

        self.build_info = Gauge(
            "tta_build_info",
            "The TTA version this process runs.",
            ["version"],
            registry=self.registry,
        )
        self.build_info.labels(__version__).set(1)
        self.ready = Gauge(
            "tta_ready",
            "1 when every store dependency answers and the process is not shutting down.",
            registry=self.registry,
        )
        self.alerts_open = Gauge(
            "tta_safety_alerts_open",
            "Safety alerts of the last 7 days no facilitator has acknowledged, by level.",
            ["level"],
            registry=self.registry,
        )
        self.oldest_open_alert = Gauge(
            "tta_safety_alert_oldest_open_seconds",
            "Age of the oldest unacknowledged safety alert of the last 7 days, by level (0: none).",
            ["level"],
            registry=self.registry,
        )
        for level in ALERT_LEVELS:
            self.alerts_open.labels(level).set(0)
            self.oldest_open_alert.labels(level).set(0)
        for collector in (PROCESS_COLLECTOR, GC_COLLECTOR, PLATFORM_COLLECTOR):
            self.registry.register(collector)

    def narration_replaced(self, rule: str) -> None:
        self.replaced.labels(rule).inc()

    def safety(self, level: str) -> None:
        self.screens.labels(level).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
