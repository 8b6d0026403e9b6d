"""The Prometheus alert rules (docs/deploy/prometheus/tta-alerts.yml) are valid (``promtool
check rules``), fire on the series they are meant for (``promtool test rules`` with
tta-alerts.test.yml), and use only metrics and label values a TTA server exports.

promtool comes with Debian's ``prometheus`` package; ``scripts/test`` installs it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tta_server.metrics import ALERT_LEVELS, Metrics
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import CLIENT_MESSAGES

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = ROOT / "docs" / "deploy" / "prometheus"
RULES = RULES_DIR / "tta-alerts.yml"
PROMETHEUS_OWN = {"up"}
"""Series Prometheus itself writes for every target."""


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    found = shutil.which("promtool")
    if found is None:
        pytest.fail("promtool is missing: scripts/test installs it (apt-get install prometheus)")
    return subprocess.run(
        [found, *args], cwd=RULES_DIR, capture_output=True, text=True, timeout=120, check=False
    )


def exported_series() -> set[str]:
    """Every series name a server's /metrics can hold (by each metric's type)."""
    suffixes = {
        "counter": ("_total", "_created"),
        "gauge": ("",),
        "histogram": ("_bucket", "_count", "_sum", "_created"),
        "info": ("_info",),
    }
    return {
        family.name + suffix
        for family in Metrics().registry.collect()
        for suffix in suffixes.get(family.type, ("",))
    }


def rule_lines() -> list[str]:
    return [
        line
        for line in RULES.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    ]


def test_promtool_finds_the_rules_valid() -> None:
    done = promtool("check", "rules", RULES.name)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 6 rules found" in done.stdout


def test_each_alert_fires_on_the_series_it_is_meant_for() -> None:
    done = promtool("test", "rules", "tta-alerts.test.yml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_every_metric_the_rules_use_is_exported() -> None:
    used = {m for line in rule_lines() for m in re.findall(r"\btta_[a-z0-9_]+\b", line)}
    assert {"tta_ready", "tta_errors_total", "tta_operation_seconds_bucket"} <= used
    missing = used - exported_series()
    assert not missing, f"the rules use metrics no server exports: {sorted(missing)}"
    text = "\n".join(rule_lines())
    for own in PROMETHEUS_OWN:
        assert re.search(rf"\b{own}\{{", text), own


def test_every_label_value_the_rules_match_exists() -> None:
    known = {
        "code": {c.value for c in ErrorCode},
        "op": set(CLIENT_MESSAGES),
        "level": set(ALERT_LEVELS),
        "job": {"tta"},
    }
    matchers = re.findall(r'(\w+)=~?"([^"]*)"', "\n".join(rule_lines()))
    assert matchers
    for label, pattern in matchers:
        assert label in known, f"the rules match on a label TTA does not export: {label}"
        for value in pattern.split("|"):
            assert value in known[label], f"{label}={value!r} is never exported"
