"""What can go wrong talking to a TTA server, as exceptions a screen can show as they are.

Every message is a sentence a person can read ("Can't reach the server at ws://...: connection
refused."), never a repr: a UI may print ``str(exc)`` directly.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Sequence
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from tta_server.protocol.codes import CloseCode
from tta_server.protocol.lenient import read_lenient
from tta_server.protocol.messages import ErrorOut
from tta_server.protocol.text import printable

AUTH_LOST_REASON = "Your login is no longer valid. Please log in again."
CLOSED_REASON = "The connection was closed."
LOST_REASON = "The connection to the server was lost before it answered. Please try again."
NO_STORY_REASON = "No story is open yet: start or resume one first."
NOT_CONNECTED_REASON = "Not connected to a server yet."
"""Why a :class:`~tta_tui.net.Link` request failed, as sentences (:class:`LinkError`)."""


class ErrorReply(ErrorOut):
    """An ``error`` frame as the client reads it: every member has a default."""

    re: str | None = None
    code: str = "unknown"
    message: str = ""


class ServerError(Exception):
    """The server answered a request with an ``error`` frame; nothing was changed.

    ``message`` is the server's own sentence; ``fields`` maps each invalid field path
    (``name``, ``profile.goals[0]``) to its message; ``retry_after`` (seconds) is set on
    ``rate_limited``, ``login_throttled``, ``register_throttled``, ``busy`` and ``shutting_down``.
    """

    def __init__(
        self,
        code: str,
        message: str,
        fields: dict[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields: dict[str, str] = dict(fields or {})
        self.retry_after = retry_after

    @classmethod
    def from_frame(cls, frame: dict[str, Any]) -> ServerError:
        """Build one from an ``error`` frame, read as :class:`ErrorReply` (a member that does
        not read takes its default; two messages for one field are joined)."""
        out = read_lenient(ErrorReply, frame) or ErrorReply()
        fields: dict[str, str] = {}
        for item in out.fields:
            name, text = item.field, item.message
            fields[name] = f"{fields[name]} {text}" if name in fields else text
        return cls(
            code=out.code,
            message=out.message or "The server refused the request.",
            fields=fields,
            retry_after=out.retry_after,
        )

    def __str__(self) -> str:
        return self.message


class LinkError(Exception):
    """The server could not be reached or did not answer in time (a human sentence)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LinkStopped(LinkError):
    """The link gave up for good (taken over, logged out elsewhere, login no longer valid,
    or closed). ``reason`` says why, as a sentence; a new :class:`~tta_tui.net.Link` (and
    usually a new login) is needed to carry on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def unreachable_message(failures: Sequence[tuple[str, str]]) -> str:
    """``Can't reach the server at URL: why.`` for one failure; every URL and why for several."""
    if len(failures) == 1:
        url, why = failures[0]
        return f"Can't reach the server at {url}: {why}."
    listed = "; ".join(f"{url}: {why}" for url, why in failures)
    return f"Can't reach any of the servers. {listed}."


def describe_failure(exc: BaseException, timeout_s: float) -> str:
    """Why a connection could not be opened, as the end of a sentence (never a repr)."""
    if isinstance(exc, InvalidURI):
        return "that is not a valid ws:// or wss:// address"
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        if status == 429:
            wait = exc.response.headers.get("Retry-After", "")
            later = f"in {wait} s" if wait.isdigit() else "shortly"
            return f"it is turning away new connections from your address for now; retry {later}"
        return (
            f"it answered HTTP {status} instead of opening a WebSocket, so it is not a TTA server"
        )
    if isinstance(exc, InvalidHandshake):
        return "the WebSocket handshake failed, so it is probably not a TTA server"
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout_s:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "the host name could not be found"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (
            f"its certificate could not be verified ({exc.verify_message or 'not trusted'}); "
            "if it was signed by your organisation's own authority, give that authority's "
            "certificate with --ca-file"
        )
    if isinstance(exc, ssl.SSLError):
        return f"the secure connection failed ({exc.reason or 'TLS error'})"
    if isinstance(exc, ConnectionClosed):
        if exc.rcvd is not None and exc.rcvd.code == CloseCode.TRY_AGAIN_LATER and exc.rcvd.reason:
            return f"it is busy ({printable(exc.rcvd.reason)})"
        return "the connection closed during the handshake"
    if isinstance(exc, OSError):
        if exc.errno == errno.ECONNREFUSED or f"[Errno {errno.ECONNREFUSED}]" in str(exc):
            return "connection refused"
        if exc.strerror:
            return exc.strerror[:1].lower() + exc.strerror[1:]
        return "a network error"
    return f"an unexpected error ({type(exc).__name__})"
