"""What the hub knows of a connection (:class:`Peer`): who is logged in on it, the session it
drives, and how to close it or send it a frame. A :class:`typing.Protocol`, so the hub and the
handlers (:class:`tta_server.handlers.context.Conn` extends it) never depend on the concrete
:class:`tta_server.connection.Connection`, which satisfies it structurally.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pydantic import BaseModel

    from tta_server.game import Live
    from tta_server.store.base import Account


class Peer(Protocol):
    """A connection, as the hub and the handlers see it."""

    @property
    def id(self) -> str: ...
    @property
    def address(self) -> str:
        """The client's address (behind a trusted proxy, the one the proxy reports)."""
        ...

    account: Account | None
    token_hash: str | None
    session_id: str | None
    live: Live | None
    """The session's playthrough while this connection drives it."""
    sent_seq: int
    """The last session event sent."""

    def close(self, code: int, reason: str) -> None: ...
    def send_json(self, doc: dict[str, Any]) -> bool: ...
    def send_model(self, model: BaseModel) -> bool: ...
    def taken_over(self, session_id: str) -> None: ...
    def spawn(self, work: Awaitable[object], name: str) -> None: ...
    async def replay(self, session_id: str) -> int: ...
