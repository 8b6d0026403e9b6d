"""The docs stay true: every message type, error code, close code and direction word is in
docs/protocol.md."""

from __future__ import annotations

from pathlib import Path

from tta_server.protocol.codes import CloseCode
from tta_server.protocol.directions import Direction
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import CLIENT_MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def test_protocol_doc_lists_every_message_type_and_error_code() -> None:
    doc = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    missing = [t for t in CLIENT_MESSAGES if f"`{t}`" not in doc]
    missing += [c.value for c in ErrorCode if f"`{c.value}`" not in doc]
    missing += [str(c.value) for c in CloseCode if f"\n| {c.value} |" not in doc]
    missing += [d.word for d in Direction if f"`{d.word}`" not in doc]
    assert not missing, f"docs/protocol.md does not mention: {missing}"


def test_readme_quick_start_has_exactly_the_two_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in quick.splitlines() if line.startswith("scripts/")]
    assert commands == ["scripts/play", "scripts/test"]
    assert "exec scripts/test" in ci
