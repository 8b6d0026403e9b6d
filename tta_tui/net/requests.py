"""The link's requests waiting for their replies, matched by request id, and the frames it
sends: no socket, no task, no clock (the asyncio layer, :class:`~tta_tui.net.link.Link`,
sends the frame and awaits the future).

* :meth:`Waiting.expect` gives a request its id and the future its reply resolves.
* :meth:`Waiting.answer` takes a frame with ``re``: a ``<type>.ok`` is read into the request
  type's reply model (:data:`~tta_server.protocol.replies.REPLIES`) first, so nothing ever
  reads a reply the client cannot understand (that request fails with :class:`LinkError`);
  returns what was answered, for the link to remember what a successful reply changes.
* :meth:`Waiting.fail_all` fails every waiting request (the connection was lost, the link
  stopped).
* :func:`encode` writes a frame, refusing one larger than the server accepts
  (``hello.limits.max_frame_bytes``), which it would close the connection for.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from tta_server.protocol import replies as r
from tta_server.protocol.messages import Hello
from tta_tui.net.errors import LinkError

log = logging.getLogger("tta.client")

DEFAULT_MAX_FRAME_BYTES = 65536
"""Largest frame we send when there is no ``hello`` yet (the server closes with 1009 past its
limit, and re-sending the same frame after a reconnect would loop)."""

UNREADABLE_REASON = (
    "The server's answer could not be read by this client (a field it needs is missing or odd). "
    "Check that client and server are the same version."
)


@dataclass
class Pending:
    """A request sent and not yet answered."""

    type: str
    fields: dict[str, Any]
    future: asyncio.Future[dict[str, Any]]


@dataclass(frozen=True)
class Answered:
    """A request that got its successful reply: what it asked, and the reply read."""

    type: str
    fields: dict[str, Any]
    reply: r.Reply


class Waiting:
    """Requests waiting for their replies, by request id (``r1``, ``r2``, ...)."""

    def __init__(self) -> None:
        self._pending: dict[str, Pending] = {}
        self._ids = itertools.count(1)

    def __bool__(self) -> bool:
        return bool(self._pending)

    def expect(self, type_: str, fields: dict[str, Any]) -> tuple[str, Pending]:
        """A new request id, and the request waiting under it."""
        rid = f"r{next(self._ids)}"
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[rid] = pending = Pending(type_, fields, future)
        return rid, pending

    def forget(self, rid: str) -> None:
        """Stop waiting for ``rid`` (answered, timed out or failed)."""
        self._pending.pop(rid, None)

    def answer(self, doc: dict[str, Any]) -> Answered | bool:
        """Resolve the request ``doc`` answers: :class:`Answered` for a readable ``.ok``, True
        for any other answer (an ``error``, or a reply that could not be read, which fails the
        request), False when no request waits under its ``re``."""
        rid = doc.get("re")
        pending = self._pending.pop(rid, None) if isinstance(rid, str) else None
        if pending is None:
            return False
        if pending.future.done():
            return True
        answered: Answered | bool = True
        if doc.get("type") == f"{pending.type}.ok" and pending.type in r.REPLIES:
            try:
                answered = Answered(pending.type, pending.fields, r.parse_reply(pending.type, doc))
            except ValidationError as exc:
                log.debug("unreadable %s.ok: %s", pending.type, exc)
                pending.future.set_exception(LinkError(UNREADABLE_REASON))
                return True
        pending.future.set_result(doc)
        return answered

    def fail_all(self, exc: LinkError) -> None:
        """Fail every waiting request with ``exc``."""
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(exc)
        self._pending.clear()


def encode(doc: dict[str, Any], hello: Hello | None) -> str:
    """``doc`` as a frame, or :class:`LinkError` when it is larger than the server accepts."""
    frame = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    limit = hello.limits.max_frame_bytes if hello else DEFAULT_MAX_FRAME_BYTES
    size = len(frame.encode())
    if size > limit:
        raise LinkError(
            f"That is too long to send ({size // 1024} KiB; the server accepts up to "
            f"{limit // 1024} KiB at once)."
        )
    return frame
