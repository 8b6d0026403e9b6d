"""Live state of one server process: which connection drives which session, and who is
logged in with which token; plus the control channel shared by every process.

Policy: one live connection drives a session. When a connection starts or resumes a session,
any other connection driving it, in this process or another, receives ``session.taken_over`` and
is closed with code 4000. When a token is revoked (``logout``), every other connection that
authenticated with it is closed with code 4001. Both travel on the bus channel ``control`` so they
reach every process sharing the store; every message on ``control`` is a model of
:mod:`tta_server.hub_control`, read leniently.

A ``poke`` on ``control`` tells the process driving a session that someone else (a
facilitator) wrote events to it: they are sent from the log, exactly once as always.

Admins reach connections on every process through ``control`` too (the ``admin.*`` requests of
:mod:`tta_server.handlers.operators`): ``broadcast`` carries a ``notice`` frame that each process
sends to its logged-in connections (those already closing are skipped); ``kick`` makes the
process driving a session send ``session.kicked`` to that connection and close it with code 4002
and the reason.

Nothing here waits on a connection: frames are queued on each connection's outbox
(:mod:`tta_server.outbox`), which drops a peer that stops reading, so one stuck socket cannot
hold up an alert, a broadcast, a takeover or the control channel.

Safety alerts travel on the channel ``alerts`` (:data:`tta_server.crisis_response.ALERTS_CHANNEL`):
every process forwards each one, as a ``safety.alert`` frame, to its connections that sent
``alerts.subscribe`` (facilitators and admins only).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from typing import TYPE_CHECKING, Any

from tta_server.crisis_response import ALERTS_CHANNEL, alert_frame
from tta_server.hub_control import (
    CONTROL_CHANNEL,
    AccountChanged,
    Broadcast,
    Control,
    Kick,
    Poke,
    Revoke,
    Takeover,
    read_control,
)
from tta_server.protocol.codes import CloseCode, close_reason
from tta_server.protocol.messages import Kicked
from tta_server.store import is_outage
from tta_server.store.base import Alert, BusSubscription, Role, Store

if TYPE_CHECKING:
    from tta_server.connection import Connection
    from tta_server.peer import Peer
    from tta_server.settings import Settings

log = logging.getLogger("tta.hub")

TAKEN_OVER_MESSAGE = (
    "This story was opened from another window or device, so this one has stepped aside. "
    "Resume it here to carry on."
)
REVOKED_MESSAGE = "You logged out from another window. Please log in again."
DELETED_MESSAGE = "This account has been deleted, with everything about it."
DISABLED_MESSAGE = "This account has been disabled by the people who run this service."


async def account_changed_everywhere(store: Store, account_id: str) -> None:
    """Tell every process sharing the store that an account's role, or whether it is enabled
    or exists, changed: each re-reads it for its open connections at once (for tools outside
    a server, such as ``tta-admin user role``)."""
    await store.bus.publish(CONTROL_CHANNEL, AccountChanged(account_id=account_id).model_dump())


async def revoke_everywhere(store: Store, token_hashes: list[str], reason: str) -> None:
    """Close every connection holding one of these tokens, in every process that shares the
    store's bus (redis-neo4j), with close code 4001 and ``reason``; for tools outside a server."""
    for token_hash in token_hashes:
        revoke = Revoke(token_hash=token_hash, reason=reason)
        await store.bus.publish(CONTROL_CHANNEL, revoke.model_dump())


class Hub:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.process_id = uuid.uuid4().hex
        self.connections: set[Connection] = set()
        self._by_address: dict[str, int] = {}
        self._drivers: dict[str, Peer] = {}
        self._by_token: dict[str, set[Peer]] = {}
        self._logged_in = 0
        """Connections in ``_by_token`` (so the anonymous ones are counted without a scan)."""
        self._sub: BusSubscription | None = None
        self._task: asyncio.Task[None] | None = None
        self._alert_sub: BusSubscription | None = None
        self._alert_task: asyncio.Task[None] | None = None
        self.alert_watchers: set[Peer] = set()

    async def start(self) -> None:
        self._sub = await self.store.bus.subscribe(CONTROL_CHANNEL)
        self._task = asyncio.create_task(self._listen(self._sub), name="tta-hub-control")
        self._alert_sub = await self.store.bus.subscribe(ALERTS_CHANNEL)
        self._alert_task = asyncio.create_task(
            self._forward_alerts(self._alert_sub), name="tta-hub-alerts"
        )

    async def stop(self) -> None:
        for sub in (self._sub, self._alert_sub):
            if sub is not None:
                await sub.aclose()
        for task in (self._task, self._alert_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    # -- registration --------------------------------------------------------------------------
    def refusal(self, address: str, settings: Settings) -> tuple[str, str] | None:
        """Why a new connection from ``address`` must be turned away (a metric label and a
        close reason), or None to take it: the caps of ``max_connections_per_address`` and
        ``max_anonymous_connections``."""
        per_address = settings.max_connections_per_address
        if per_address and self._by_address.get(address, 0) >= per_address:
            return "address", "too many connections from your address; close some and retry"
        anonymous = settings.max_anonymous_connections
        if anonymous and len(self.connections) - self._logged_in >= anonymous:
            return "anonymous", "server busy: too many connections waiting to log in; retry soon"
        return None

    def add(self, conn: Connection) -> None:
        self.connections.add(conn)
        self._by_address[conn.address] = self._by_address.get(conn.address, 0) + 1

    def remove(self, conn: Connection) -> None:
        if conn in self.connections:
            left = self._by_address.get(conn.address, 1) - 1
            if left:
                self._by_address[conn.address] = left
            else:
                self._by_address.pop(conn.address, None)
        self.connections.discard(conn)
        self.alert_watchers.discard(conn)
        self.forget_token(conn)
        self.detach(conn)

    def remember_token(self, conn: Peer, token_hash: str) -> None:
        holders = self._by_token.setdefault(token_hash, set())
        if conn not in holders:
            holders.add(conn)
            self._logged_in += 1

    def forget_token(self, conn: Peer) -> None:
        if conn.token_hash is not None:
            holders = self._by_token.get(conn.token_hash)
            if holders is not None and conn in holders:
                holders.remove(conn)
                self._logged_in -= 1
                if not holders:
                    del self._by_token[conn.token_hash]

    def detach(self, conn: Peer) -> None:
        if conn.session_id is not None and self._drivers.get(conn.session_id) is conn:
            del self._drivers[conn.session_id]

    async def _publish(self, channel: str, message: dict[str, Any], what: str) -> bool:
        """Publish on the bus; when the bus does not answer (Redis down), log it and return
        False instead of failing a request whose real work is already done and stored."""
        try:
            await self.store.bus.publish(channel, message)
        except Exception as exc:
            if not is_outage(exc):
                raise
            log.warning("%s reached this process only: the bus did not answer (%s)", what, exc)
            return False
        return True

    async def attach(self, conn: Peer, session_id: str, *, new: bool = False) -> None:
        """Make ``conn`` the driver of ``session_id``, displacing any other everywhere (a
        ``new`` session has no other driver, so nothing is announced)."""
        self.detach(conn)
        previous = self._drivers.get(session_id)
        self._drivers[session_id] = conn
        if previous is not None and previous is not conn:
            previous.taken_over(session_id)
        if new:
            return
        await self._control(Takeover(session_id=session_id, conn=conn.id, origin=self.process_id))

    async def revoke(self, token_hash: str, keep: Peer | None) -> None:
        """Close every connection (here and elsewhere) that authenticated with the token."""
        await self._close_token_holders(token_hash, keep)
        await self._control(Revoke(token_hash=token_hash, origin=self.process_id))

    async def _close_token_holders(
        self, token_hash: str, keep: Peer | None, reason: str = REVOKED_MESSAGE
    ) -> None:
        for holder in tuple(self._by_token.get(token_hash, ())):
            if holder is not keep:
                holder.close(CloseCode.TOKEN_REVOKED, reason)

    # -- safety alerts ---------------------------------------------------------------------------
    async def publish_alert(
        self,
        kind: str,
        alert: Alert,
        *,
        to: str | None = None,
        by: str | None = None,
        note: str | None = None,
    ) -> None:
        """Send an alert to every subscribed facilitator, in every process. When the bus does
        not answer, this process's facilitators still get it at once (the alert is stored:
        the others see it in ``alerts.list``)."""
        message = alert_frame(kind, alert, to=to, by=by, note=note)
        if not await self._publish(ALERTS_CHANNEL, message, f"safety alert {alert.id}"):
            self._to_watchers(message)

    async def _forward_alerts(self, sub: BusSubscription) -> None:
        async for message in sub:
            self._to_watchers(message)

    def _to_watchers(self, message: dict[str, Any]) -> None:
        frame = {**message, "type": "safety.alert"}
        for watcher in tuple(self.alert_watchers):
            if not watcher.send_json(frame):  # never waits: see tta_server.outbox
                log.debug("alert not delivered to connection %s", watcher.id)

    # -- control channel -----------------------------------------------------------------------
    async def _listen(self, sub: BusSubscription) -> None:
        async for message in sub:
            try:
                await self._on_control(message)
            except Exception:  # one bad message must not stop the listener
                log.exception("control message failed")

    async def _control(self, message: Control) -> None:
        """Publish on the control channel (``message.origin`` is this process)."""
        await self.store.bus.publish(CONTROL_CHANNEL, message.model_dump())

    async def _on_control(self, doc: dict[str, Any]) -> None:
        message = read_control(doc)
        if message is None or message.origin == self.process_id:
            return
        if isinstance(message, Takeover):
            driver = self._drivers.get(message.session_id)
            if driver is not None and driver.id != message.conn:
                del self._drivers[message.session_id]
                driver.taken_over(message.session_id)
        elif isinstance(message, Revoke):
            reason = message.reason or REVOKED_MESSAGE
            await self._close_token_holders(message.token_hash, None, reason)
        elif isinstance(message, Poke):
            await self._refresh(message.session_id)
        elif isinstance(message, AccountChanged):
            await self.account_changed(message.account_id)
        elif isinstance(message, Broadcast):
            self._send_to_all(message.frame, None)
        else:
            await self._kick_driver(message.session_id, message.reason)

    async def account_changed(self, account_id: str) -> None:
        """Apply an account's new role, disabling or deletion to its open connections here:
        re-read it once; a deleted or disabled account's connections are closed (4001), the
        others carry the new role from their next request (and stop receiving alerts when it
        is no longer staff)."""
        holders = [c for c in self.connections if c.account and c.account.id == account_id]
        if not holders:
            return
        fresh = await self.store.get_account(account_id)
        for conn in holders:
            if fresh is None:
                conn.close(CloseCode.TOKEN_REVOKED, DELETED_MESSAGE)
            elif fresh.disabled:
                conn.close(CloseCode.TOKEN_REVOKED, DISABLED_MESSAGE)
            else:
                conn.account = fresh
                if fresh.role is Role.PLAYER:
                    self.alert_watchers.discard(conn)

    async def poke(self, session_id: str) -> None:
        """Events were written to a session by someone other than its driver (a facilitator):
        wherever the driver is, send them and drop its cached playthrough (it may be paused)."""
        await self._refresh(session_id)
        poke = Poke(session_id=session_id, origin=self.process_id)
        await self._publish(CONTROL_CHANNEL, poke.model_dump(), f"news of session {session_id}")

    async def _refresh(self, session_id: str) -> None:
        driver = self._drivers.get(session_id)
        if driver is not None:
            driver.live = None
            driver.spawn(driver.replay(session_id), "tta-replay")

    # -- admins ----------------------------------------------------------------------------------
    async def broadcast(self, frame: dict[str, Any], sender: Peer | None) -> int:
        """Send ``frame`` to every logged-in connection (but ``sender``) of every process;
        returns how many connections of *this* process it reached."""
        reached = self._send_to_all(frame, sender)
        message = Broadcast(frame=frame, origin=self.process_id)
        await self._publish(CONTROL_CHANNEL, message.model_dump(), "a broadcast")
        return reached

    def _send_to_all(self, frame: dict[str, Any], skip: Peer | None) -> int:
        return sum(
            1
            for c in tuple(self.connections)
            if c is not skip and c.account is not None and c.send_json(frame)
        )

    async def kick(self, session_id: str, reason: str) -> None:
        """Close the connection driving ``session_id``, in whatever process, after telling it
        why (``session.kicked``, then close code 4002 with ``reason`` cut to fit the frame)."""
        await self._kick_driver(session_id, reason)
        await self._control(Kick(session_id=session_id, reason=reason, origin=self.process_id))

    async def _kick_driver(self, session_id: str, reason: str) -> None:
        driver = self._drivers.pop(session_id, None)
        if driver is None:
            return
        driver.session_id = None
        driver.live = None
        driver.send_model(Kicked(session_id=session_id, reason=reason))
        driver.close(CloseCode.KICKED, close_reason(reason))
