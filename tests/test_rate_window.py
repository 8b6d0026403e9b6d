"""The per-connection rate limit has no hole at the end of its window (issue 13, item 1: a
message in the last ~5 ms of a window was accepted and not counted, as the wait rounded to 0)."""

from __future__ import annotations

import time
from collections import deque
from types import SimpleNamespace

import pytest

from tta_server.connection import Connection
from tta_server.settings import Settings


def test_the_last_moments_of_a_window_are_still_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    settings = Settings(rate_limit_messages=3, rate_limit_window_s=10.0)
    conn = SimpleNamespace(app=SimpleNamespace(settings=settings), _recent=deque())
    assert [Connection._rate_limited(conn) for _ in range(3)] == [0.0, 0.0, 0.0]  # type: ignore[arg-type]
    clock[0] = 109.996  # 4 ms before the first message leaves the window
    wait = Connection._rate_limited(conn)  # type: ignore[arg-type]
    assert wait == 0.01
    assert len(conn._recent) == 3  # the refused message took no place
    clock[0] = 110.0
    assert Connection._rate_limited(conn) == 0.0  # type: ignore[arg-type]
