"""The client's one link to a TTA server: requests, session events, turns, and reconnects.

A :class:`Link` owns one WebSocket at a time. A background *reader* task reads every frame and
routes it: a reply (``re``) resolves the request that sent it; a session event (``seq``) goes
to ``on_event``, read into the protocol's models (:func:`.events.parse_event`); anything else
(``session.taken_over``, ``safety.alert``, ...) to ``on_notice`` (:func:`.notices.parse_notice`).
A *pinger* measures the round trip with ``ping`` while the link is idle and reports it in
``CONNECTED`` statuses. Callbacks are plain functions called in the event loop's thread, from
the reader task, in the order frames arrive; they must not block.

Rules:

- **Exactly once, in order.** ``on_event`` receives each event of the current session once, in
  ``seq`` order: an event with ``seq <= last_seq`` is dropped as already seen, ``last_seq`` is
  raised to each event delivered, and a gap (never sent by a correct server) makes the link
  resume from ``last_seq`` instead of skipping ahead. Events of any other session are dropped.
- **Reconnect.** When the connection drops unexpectedly (a network error; close 1001, 1006,
  1011, ...) the state becomes ``RECONNECTING``: before attempt *n* the link waits a random
  time between 0 and ``min(backoff_cap_s, backoff_base_s * 2 ** (n - 1))`` (full jitter) and
  tries the next URL in the list (round robin). On a new connection it reads ``hello``, sends
  ``auth`` with the saved token, ``session.resume`` with ``session_id`` and ``last_seq`` (the
  server replays every later event, which the rule above passes on once), and then re-sends
  every unanswered turn. Only then are requests waiting for the link let through.
- **Turns are idempotent.** :meth:`Link.turn` gives each turn a ``turn_id`` and queues it until
  its reply arrives. After a reconnect every queued turn is sent again, in order, with the same
  ``turn_id``: the server applies a turn id once, so a turn that was applied before the drop is
  only acknowledged (its events come with the resume replay). An error reply drops the turn and
  is reported to ``on_notice`` as a ``TurnError``; ``rate_limited`` and ``shutting_down`` keep it
  queued and send it again later.
- **Stop.** Close code 4000 (the session was opened by another connection), 4001 (the token was
  revoked by a logout elsewhere), 4002 (an operator ended the connection; the reason is theirs),
  or an ``auth`` answered ``auth_failed``/``account_disabled``
  on reconnect put the link in ``STOPPED`` for good; ``max_attempts`` failed attempts put it in
  ``OFFLINE`` (:meth:`Link.retry_now` starts again). Either way requests fail at once, with
  :class:`LinkStopped` or :class:`LinkError` carrying the reason.
- Requests made while reconnecting wait up to ``request_timeout_s`` for the link to come back,
  then another ``request_timeout_s`` for their reply; they never block forever.

The decisions behind these rules (which events to deliver, which turns to send, what a reply
or a close code means, the backoff) are made without I/O by :class:`~tta_tui.net.core.LinkCore`,
tested on their own; requests waiting for their replies (matched by id, read into the
protocol's reply models) and the frames sent are :mod:`tta_tui.net.requests`; opening a
connection and checking ``hello`` is :mod:`tta_tui.net.opening`.
This module is the asyncio layer: tasks, sockets, timeouts and callbacks.

Nothing here prints: logs go to ``logging.getLogger("tta.client")`` at DEBUG.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode
from tta_server.protocol.messages import AccountOut, Hello, TakenOver
from tta_server.protocol.text import printable
from tta_tui.net.core import Delivery, LinkCore, Stop, TurnDone, TurnRetry
from tta_tui.net.errors import (
    AUTH_LOST_REASON,
    CLOSED_REASON,
    LOST_REASON,
    NO_STORY_REASON,
    NOT_CONNECTED_REASON,
    LinkError,
    LinkStopped,
    ServerError,
    unreachable_message,
)
from tta_tui.net.events import StoryEvent, parse_event
from tta_tui.net.notices import LinkNotice, parse_notice
from tta_tui.net.opening import Unreachable, drop, open_tta
from tta_tui.net.requests import Answered, Waiting, encode
from tta_tui.net.server_clock import ServerClock
from tta_tui.net.status import LinkState, LinkStatus

log = logging.getLogger("tta.client")

TURN_ID_PREFIX = "turn-"
"""Request ids of turns: the prefix and the turn id, so a reply names its turn."""

AUTH_LOST_CODES = frozenset({ErrorCode.AUTH_FAILED, ErrorCode.ACCOUNT_DISABLED})
"""``auth`` answers that mean the saved token will never work again."""
TRANSIENT_CODES = frozenset(
    {ErrorCode.RATE_LIMITED, ErrorCode.SHUTTING_DOWN, ErrorCode.INTERNAL_ERROR}
)
"""Errors during a reconnect handshake that count as a failed attempt (try again later)."""


class _AuthLost(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Link:
    """One client's connection to the first TTA server that answers among ``urls``."""

    def __init__(
        self,
        urls: Sequence[str],
        *,
        on_event: Callable[[StoryEvent], None],
        on_status: Callable[[LinkStatus], None],
        on_notice: Callable[[LinkNotice], None] | None = None,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 15.0,
        ping_interval_s: float = 5.0,
        request_timeout_s: float = 10.0,
        max_attempts: int | None = None,
    ) -> None:
        if not urls:
            raise ValueError("Link needs at least one server URL")
        self._urls = list(urls)
        self._on_event = on_event
        self._on_status = on_status
        self._on_notice = on_notice
        self._ping_interval_s = ping_interval_s
        self._request_timeout_s = request_timeout_s
        self._max_attempts = max_attempts

        self.url: str = self._urls[0]
        """The server in use, or the one being tried."""
        self.hello: Hello | None = None
        self.clock = ServerClock()
        """The server's time, from the connection in use's ``hello`` (this computer's clock
        until one is read, or when the server does not say its time)."""
        self.account: AccountOut | None = None
        self.token: str | None = None
        self._core = LinkCore(backoff_base_s=backoff_base_s, backoff_cap_s=backoff_cap_s)
        """The story, ``last_seq`` and the turn queue, and the decisions made from them."""

        self._index = 0
        self._ws: ClientConnection | None = None
        self._gen = 0
        self._reader: asyncio.Task[tuple[int, str]] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._pinger: asyncio.Task[None] | None = None
        self._chores: set[asyncio.Task[Any]] = set()
        self._ready = asyncio.Event()
        self._gone = asyncio.Event()
        """Set while the link is OFFLINE or STOPPED: waiting requests give up at once."""
        self._wake = asyncio.Event()
        self._ping_now = asyncio.Event()
        self._waiting = Waiting()
        self._turn_lock = asyncio.Lock()
        self._closing = False
        self._started = False
        self._rtt_ms: float | None = None
        self.status = LinkStatus(LinkState.CONNECTING, self.url)
        """The last status reported to ``on_status``."""

    # -- public API -----------------------------------------------------------------------------
    @property
    def state(self) -> LinkState:
        return self.status.state

    @property
    def pending_turns(self) -> int:
        """Turns typed whose reply has not arrived (sent, or waiting for the link)."""
        return len(self._core.turns)

    @property
    def session_id(self) -> str | None:
        """The story this link follows (None: none yet)."""
        return self._core.session_id

    @property
    def last_seq(self) -> int:
        """The last event of the story delivered to ``on_event``."""
        return self._core.last_seq

    async def connect(self, *, retry: bool = False) -> Hello:
        """Open the first connection: try each URL in order and return the server's ``hello``.

        Raises :class:`LinkError` naming every URL tried and why it failed. With ``retry``,
        keep trying with backoff (``RECONNECTING`` statuses) until a server answers, the link
        is closed, or ``max_attempts`` is reached."""
        self._raise_if_gone(allow_offline=True)
        if self._supervisor is not None and not self._supervisor.done():
            await self._wait_ready()  # already connected, or reconnecting: no second socket
            assert self.hello is not None
            return self.hello
        self._started = True
        self._gone.clear()
        failures: list[tuple[str, str]] = []
        for index, url in enumerate(self._urls):
            self._raise_if_gone(allow_offline=True)  # closed meanwhile
            self.url = url
            self._emit(LinkState.CONNECTING)
            try:
                await self._attempt(url)
            except Unreachable as exc:
                log.debug("connect: %s failed: %s", url, exc.why)
                failures.append((url, exc.why))
                continue
            self._index = index
            self._start_supervisor(reconnect_first=False)
            assert self.hello is not None
            return self.hello
        self._raise_if_gone(allow_offline=True)
        reason = unreachable_message(failures)
        if retry:
            self._index = len(self._urls) - 1
            if await self._reconnect(last_why=reason):
                self._start_supervisor(reconnect_first=False)
                assert self.hello is not None
                return self.hello
            self._raise_if_gone()
        self._go_offline(reason)
        raise LinkError(reason)

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """Send ``{type, id, **fields}`` and return the reply (``<type>.ok``).

        Raises :class:`ServerError` for an ``error`` reply, :class:`LinkStopped` when the link
        has stopped, and :class:`LinkError` when the link is down for longer than
        ``request_timeout_s`` or the reply does not come within ``request_timeout_s``."""
        ws, _ = await self._wait_ready()
        return await self._call(ws, type_, fields)

    async def register(self, username: str, password: str) -> r.RegisterOk:
        return r.RegisterOk.model_validate(
            await self.request("register", username=username, password=password)
        )

    async def login(self, username: str, password: str, device: str | None = None) -> r.LoginOk:
        """Log in, presenting ``device`` (a device token from an earlier login) when given; the
        token and account are remembered (``token``, ``account``) and used to log in again
        after a reconnect."""
        extra = {"device": device} if device else {}
        return r.LoginOk.model_validate(
            await self.request("login", username=username, password=password, **extra)
        )

    async def auth(self, token: str) -> r.AuthOk:
        """Log in with a token from an earlier ``login``; remembered like :meth:`login`."""
        return r.AuthOk.model_validate(await self.request("auth", token=token))

    async def logout(self) -> None:
        """Revoke the token; the link stays connected, anonymous, with no story."""
        await self.request("logout")

    async def start_session(self, character_id: str, world_id: str) -> r.SessionStartOk:
        """Start a story; its events (from seq 1) arrive through ``on_event``."""
        return r.SessionStartOk.model_validate(
            await self.request("session.start", character_id=character_id, world_id=world_id)
        )

    async def resume_session(self, session_id: str, last_seq: int = 0) -> r.SessionResumeOk:
        """Drive an existing story; the events after ``last_seq`` arrive through ``on_event``."""
        return r.SessionResumeOk.model_validate(
            await self.request("session.resume", session_id=session_id, last_seq=last_seq)
        )

    async def turn(self, text: str) -> str:
        """Queue what the player typed and return its ``turn_id`` at once.

        It is sent now if the link is up, else as soon as the story is resumed; it stays queued
        (and is re-sent with the same id after any reconnect) until its reply arrives. Its
        events arrive through ``on_event``; a refusal arrives through ``on_notice`` as
        ``{"type": "turn.error", "turn_id", "code", "message", "fields"}``. Turns are queued
        while RECONNECTING or OFFLINE too; only a STOPPED link refuses them."""
        self._raise_if_gone(allow_offline=True)
        if not self._started:
            raise LinkError(NOT_CONNECTED_REASON)
        if self.session_id is None:
            raise LinkError(NO_STORY_REASON)
        turn_id = uuid.uuid4().hex
        encode(self._turn_frame(turn_id, text), self.hello)  # too big to ever send: refuse now
        self._core.queue(turn_id, text)
        log.debug("turn %s queued (%d pending)", turn_id, self.pending_turns)
        if self._ready.is_set() and self._ws is not None:
            await self._flush_turns(self._ws, self._gen)
        return turn_id

    async def ack_safety(self, choice: str) -> r.SafetyAckOk:
        """Answer a crisis check: ``continue``, ``talk`` or ``end``."""
        return r.SafetyAckOk.model_validate(await self.request("safety.ack", choice=choice))

    def retry_now(self) -> None:
        """Try to reconnect at once: cuts a backoff wait short, or starts again when OFFLINE
        after ``max_attempts``. Does nothing when connected or stopped."""
        if self._closing or self.state is LinkState.STOPPED:
            return
        if self.state is LinkState.OFFLINE and self._started:
            if self._supervisor is None or self._supervisor.done():
                self._gone.clear()
                self._start_supervisor(reconnect_first=True)
            return
        self._wake.set()

    async def close(self) -> None:
        """Stop everything and close the socket; waiting requests fail with
        :class:`LinkStopped`. Reports a final ``STOPPED`` status. Safe to call twice."""
        if self._closing:
            return
        self._closing = True
        self._ready.clear()
        self._gone.set()
        self._wake.set()
        self._waiting.fail_all(LinkStopped(CLOSED_REASON))
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        current = asyncio.current_task()
        tasks = [t for t in (self._supervisor, self._pinger, self._reader, *self._chores) if t]
        for task in tasks:
            if task is not current:
                task.cancel()
        for task in tasks:
            if task is not current:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._waiting.fail_all(LinkStopped(CLOSED_REASON))
        self._emit(LinkState.STOPPED, reason=CLOSED_REASON)

    # -- connections ----------------------------------------------------------------------------
    async def _attempt(self, url: str) -> None:
        """One connection: open, read hello, log in again, resume, re-send turns, go ready."""
        ws, hello = await open_tta(url)
        self.url = url
        self._gen += 1
        gen = self._gen
        self._ws, self.hello = ws, hello
        self.clock = ServerClock.from_hello(hello)
        self._reader = asyncio.create_task(self._read(ws, gen), name=f"tta-link-reader-{gen}")
        try:
            if self.token is not None:
                try:
                    await self._call(ws, "auth", {"token": self.token})
                except ServerError as exc:
                    if exc.code in AUTH_LOST_CODES:
                        raise _AuthLost(
                            AUTH_LOST_REASON
                            if exc.code == ErrorCode.AUTH_FAILED
                            else f"{exc.message} Please log in again."
                        ) from None
                    raise Unreachable(f"it could not log in again: {exc.message}") from None
            if self.session_id is not None:
                try:
                    await self._call(
                        ws,
                        "session.resume",
                        {"session_id": self.session_id, "last_seq": self.last_seq},
                    )
                except ServerError as exc:
                    if exc.code in TRANSIENT_CODES:
                        raise Unreachable(f"it could not resume: {exc.message}") from None
                    self._lose_session(exc)
            await self._flush_turns(ws, gen)
        except LinkError as exc:
            await drop(ws)
            lost = str(exc) == LOST_REASON
            raise Unreachable(
                "the connection dropped while resuming the story"
                if lost
                else "it did not answer in time while resuming the story"
            ) from None
        except BaseException:
            await drop(ws)
            raise
        if self._reader.done():  # dropped just now: let the caller try again
            raise Unreachable("the connection dropped while resuming the story")
        self._ready.set()
        self._gone.clear()
        self._rtt_ms = None
        self._ping_now.set()
        self._emit(LinkState.CONNECTED)
        log.debug("connected to %s (generation %d)", url, gen)
        if self._pinger is None or self._pinger.done():
            self._pinger = asyncio.create_task(self._ping_loop(), name="tta-link-pinger")
        # turns typed during the handshake, after the flush above looked
        await self._flush_turns(ws, gen)

    def _start_supervisor(self, *, reconnect_first: bool) -> None:
        self._supervisor = asyncio.create_task(
            self._supervise(reconnect_first), name="tta-link-supervisor"
        )

    async def _supervise(self, reconnect_first: bool) -> None:
        """Watch the connection; reconnect when it drops, stop on 4000/4001/4002."""
        if reconnect_first and not await self._reconnect(last_why=None):
            return
        while not self._closing:
            assert self._reader is not None
            code, reason = await self._reader
            if self._closing:
                return
            decision = LinkCore.after_close(code, reason)
            if isinstance(decision, Stop):
                if decision.forget_token:
                    self.token = None
                self._stop(decision.reason)
                return
            log.debug("connection to %s dropped (code %d: %s)", self.url, code, reason)
            if not await self._reconnect(last_why=decision.why):
                return

    async def _reconnect(self, *, last_why: str | None) -> bool:
        """Try URLs round robin with full-jitter backoff; True once connected again."""
        attempt = 0
        reason = last_why
        while not self._closing:
            attempt += 1
            if self._max_attempts is not None and attempt > self._max_attempts:
                tried = "once" if self._max_attempts == 1 else f"{self._max_attempts} times"
                self._go_offline(f"Gave up after trying {tried}. {reason or ''}".strip())
                return False
            self._index = (self._index + 1) % len(self._urls)
            self.url = self._urls[self._index]
            delay = self._core.backoff(attempt)
            self._emit(LinkState.RECONNECTING, retry_in_s=delay, attempt=attempt, reason=reason)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)
            if self._closing:
                return False
            try:
                await self._attempt(self.url)
                return True
            except _AuthLost as exc:
                self.token = self.account = None
                self._stop(exc.reason)
                return False
            except Unreachable as exc:
                reason = unreachable_message([(self.url, exc.why)])
                log.debug("reconnect attempt %d: %s", attempt, reason)
        return False

    async def _read(self, ws: ClientConnection, gen: int) -> tuple[int, str]:
        """Read and route frames until the connection closes; return its close code."""
        code, reason = 1006, ""
        try:
            while True:
                frame = await ws.recv()
                self._dispatch(frame)
        except ConnectionClosed as exc:
            if exc.rcvd is not None:
                code, reason = exc.rcvd.code, printable(exc.rcvd.reason)
        except Exception:
            log.debug("reader failed", exc_info=True)
            await drop(ws)
        finally:
            if gen == self._gen:
                self._ready.clear()
                self._waiting.fail_all(LinkError(LOST_REASON))
                self._core.connection_lost()
        return code, reason

    # -- frames ---------------------------------------------------------------------------------
    def _dispatch(self, frame: str | bytes) -> None:
        try:
            doc = json.loads(frame)
        except ValueError:
            log.debug("ignored a frame that is not JSON")
            return
        if not isinstance(doc, dict):
            log.debug("ignored a frame that is not an object")
            return
        doc = printable(doc)
        if "re" in doc:
            self._on_reply(doc)
        elif "seq" in doc:
            self._on_session_event(doc)
        elif (notice := parse_notice(doc)) is not None:
            self._notice(notice)

    def _on_reply(self, doc: dict[str, Any]) -> None:
        answered = self._waiting.answer(doc)
        if isinstance(answered, Answered):
            self._remember(answered)
        if answered:
            return
        rid = doc.get("re")
        if isinstance(rid, str) and rid.startswith(TURN_ID_PREFIX):
            self._on_turn_reply(rid.removeprefix(TURN_ID_PREFIX), doc)
            return
        log.debug("ignored a reply to no waiting request (re=%r, type=%r)", rid, doc.get("type"))

    def _remember(self, answered: Answered) -> None:
        """Apply what a successful reply changes, before any later frame is read."""
        reply = answered.reply
        if isinstance(reply, r.LoginOk | r.AuthOk):
            given = reply.token if isinstance(reply, r.LoginOk) else answered.fields["token"]
            self.token, self.account = str(given), reply.account
        elif isinstance(reply, r.LogoutOk):
            self.token = self.account = None
        dropped = self._core.follow(answered.type, answered.fields, reply)
        if dropped:
            log.debug("dropped %d turns of the previous story", len(dropped))

    def _on_session_event(self, doc: dict[str, Any]) -> None:
        seen = self._core.last_seq
        delivery = self._core.event(doc)
        if delivery is not Delivery.DELIVER:
            log.debug("event %r: %s (last_seq %d)", doc.get("seq"), delivery, seen)
            if delivery is Delivery.GAP:
                self._resync()
            return
        try:
            self._on_event(parse_event(doc))
        except Exception:
            log.debug("on_event failed", exc_info=True)

    def _resync(self) -> None:
        """Ask the server again for everything after ``last_seq`` on this connection."""
        if self._ws is None or not self._core.start_resync():
            return
        ws, fields = self._ws, {"session_id": self.session_id, "last_seq": self.last_seq}

        async def resume() -> None:
            try:
                await self._call(ws, "session.resume", fields)
            except (LinkError, ServerError) as exc:
                log.debug("resync failed: %s", exc)
            finally:
                self._core.resyncing = False

        self._chore(resume())

    def _notice(self, notice: LinkNotice) -> None:
        if isinstance(notice, TakenOver) and notice.session_id == self.session_id:
            log.debug("this story was taken over by another connection")
        if self._on_notice is None:
            return
        try:
            self._on_notice(notice)
        except Exception:
            log.debug("on_notice failed", exc_info=True)

    # -- turns ----------------------------------------------------------------------------------
    @staticmethod
    def _turn_frame(turn_id: str, text: str) -> dict[str, Any]:
        return {"type": "turn", "id": TURN_ID_PREFIX + turn_id, "turn_id": turn_id, "text": text}

    async def _flush_turns(self, ws: ClientConnection, gen: int) -> None:
        """Send, in order, every queued turn not yet sent on this connection."""
        async with self._turn_lock:
            while gen == self._gen:
                turn = self._core.next_unsent(gen)
                if turn is None:
                    return
                try:
                    await ws.send(encode(self._turn_frame(turn.turn_id, turn.text), self.hello))
                except ConnectionClosed:
                    turn.sent_on = 0
                    return
                log.debug("turn %s sent", turn.turn_id)

    def _on_turn_reply(self, turn_id: str, doc: dict[str, Any]) -> None:
        ok = doc.get("type") == "turn.ok"
        err = ServerError.from_frame(doc) if not ok else None
        outcome = self._core.turn_reply(
            turn_id,
            ok,
            err.code if err else "",
            err.message if err else "",
            err.fields if err else {},
            err.retry_after or 0.0 if err else 0.0,
        )
        if outcome is None:
            log.debug("ignored a reply to a turn no longer queued (%s)", turn_id)
        elif isinstance(outcome, TurnDone):
            log.debug("turn %s done (replayed: %s)", turn_id, doc.get("replayed"))
        elif isinstance(outcome, TurnRetry):
            self._chore(self._resend_later(outcome.delay_s))
        else:
            self._notice(outcome.notice)

    async def _resend_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._ready.is_set() and self._ws is not None:
            await self._flush_turns(self._ws, self._gen)

    def _lose_session(self, exc: ServerError) -> None:
        """The story cannot be resumed (deleted, its world gone): tell the UI, drop its turns."""
        log.debug("could not resume %s: %s", self.session_id, exc.code)
        self._notice(self._core.lose_session(exc.code, exc.message))

    # -- requests -------------------------------------------------------------------------------
    async def _wait_ready(self) -> tuple[ClientConnection, int]:
        self._raise_if_gone()
        if not self._started:
            raise LinkError(NOT_CONNECTED_REASON)
        if not self._ready.is_set():
            ready = asyncio.create_task(self._ready.wait())
            gone = asyncio.create_task(self._gone.wait())
            try:
                await asyncio.wait(
                    {ready, gone},
                    timeout=self._request_timeout_s,
                    return_when=asyncio.FIRST_COMPLETED,
                )
            finally:
                ready.cancel()
                gone.cancel()
            self._raise_if_gone()
            if not self._ready.is_set():
                raise LinkError(
                    f"The server at {self.url} has not come back within "
                    f"{self._request_timeout_s:g} s. Please try again in a moment."
                )
        assert self._ws is not None
        return self._ws, self._gen

    async def _call(
        self, ws: ClientConnection, type_: str, fields: dict[str, Any]
    ) -> dict[str, Any]:
        """Send one request on ``ws`` and wait for its reply."""
        rid, pending = self._waiting.expect(type_, fields)
        try:
            await ws.send(encode({"type": type_, "id": rid, **fields}, self.hello))
            reply = await asyncio.wait_for(pending.future, self._request_timeout_s)
        except ConnectionClosed:
            raise LinkError(LOST_REASON) from None
        except TimeoutError:
            raise LinkError(
                f"The server did not answer within {self._request_timeout_s:g} s. Please try again."
            ) from None
        finally:
            self._waiting.forget(rid)
        if reply.get("type") == "error":
            raise ServerError.from_frame(reply)
        return reply

    # -- pings ----------------------------------------------------------------------------------
    async def _ping_loop(self) -> None:
        """Measure the round trip while idle (a ping queued behind a long turn would measure
        the turn), once at each (re)connection and then every ``ping_interval_s``."""
        loop = asyncio.get_running_loop()
        while not self._closing:
            await self._ready.wait()
            ws, gen = self._ws, self._gen
            busy = self._waiting or self._core.awaiting(gen)
            if ws is not None and not busy:
                started = loop.time()
                try:
                    await self._call(ws, "ping", {})
                except (LinkError, ServerError) as exc:
                    log.debug("ping failed: %s", exc)
                else:
                    if gen == self._gen and self._ready.is_set():
                        self._rtt_ms = round((loop.time() - started) * 1000, 1)
                        self._emit(LinkState.CONNECTED)
            self._ping_now.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._ping_now.wait(), self._ping_interval_s)

    # -- state ----------------------------------------------------------------------------------
    def _emit(
        self,
        state: LinkState,
        *,
        retry_in_s: float | None = None,
        attempt: int = 0,
        reason: str | None = None,
    ) -> None:
        rtt = self._rtt_ms if state is LinkState.CONNECTED else None
        self.status = LinkStatus(state, self.url, rtt, retry_in_s, attempt, reason)
        log.debug("status: %s", self.status)
        try:
            self._on_status(self.status)
        except Exception:
            log.debug("on_status failed", exc_info=True)

    def _stop(self, reason: str) -> None:
        log.debug("stopped: %s", reason)
        self._ready.clear()
        self._gone.set()
        self._waiting.fail_all(LinkStopped(reason))
        if self._pinger is not None:
            self._pinger.cancel()
        if self._ws is not None:
            self._chore(drop(self._ws))
        self._emit(LinkState.STOPPED, reason=reason)

    def _go_offline(self, reason: str) -> None:
        log.debug("offline: %s", reason)
        self._ready.clear()
        self._gone.set()
        self._waiting.fail_all(LinkError(reason))
        self._emit(LinkState.OFFLINE, reason=reason)

    def _raise_if_gone(self, *, allow_offline: bool = False) -> None:
        if self._closing:
            raise LinkStopped(CLOSED_REASON)
        if self.state is LinkState.STOPPED:
            raise LinkStopped(self.status.reason or CLOSED_REASON)
        if self.state is LinkState.OFFLINE and not allow_offline:
            raise LinkError(self.status.reason or NOT_CONNECTED_REASON)

    def _chore(self, coro: Any) -> None:
        task: asyncio.Task[Any] = asyncio.create_task(coro)
        self._chores.add(task)
        task.add_done_callback(self._chores.discard)
