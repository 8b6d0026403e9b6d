"""The connection status chip, always visible in the top bar of every screen.

It reads "● connected 12 ms", "reconnecting in 3 s (attempt 2)", "offline" or "stopped: why".
While reconnecting it counts the seconds down once a second. Its colour comes from a CSS class
(``-connected``, ``-waiting``, ``-down``) mapped to theme colours that stay readable in 16
colours; in plain mode (the app has the ``-plain`` class) the dot is left out: text only.
"""

from __future__ import annotations

import math
import time

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static

from tta_tui.net.status import LinkState, LinkStatus

DOT = "●"


def describe_status(
    status: LinkStatus | None,
    *,
    plain: bool,
    now: float | None = None,
    retry_at: float | None = None,
) -> str:
    """The chip's words for a status (``retry_at``: when the next attempt starts, if known)."""
    if status is None:
        return "not connected"
    state = status.state
    if state is LinkState.CONNECTED:
        rtt = f" {status.rtt_ms:.0f} ms" if status.rtt_ms is not None else ""
        return f"{'' if plain else DOT + ' '}connected{rtt}"
    if state is LinkState.CONNECTING:
        return "connecting..."
    if state is LinkState.RECONNECTING:
        attempt = f" (attempt {status.attempt})" if status.attempt else ""
        if retry_at is not None:
            left = max(0, math.ceil(retry_at - (now if now is not None else time.monotonic())))
            if left > 0:
                return f"reconnecting in {left} s{attempt}"
        return f"reconnecting...{attempt}"
    if state is LinkState.OFFLINE:
        return "offline"
    return f"stopped: {status.reason}" if status.reason else "stopped"


def status_class(status: LinkStatus | None) -> str:
    """The CSS class for a status: ``-connected``, ``-waiting`` or ``-down``."""
    if status is None:
        return "-down"
    if status.state is LinkState.CONNECTED:
        return "-connected"
    if status.state in (LinkState.CONNECTING, LinkState.RECONNECTING):
        return "-waiting"
    return "-down"


class StatusChip(Static):
    """Shows the link's status; follows ``app.link_status`` when the app has one."""

    status: reactive[LinkStatus | None] = reactive(None, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", markup=False, id=id or "status-chip")
        self._retry_at: float | None = None
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        if hasattr(self.app, "link_status"):
            self.watch(self.app, "link_status", self._follow, init=True)
        else:
            self._show()

    def _follow(self, status: LinkStatus | None) -> None:
        self.status = status

    def watch_status(self, status: LinkStatus | None) -> None:
        if status is not None and status.state is LinkState.RECONNECTING and status.retry_in_s:
            self._retry_at = time.monotonic() + status.retry_in_s
            if self._ticker is None:
                self._ticker = self.set_interval(1.0, self._show)
        else:
            self._retry_at = None
            if self._ticker is not None:
                self._ticker.stop()
                self._ticker = None
        self._show()

    def _show(self) -> None:
        plain = self.app.has_class("-plain")
        self.update(describe_status(self.status, plain=plain, retry_at=self._retry_at))
        self.set_class(False, "-connected", "-waiting", "-down")
        self.add_class(status_class(self.status))
        if self.status is not None and self.status.reason:
            self.tooltip = self.status.reason


class TopBar(Horizontal):
    """One line at the top of each screen: what this screen is, and the status chip."""

    def __init__(self, title: str) -> None:
        super().__init__(classes="top-bar")
        self._title = title

    def compose(self) -> ComposeResult:
        yield Static(self._title, markup=False, classes="top-title")
        yield StatusChip()

    def set_title(self, title: str) -> None:
        """Change the words on the left."""
        self._title = title
        self.query_one(".top-title", Static).update(title)
