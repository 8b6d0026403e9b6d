"""One version, written once (pyproject.toml's ``version``), read back from the installed
metadata by every package and printed by ``--version`` on all three commands."""

from __future__ import annotations

import re
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_reports_the_one_version(capsys: pytest.CaptureFixture[str]) -> None:
    import tta_server
    import tta_tui
    from tta_server import cli as server_cli
    from tta_server.admin import app as admin_app
    from tta_tui import cli as client_cli

    expected = installed_version("tta")
    assert tta_server.__version__ == tta_server.version() == tta_tui.version() == expected
    with pytest.raises(SystemExit) as stopped:
        server_cli.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"tta-server {expected}\n"
    assert client_cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"tta {expected}\n"
    result = CliRunner().invoke(admin_app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"tta-admin {expected}\n"


def test_the_version_is_written_once() -> None:
    """pyproject.toml holds it; no module writes it again."""
    pattern = re.compile(r"""^\s*(__version__|VERSION)\s*=\s*["']\d""", re.M)
    written = [
        str(path.relative_to(ROOT))
        for package in ("tta_server", "tta_tui", "tta_bench")
        for path in (ROOT / package).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert written == []
