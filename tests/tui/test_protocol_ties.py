"""The client speaks the server's protocol from its one description: every error code it
handles is an :class:`ErrorCode` (never a copy of its text), no close code or error code is
spelled out as a literal, and page sizes come from the protocol package."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from tta_server.protocol.codes import CloseCode
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import PAGE_MAX

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "tta_tui"


def _literals() -> list[tuple[str, int, object]]:
    found = []
    for path in sorted(CLIENT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and not isinstance(node.value, bool):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    return found


def test_no_error_code_or_close_code_is_copied_as_a_literal() -> None:
    codes = {c.value for c in ErrorCode}
    closes = {int(c) for c in CloseCode}
    copies = [
        (path, line, value)
        for path, line, value in _literals()
        if (isinstance(value, str) and value in codes)
        or (isinstance(value, int) and value in closes)
    ]
    assert not copies, f"use ErrorCode / CloseCode from tta_server.protocol instead: {copies}"


def test_every_error_code_set_the_client_handles_holds_only_error_codes() -> None:
    sets = {}
    for path in sorted(CLIENT.rglob("*.py")):
        module = importlib.import_module(
            ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        )
        for name, value in vars(module).items():
            if name.endswith("_CODES") and isinstance(value, frozenset):
                sets[f"{module.__name__}.{name}"] = value
    assert len(sets) >= 5, sets  # login lost, form, auth lost, transient, retry turn
    for name, codes in sets.items():
        assert codes and all(isinstance(c, ErrorCode) for c in codes), name


def test_page_sizes_are_the_protocols() -> None:
    from tta_tui.facilitate.app import SESSION_PAGE
    from tta_tui.story_flow import HISTORY_PAGE

    assert HISTORY_PAGE == SESSION_PAGE == PAGE_MAX
