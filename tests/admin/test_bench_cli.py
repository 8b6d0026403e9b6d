"""``tta-admin bench``: a small run on the embedded store prints a JSON report."""

from __future__ import annotations

import json
from pathlib import Path

from tests.admin import cli


def test_a_small_bench_run_reports_every_operation(tmp_path: Path) -> None:
    result = cli(
        "--data-dir", str(tmp_path), "bench", "--clients", "3", "--turns", "1",
        "--interval", "0.05", "--resume-events", "10", "--idle", "2", "--json",
        TTA_ARGON2_TIME_COST="1", TTA_ARGON2_MEMORY_KIB="8192",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["errors"] == {}
    assert report["ops"]["turn"]["count"] == 3 and report["ops"]["turn.first_chunk"]["count"] == 3
