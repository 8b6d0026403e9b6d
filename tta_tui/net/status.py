"""What the link reports to the app: its state and the details a status bar shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LinkState(StrEnum):
    CONNECTING = "connecting"
    """Opening the first connection."""
    CONNECTED = "connected"
    """Ready: requests and turns go out at once."""
    RECONNECTING = "reconnecting"
    """The connection dropped; trying again with backoff (``retry_in_s``, ``attempt``)."""
    OFFLINE = "offline"
    """No server answered (at start-up, or after ``max_attempts``); ``reason`` says why."""
    STOPPED = "stopped"
    """Given up for good (taken over, logged out, login expired, or closed)."""


@dataclass(frozen=True)
class LinkStatus:
    state: LinkState
    url: str
    """The server connected to, or being tried."""
    rtt_ms: float | None = None
    """Round trip of the last ``ping``, in milliseconds (CONNECTED only)."""
    retry_in_s: float | None = None
    """Seconds until the next attempt (RECONNECTING only)."""
    attempt: int = 0
    """Which reconnect attempt comes next, from 1 (RECONNECTING only)."""
    reason: str | None = None
    """Why the link is not connected, as a sentence."""
