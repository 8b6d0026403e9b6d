"""The client's network layer: one :class:`Link` to a TTA server (see :mod:`.link`): its
decisions without I/O (:mod:`.core`), opening a connection (:mod:`.opening`), session events
read into the protocol's models (:mod:`.events`), its status (:mod:`.status`) and its errors
(:mod:`.errors`)."""

from tta_tui.net.errors import (
    LinkError,
    LinkStopped,
    ServerError,
    describe_failure,
    unreachable_message,
)
from tta_tui.net.link import Link
from tta_tui.net.opening import probe
from tta_tui.net.status import LinkState, LinkStatus

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
