"""What /metrics reads from the store at each scrape, on every store: readiness, and the safety
alerts no facilitator has acknowledged (counted by level, with the age of the oldest); plus the
build, process and GC metrics every process exports."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from tests.conftest import open_clean_store, settings_for
from tests.store.test_alerts import _alert, _session
from tta_server import __version__
from tta_server.app import App
from tta_server.metrics import Metrics
from tta_server.readiness import Readiness
from tta_server.scrape_gauges import OPEN_ALERTS_LOOKBACK_S, refresh
from tta_server.settings import StoreKind
from tta_server.store.base import NewEvent, now


def value(text: str, name: str, labels: str = "") -> float:
    found = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.MULTILINE)
    assert found, f"{name}{labels} is not in /metrics"
    return float(found.group(1))


async def test_metrics_report_readiness_and_open_alerts(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    settings = settings_for(store_kind, tmp_path, port=0, alert_retention_days=0)
    seed = await open_clean_store(settings)
    acc, ch, sid = await _session(seed)
    t = now()
    alerts = [
        _alert(acc, ch, sid, t - 600, "crisis"),  # open, 10 minutes old
        _alert(acc, ch, sid, t - 60, "crisis"),  # open
        _alert(acc, ch, sid, t - 30, "crisis"),  # acknowledged below
        _alert(acc, ch, sid, t - 120, "concern"),  # open
        _alert(acc, ch, sid, t - OPEN_ALERTS_LOOKBACK_S - 60, "crisis"),  # too old to count
    ]
    for alert in alerts:
        await seed.append_events(sid, [NewEvent("x")], alert=alert)
    await seed.ack_alert(alerts[2].id, "fran", "talked to them")
    await seed.close()

    app = App(settings)
    await app.start()
    try:
        async with httpx.AsyncClient(trust_env=False) as http:
            text = (await http.get(f"http://127.0.0.1:{app.port}/metrics")).text
    finally:
        await app.shutdown()
    assert value(text, "tta_ready") == 1
    assert value(text, "tta_safety_alerts_open", '{level="crisis"}') == 2
    assert value(text, "tta_safety_alerts_open", '{level="concern"}') == 1
    oldest = value(text, "tta_safety_alert_oldest_open_seconds", '{level="crisis"}')
    assert 600 <= oldest < 700
    assert 120 <= value(text, "tta_safety_alert_oldest_open_seconds", '{level="concern"}') < 220
    assert value(text, "tta_build_info", f'{{version="{__version__}"}}') == 1
    assert value(text, "process_resident_memory_bytes") > 0
    assert "python_gc_collections_total" in text


async def test_a_draining_process_or_a_closed_store_is_not_ready(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    store = await open_clean_store(settings_for(store_kind, tmp_path))
    metrics, readiness = Metrics(), Readiness(store, slow_checks=3)
    await refresh(metrics, readiness, draining=False)
    assert metrics.ready._value.get() == 1
    await refresh(metrics, readiness, draining=True)
    assert metrics.ready._value.get() == 0
    await refresh(metrics, readiness, draining=False)
    await store.close()
    await refresh(metrics, readiness, draining=False)  # the store does not answer: never raises
    assert metrics.ready._value.get() == 0


def test_every_tta_metric_is_described_in_metrics_py_and_the_protocol_doc() -> None:
    import tta_server.metrics

    root = Path(__file__).resolve().parents[2]
    protocol = (root / "docs" / "protocol.md").read_text(encoding="utf-8")
    described = tta_server.metrics.__doc__ or ""
    for family in Metrics().registry.collect():
        if not family.name.startswith("tta_"):
            continue
        name = family.name + ("_total" if family.type == "counter" else "")
        assert f"``{name}" in described, f"{name} is not described in tta_server/metrics.py"
        assert f"`{name}" in protocol, f"{name} is not in docs/protocol.md"
