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
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

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

        self.replaced = Counter(
            "tta_narration_replaced",
            "Narrations replaced by the safe default text, by the screen rule that fired.",
            ["rule"],
            registry=self.registry,
        )

    def narration_replaced(self, rule: str) -> None:
        self.replaced.labels(rule).inc()

    def safety(self, level: str) -> None:
        self.screens.labels(level).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
