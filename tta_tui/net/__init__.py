"""The client's network layer: one :class:`Link` to a TTA server (see :mod:`.link`)."""

from tta_tui.net.errors import (
    LinkError,
    LinkStopped,
    ServerError,
    describe_failure,
    unreachable_message,
)
from tta_tui.net.link import Link, LinkState, LinkStatus, probe

__all__ = [
    "Link",
    "LinkError",
    "LinkState",
    "LinkStatus",
    "LinkStopped",
    "ServerError",
    "describe_failure",
    "probe",
    "unreachable_message",
]
