"""The numbers both sides of the wire agree on: the protocol version and the close codes."""

from __future__ import annotations

from enum import IntEnum

PROTOCOL_VERSION = 1
"""The wire protocol (``hello.protocol``); a client that speaks another version stops."""


class CloseCode(IntEnum):
    """WebSocket close codes the server sends, beyond 1000 (normal) and 1001 (going away)."""

    POLICY = 1008
    """The client flooded, or did not log in within ``login_deadline_s``."""
    TRY_AGAIN_LATER = 1013
    """Too many connections (from the address, or waiting to log in): retry later."""
    TAKEN_OVER = 4000
    """The session was opened by a newer connection."""
    TOKEN_REVOKED = 4001
    """The token was revoked (logout elsewhere), or the account disabled or deleted."""
    KICKED = 4002
    """An operator closed this connection's session; reconnecting would undo that."""


CLOSE_REASON_MAX_BYTES = 120
"""A close reason is cut to this many bytes of UTF-8 (the WebSocket limit is 123)."""


def close_reason(text: str) -> str:
    """``text`` cut to :data:`CLOSE_REASON_MAX_BYTES` of UTF-8 (with "…" when cut)."""
    if len(text.encode()) <= CLOSE_REASON_MAX_BYTES:
        return text
    cut = text.encode()[: CLOSE_REASON_MAX_BYTES - len("…".encode())]
    return cut.decode(errors="ignore").rstrip() + "…"
