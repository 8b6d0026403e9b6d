"""The client's network layer: one :class:`Link` to a TTA server (see :mod:`.link`): its
decisions without I/O (:mod:`.core`), opening a connection (:mod:`.opening`), session events
read into the protocol's models (:mod:`.events`), its status (:mod:`.status`) and its errors
(:mod:`.errors`).

The names below load with the submodule that defines them, when first used (PEP 562): the login
screen needs :class:`LinkState` to paint, not websockets and the protocol's models, so importing
this package costs nothing until a connection is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "Link": "link",
    "LinkError": "errors",
    "LinkState": "status",
    "LinkStatus": "status",
    "LinkStopped": "errors",
    "ServerError": "errors",
    "describe_failure": "errors",
    "probe": "opening",
    "unreachable_message": "errors",
}

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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value
