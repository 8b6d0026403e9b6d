"""One WebSocket connection: frame parsing, limits, authentication state and event delivery.

Frames are handled one at a time, in order. Every failure becomes an ``error`` frame naming the
request (``re``) and the connection stays open; only frames over ``max_frame_bytes`` (1009, by
websockets), a takeover (4000) or a revoked token (4001) close it. Session events are delivered
strictly in ``seq`` order with no gaps and no repeats: :meth:`Connection.deliver` fills any gap
from the store's log and skips anything at or below the last seq sent.

Everything sent goes through the connection's :class:`~tta_server.outbox.Outbox`, so no other
connection ever waits on this one: a peer that stops reading is dropped once
``send_queue_max_bytes`` wait or a send takes ``send_timeout_s``. Once a close is queued the
connection handles no further requests.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tta_server import __version__
from tta_server.hub import TAKEN_OVER_MESSAGE
from tta_server.outbox import Outbox
from tta_server.protocol import frames
from tta_server.protocol.codes import PROTOCOL_VERSION, CloseCode
from tta_server.protocol.errors import UNAVAILABLE_RETRY_S, ErrorCode, FieldError, ProtocolError
from tta_server.protocol.messages import (
    ANONYMOUS_TYPES,
    CLIENT_MESSAGES,
    ErrorOut,
    EventOut,
    FieldErrorOut,
    Hello,
    Limits,
    Request,
    TakenOver,
)
from tta_server.protocol.replies import REPLIES, Reply, reply_frame
from tta_server.protocol.validation import field_errors
from tta_server.store import is_outage
from tta_server.store.base import Account, Character, Event, now

if TYPE_CHECKING:
    from tta_server.app import App
    from tta_server.game import Live
    from tta_server.handlers.context import Conn

log = logging.getLogger("tta.conn")

Handler = Callable[["Conn", Any], Awaitable[Reply | None]]
"""A request handler: returns the ``<type>.ok`` payload (the request type's model in
:data:`~tta_server.protocol.replies.REPLIES`), or None when it sent its reply itself."""
REPLAY_PAGE = 500
REMEMBERED_CHARACTERS = 16


class Connection:
    def __init__(
        self, app: App, ws: ServerConnection, address: str, router: Mapping[str, Handler]
    ) -> None:
        self.app = app
        self.ws = ws
        self.router = router
        """Request type -> handler (built by the app: this module never imports handlers)."""
        self.id = uuid.uuid4().hex[:12]
        self.address = address
        """The client's address (behind a trusted proxy, the one the proxy reports)."""
        self.account: Account | None = None
        self.token_hash: str | None = None
        self.session_id: str | None = None
        self.live: Live | None = None
        """The session's playthrough while this connection drives it."""
        self.next_break: float | None = None
        """``time.monotonic()`` after which a turn brings a break reminder (None: off)."""
        self.characters: dict[str, Character] = {}
        """Characters this connection last read or wrote, by id (see :meth:`remember`)."""
        self.sent_seq = 0
        self._deliver_lock = asyncio.Lock()
        self._recent: deque[float] = deque()
        self.outbox = Outbox(
            ws,
            max_bytes=app.settings.send_queue_max_bytes,
            timeout_s=app.settings.send_timeout_s,
            on_drop=self._dropped,
        )
        self._tasks: set[asyncio.Task[None]] = set()

    def remember(self, *characters: Character) -> None:
        """Keep characters this connection read or wrote, so ``session.start`` can use one
        without reading it again; the store refuses the start if it changed meanwhile. At most
        :data:`REMEMBERED_CHARACTERS` are kept."""
        if len(self.characters) + len(characters) > REMEMBERED_CHARACTERS:
            self.characters.clear()
        for character in characters[-REMEMBERED_CHARACTERS:]:
            self.characters[character.id] = character

    @property
    def log_ctx(self) -> dict[str, Any]:
        return {
            "conn": self.id,
            "session": self.session_id,
            "account": self.account.id if self.account else None,
        }

    # -- lifecycle -----------------------------------------------------------------------------
    async def run(self) -> None:
        s = self.app.settings
        hello = Hello(
            protocol=PROTOCOL_VERSION,
            server_version=__version__,
            limits=Limits(
                max_frame_bytes=s.max_frame_bytes,
                rate_limit_messages=s.rate_limit_messages,
                rate_limit_window_s=s.rate_limit_window_s,
                turn_text_max_chars=s.turn_text_max_chars,
            ),
            server_time=now(),
        )
        deadline = None
        if s.login_deadline_s:
            deadline = asyncio.get_running_loop().call_later(
                s.login_deadline_s, self._login_deadline
            )
        try:
            self.send_model(hello)
            async for frame in self.ws:
                if self.outbox.closed:
                    continue  # closing: the close frame is on its way; handle nothing more
                await self.handle_frame(frame)
                await asyncio.sleep(0)  # fairness: let every other connection have a turn
        except ConnectionClosed:
            pass
        finally:
            if deadline is not None:
                deadline.cancel()
            for task in tuple(self._tasks):
                task.cancel()
            await self.outbox.aclose()

    def close(self, code: int, reason: str) -> None:
        """Close with a reason a person can read (sent in the close frame, after whatever is
        already queued); returns at once and stops handling requests."""
        self.outbox.close(code, reason)

    def _login_deadline(self) -> None:
        if self.account is None and not self.outbox.closed:
            self.app.metrics.refused.labels("login_deadline").inc()
            wait = self.app.settings.login_deadline_s
            self.close(CloseCode.POLICY, f"please log in within {wait:g} s of connecting")

    def _dropped(self, why: str) -> None:
        self.app.metrics.dropped.inc()
        log.info("connection dropped: %s", why, extra=self.log_ctx)

    def spawn(self, work: Awaitable[object], name: str) -> None:
        """Run ``work`` beside this connection's requests (cancelled when it ends), so the
        caller, often the hub serving every connection, does not wait for it."""

        async def guarded() -> None:
            try:
                await work
            except ConnectionClosed:
                pass
            except Exception:
                log.exception("%s failed", name, extra=self.log_ctx)

        task = asyncio.get_running_loop().create_task(guarded(), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def taken_over(self, session_id: str) -> None:
        if self.session_id != session_id:
            return
        self.session_id = None
        self.live = None
        self.send_model(TakenOver(session_id=session_id, message=TAKEN_OVER_MESSAGE))
        self.close(CloseCode.TAKEN_OVER, "session taken over by a newer connection")

    # -- sending (never waits: see tta_server.outbox) ------------------------------------------
    def send_model(self, model: BaseModel) -> bool:
        return self.outbox.put(model.model_dump_json())

    def send_json(self, doc: dict[str, Any]) -> bool:
        return self.outbox.put(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))

    def reply(self, request: Request, payload: Reply) -> None:
        """Send the ``<type>.ok`` reply; ``payload`` must be the request type's reply model."""
        if type(payload) is not REPLIES[request.type]:
            raise TypeError(
                f"{request.type}.ok takes a {REPLIES[request.type].__name__}, "
                f"not a {type(payload).__name__}"
            )
        self.send_json(reply_frame(request.type, request.id, payload))

    def send_error(self, re: str | None, err: ProtocolError) -> None:
        self.app.metrics.errors.labels(err.code.value).inc()
        shown = err.fields[: frames.MAX_FIELD_ERRORS]
        out = ErrorOut(
            re=re,
            code=err.code.value,
            message=err.message,
            fields=[FieldErrorOut(field=f.field, message=f.message) for f in shown],
            more_fields=len(err.fields) - len(shown) or None,
            retry_after=err.retry_after,
        )
        self.send_json(out.wire())

    async def deliver(self, events: list[Event]) -> None:
        """Send session events in seq order, exactly once each, filling gaps from the log."""
        async with self._deliver_lock:
            for event in events:
                if self.session_id != event.session_id or event.seq <= self.sent_seq:
                    continue
                if event.seq > self.sent_seq + 1:
                    await self._send_from_log(event.session_id, event.seq - 1)
                self._send_event(event)

    async def replay(self, session_id: str) -> int:
        """Send everything after ``sent_seq`` that the log holds; returns how many were sent."""
        async with self._deliver_lock:
            before = self.sent_seq
            await self._send_from_log(session_id, None)
            return self.sent_seq - before

    async def _send_from_log(self, session_id: str, up_to: int | None) -> None:
        while up_to is None or self.sent_seq < up_to:
            await self.outbox.room()
            if self.outbox.closed:
                return
            page = await self.app.store.read_events(session_id, self.sent_seq, REPLAY_PAGE)
            for event in page:
                if up_to is not None and event.seq > up_to:
                    return
                self._send_event(event)
            if len(page) < REPLAY_PAGE:
                return

    def _send_event(self, event: Event) -> None:
        out = EventOut(
            type=event.type,
            session_id=event.session_id,
            seq=event.seq,
            at=event.at,
            data=event.data,
        )
        self.send_model(out)
        self.sent_seq = event.seq
        self.app.metrics.events.inc()

    # -- receiving -----------------------------------------------------------------------------
    def _rate_limited(self) -> float:
        """Seconds to wait (at least 0.01), or 0 if this frame is within the limit. Every
        frame counts, binary ones included; refused frames do not use up the window."""
        limit = self.app.settings.rate_limit_messages
        if not limit:
            return 0.0
        window = self.app.settings.rate_limit_window_s
        now = time.monotonic()
        while self._recent and now - self._recent[0] >= window:
            self._recent.popleft()
        if len(self._recent) >= limit:
            return max(0.01, math.ceil((window - (now - self._recent[0])) * 100) / 100)
        self._recent.append(now)
        return 0.0

    async def handle_frame(self, frame: str | bytes) -> None:
        started = time.perf_counter()
        re: str | None = None
        kind = "invalid"
        try:
            wait = self._rate_limited()
            if isinstance(frame, bytes):
                raise ProtocolError(
                    ErrorCode.RATE_LIMITED if wait else ErrorCode.BINARY_NOT_SUPPORTED,
                    _too_fast(wait)
                    if wait
                    else "Binary frames are not supported; send JSON as text frames.",
                    retry_after=wait or None,
                )
            doc = frames.decode(frame)
            re = frames.request_id(doc)
            if wait:
                raise ProtocolError(ErrorCode.RATE_LIMITED, _too_fast(wait), retry_after=wait)
            frames.check_text(doc)
            request = self._validate(doc, re)
            kind = request.type
            self.app.metrics.messages.labels(kind).inc()
            await self._dispatch(request)
        except ProtocolError as err:
            if kind == "invalid":
                self.app.metrics.messages.labels(kind).inc()
            self.send_error(re, err)
        except ConnectionClosed:
            raise
        except Exception as exc:
            if is_outage(exc):
                log.warning(
                    "store unavailable: %s", type(exc).__name__, extra={**self.log_ctx, "op": kind}
                )
                self.send_error(re, _unavailable())
                return
            log.exception("request failed", extra={**self.log_ctx, "op": kind})
            self.send_error(
                re,
                ProtocolError(
                    ErrorCode.INTERNAL_ERROR,
                    "Something went wrong on our side and nothing was changed. Please try again.",
                ),
            )
        finally:
            if kind != "invalid":
                self.app.metrics.latency.labels(kind).observe(time.perf_counter() - started)

    @staticmethod
    def _validate(doc: dict[str, Any], re: str | None) -> Request:
        if re is None:
            raise ProtocolError(
                ErrorCode.BAD_MESSAGE,
                "Each message needs an 'id': text of 1 to 64 characters, chosen by you.",
                [FieldError("id", "Must be text of 1 to 64 characters.")],
            )
        kind = doc.get("type")
        if not isinstance(kind, str) or not kind:
            raise ProtocolError(
                ErrorCode.BAD_MESSAGE,
                'Each message needs a \'type\', such as "login" or "turn".',
                [FieldError("type", "This field is required.")],
            )
        model = CLIENT_MESSAGES.get(kind)
        if model is None:
            shown = kind if len(kind) <= 40 else kind[:40] + "…"
            raise ProtocolError(
                ErrorCode.UNKNOWN_TYPE,
                f"There is no message type '{shown}'. Known types: "
                + ", ".join(sorted(CLIENT_MESSAGES))
                + ".",
            )
        try:
            return model.model_validate(doc)
        except ValidationError as exc:
            raise ProtocolError(
                ErrorCode.INVALID_FIELDS,
                "Some fields of that message are not valid; see each field.",
                field_errors(exc),
            ) from None

    async def _dispatch(self, request: Request) -> None:
        if request.type not in ANONYMOUS_TYPES and self.account is None:
            raise ProtocolError(
                ErrorCode.NOT_AUTHENTICATED,
                f"Please log in first: '{request.type}' needs a logged-in connection "
                "(send 'login' or 'auth').",
            )
        if self.app.draining and request.type != "ping":
            raise ProtocolError(
                ErrorCode.SHUTTING_DOWN,
                "The server is restarting. Please reconnect in a few seconds.",
                retry_after=5,
            )
        payload = await self.router[request.type](self, request)
        if payload is not None:
            self.reply(request, payload)


def _too_fast(wait: float) -> str:
    return f"You are sending messages too quickly. Please wait {wait:g} seconds."


def _unavailable() -> ProtocolError:
    return ProtocolError(
        ErrorCode.UNAVAILABLE,
        "We could not reach our database just now, so this may not have been done. "
        "Please try again in a few seconds.",
        retry_after=UNAVAILABLE_RETRY_S,
    )
