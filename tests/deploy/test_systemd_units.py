"""The systemd units (docs/deploy/systemd/) pass ``systemd-analyze verify`` and say what the
runbook promises: a graceful SIGTERM with time to finish turns, no restart loop on a bad
setting (exit 2), room for many connections, and the instance template running one
redis-neo4j process per port.

``systemd-analyze verify`` checks that ExecStart's program exists, so the test points it at
this environment's ``tta-server`` (the only change); ``scripts/test`` installs systemd's tools
if they are missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tta_server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "docs" / "deploy" / "systemd"
INSTALLED = "/opt/tta/bin/tta-server"


def verify(unit: Path) -> str:
    """``systemd-analyze verify`` on ``unit``; its complaints about TTA's units (none: "")."""
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.fail(
            "systemd-analyze is missing: scripts/test installs it (apt-get install systemd)"
        )
    done = subprocess.run(
        [tool, "verify", str(unit)], capture_output=True, text=True, timeout=120, check=False
    )
    ours = [line for line in done.stderr.splitlines() if "tta-server" in line]
    assert done.returncode == 0 or ours, done.stderr
    return "\n".join(ours)


def here(unit: str, tmp_path: Path, name: str | None = None) -> Path:
    """The unit with ExecStart pointing at this environment's tta-server."""
    server = Path(sys.executable).with_name("tta-server")
    assert server.is_file(), f"{server} is missing: install TTA into this environment"
    text = (UNITS / unit).read_text(encoding="utf-8")
    assert text.count(INSTALLED) == 1
    copy = tmp_path / (name or unit)
    copy.write_text(text.replace(INSTALLED, str(server)), encoding="utf-8")
    return copy


def settings_of(unit: str) -> dict[str, list[str]]:
    """Every ``Key=value`` of the unit (comments left out), values by key in order."""
    found: dict[str, list[str]] = {}
    for line in (UNITS / unit).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


@pytest.mark.parametrize(
    ("unit", "name"),
    [
        ("tta-server.service", None),
        ("tta-server@.service", None),
        ("tta-server@.service", "tta-server@8765.service"),
    ],
)
def test_systemd_analyze_verify_finds_nothing_wrong(
    tmp_path: Path, unit: str, name: str | None
) -> None:
    assert verify(here(unit, tmp_path, name)) == ""


def test_verify_would_catch_a_mistake(tmp_path: Path) -> None:
    unit = here("tta-server.service", tmp_path)
    unit.write_text(unit.read_text().replace("Restart=", "Restartt="), encoding="utf-8")
    assert "Unknown key" in verify(unit)


@pytest.mark.parametrize("unit", ["tta-server.service", "tta-server@.service"])
def test_the_units_stop_gracefully_and_do_not_loop_on_a_bad_setting(unit: str) -> None:
    keys = settings_of(unit)
    assert keys["KillSignal"] == ["SIGTERM"]
    stop_s = float(keys["TimeoutStopSec"][0])
    assert stop_s >= Settings().shutdown_grace_s + 10  # turns finish, then connections close
    assert keys["Restart"] == ["on-failure"]
    assert keys["RestartPreventExitStatus"] == ["2"]  # tta-server's exit for a bad setting
    assert int(keys["LimitNOFILE"][0]) >= 4096
    assert keys["User"] == ["tta"] and keys["NoNewPrivileges"] == ["yes"]
    assert keys["ExecStart"][0].startswith(f"{INSTALLED} --config /etc/tta/tta.toml")


def test_the_template_runs_one_redis_neo4j_process_per_port() -> None:
    start = settings_of("tta-server@.service")["ExecStart"][0]
    assert "--store redis-neo4j" in start and "--port %i" in start
    assert "%i" in settings_of("tta-server@.service")["Description"][0]
    single = settings_of("tta-server.service")["ExecStart"][0]
    assert "--data-dir /var/lib/tta" in single
