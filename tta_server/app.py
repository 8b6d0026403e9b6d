"""The server process: WebSocket protocol and plain HTTP on one port, and graceful shutdown.

With ``tls_cert`` and ``tls_key`` set the port speaks TLS (``wss://``, ``https://``), else plain
``ws://`` and ``http://`` (see :mod:`tta_server.tls`).

HTTP (answered in ``process_request`` before any WebSocket handshake):

* ``GET /healthz``: 200 ``{"status": "ok", ...}`` while the process serves.
* ``GET /readyz``: 200 when every store dependency answers, else 503 naming the one that failed.
* ``GET /metrics``: Prometheus text (see :mod:`tta_server.metrics`), to ``metrics_allow``
  addresses (loopback by default) or with the ``metrics_token`` bearer token; else 403.

WebSocket: any other path upgrades to the protocol of :mod:`tta_server.protocol.messages`;
a handshake with an ``Origin`` header (a browser) is refused with 403 unless that origin is in
``allowed_origins``.

Shutdown (SIGTERM/SIGINT or :meth:`App.shutdown`): stop accepting connections, refuse new
requests with ``shutting_down``, let turns in flight finish (up to ``shutdown_grace_s``), close
connections with 1001 and a reason, then close the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import ipaddress
import json
import logging
import math
import signal
import ssl
import time
from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response
from websockets.typing import Origin

from tta_server import __version__, scrape_gauges
from tta_server.accounts import Accounts
from tta_server.client_address import client_address, in_networks, networks
from tta_server.connection import Connection
from tta_server.flood import ConnectGate, GuardedConnection, guarded
from tta_server.game import Game
from tta_server.handlers import HANDLERS
from tta_server.hub import Hub
from tta_server.metrics import Metrics
from tta_server.narrative import make_narrator
from tta_server.protocol.codes import PROTOCOL_VERSION, CloseCode
from tta_server.readiness import Readiness
from tta_server.safety.contextual_pool import ContextualPool, load_pool, unavailable
from tta_server.safety.resources import load_resources
from tta_server.settings import Settings
from tta_server.store import make_store
from tta_server.store.base import Store, now
from tta_server.store.data_lock import DataFolderLock
from tta_server.tls import server_context
from tta_server.warm_up import WarmUp, warm_up
from tta_server.world_catalogue import WorldInfo, import_worlds, load_worlds, world_of

log = logging.getLogger("tta.server")

SHUTDOWN_REASON = "server restarting; reconnect in a few seconds"
REFUSAL_DELAY_S = 2.0
"""Longest wait before a connection refused for the connection rate gets its HTTP 429."""
REFUSALS_HELD_PER_ADDRESS = 32
"""Refusals held back at once per address (past it, the 429 goes out at once)."""
RETENTION_INTERVAL_S = 3600.0
"""Seconds between two runs of the safety alert retention (``alert_retention_days``)."""


class App:
    """Everything one server process shares between its connections."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store if store is not None else make_store(settings)
        self.accounts = Accounts(self.store, settings)
        self.readiness = Readiness(self.store, settings.ready_slow_checks)
        self.hub = Hub(self.store)
        self.metrics = Metrics()
        self.resources = load_resources(settings.crisis_resources())
        """Crisis lines by country (raises ResourcesError, naming every problem, if broken)."""
        self.worlds: dict[str, WorldInfo] = {}
        """The catalogue card of every playable world (``world.list``)."""
        self.game = Game({}, {}, make_narrator(settings), resources=self.resources)
        self.draining = False
        self.warming = False
        """True while the start-up warm-up runs (``/readyz`` says not ready)."""
        self.warmed: WarmUp | None = None
        """What the warm-up did, once it finished."""
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self.server: Server | None = None
        self.gate = ConnectGate(settings.connect_rate_per_address, settings.rate_limit_window_s)
        """New connections per client address (see :mod:`tta_server.flood`)."""
        self._trusted = networks(settings.trusted_proxies)
        self._metrics_from = networks(settings.metrics_allow)
        self._held_refusals: dict[str, int] = {}
        """Refusals for the connection rate being held back, per client address."""
        self._retention: asyncio.Task[None] | None = None
        self.contextual: ContextualPool | None = None
        """The contextual safety signal's pool, None when it is off or cannot run here."""
        self._folder_lock: DataFolderLock | None = None

    # -- start and stop --------------------------------------------------------------------------
    async def start(self) -> Server:
        if self.store.kind == "embedded":
            self._folder_lock = DataFolderLock(self.settings.data_dir)
            self._folder_lock.acquire()  # DataFolderInUse: another server has it
        try:
            return await self._start()
        except BaseException:
            self._release_folder()
            raise

    def _release_folder(self) -> None:
        if self._folder_lock is not None:
            self._folder_lock.release()
            self._folder_lock = None

    async def _start(self) -> Server:
        await self.store.open()
        if self.settings.import_worlds_on_start:
            files, problems = load_worlds(self.settings.worlds())
            for problem in problems:
                log.warning("world file skipped: %s", problem)
            for world_id, result in (await import_worlds(self.store, list(files.values()))).items():
                if result != "unchanged":
                    log.info("world %s %s", world_id, result)
        records = await self.store.list_worlds()
        worlds = {r.id: world_of(r) for r in records}
        self.worlds = {wid: WorldInfo.of(w) for wid, w in worlds.items()}
        self.game = Game(
            worlds,
            {r.id: r.version for r in records},
            self.game.narrator,
            self.metrics.narration_replaced,
            undo_depth=self.settings.undo_depth,
            resources=self.resources,
        )
        await self.hub.start()
        if self.settings.safety_contextual:
            await self._load_contextual()
        if self.settings.alert_retention_days > 0:
            self._retention = asyncio.create_task(self._purge_alerts(), name="tta-retention")
        self.server = await serve(
            self._handle,
            self.settings.host,
            self.settings.port,
            process_request=self._process_request,
            origins=[None, *(Origin(o) for o in self.settings.allowed_origins)],
            max_size=self.settings.max_frame_bytes,
            ssl=self._tls(),
            server_header=f"tta/{__version__}",
            compression="deflate" if self.settings.ws_compression else None,
            create_connection=guarded(
                self.settings.flood_close_messages,
                self.settings.rate_limit_window_s,
                self._flooded,
            ),
        )
        if self.settings.warm_up_on_start:
            await self._warm_up()
        if self.settings.gc_full_every:
            young, middle, _ = gc.get_threshold()
            gc.set_threshold(young, middle, self.settings.gc_full_every)
        if self.settings.gc_freeze_on_start:
            gc.collect()
            gc.freeze()
        return self.server

    async def _load_contextual(self) -> None:
        """Load the contextual safety signal's encoders (off the event loop), or say once why
        the screen runs without it (:mod:`tta_server.safety.contextual_pool`)."""
        why = unavailable()
        started = time.perf_counter()
        if why is None:
            s = self.settings
            try:
                self.contextual = await asyncio.to_thread(
                    load_pool,
                    s.safety_contextual_workers,
                    s.safety_contextual_timeout_ms / 1000,
                    s.safety_contextual_queue,
                    s.safety_contextual_cache,
                    s.safety_contextual_per_player or None,
                )
            except Exception as exc:
                why = str(exc)
        if why is not None:
            log.warning(
                "contextual safety signal off: %s; the rules and n-gram screen run alone", why
            )
            return
        took = time.perf_counter() - started
        self.metrics.contextual_enabled.set(1)
        self.metrics.contextual_load_seconds.set(took)
        log.info(
            "contextual safety signal loaded in %.2f s (%d worker(s))",
            took,
            self.settings.safety_contextual_workers,
        )

    async def _warm_up(self) -> None:
        """Walk the players' path once before saying ready (:mod:`tta_server.warm_up`)."""
        self.warming = True
        host = self.settings.host or "127.0.0.1"
        with contextlib.suppress(ValueError):  # a name, not an address: used as it is
            if (address := ipaddress.ip_address(host)).is_unspecified:  # all interfaces
                host = "::1" if address.version == 6 else "127.0.0.1"
        host = f"[{host}]" if ":" in host else host
        url = f"{'wss' if self.settings.serves_tls else 'ws'}://{host}:{self.port}"
        try:
            done = await warm_up(
                url,
                self.accounts,
                self.store,
                self.settings.serves_tls,
                list(self.game.worlds.values()),
            )
        except Exception as exc:  # a cold start is slower, not broken
            log.warning("warm-up did not finish (%s); serving without it", exc)
        else:
            log.info(
                "warmed up in %.2f s: %d requests (%d tried again), %d turns in %d worlds, "
                "%d safety regexes compiled",
                done.seconds,
                done.requests,
                done.retries,
                done.turns,
                done.worlds,
                done.regexes,
            )
            self.warmed = done
        finally:
            self.warming = False

    def _tls(self) -> ssl.SSLContext | None:
        """The listener's TLS context (``tls_cert``/``tls_key``), or None for plain ws/http."""
        cert, key = self.settings.tls_cert, self.settings.tls_key
        return server_context(cert, key) if cert is not None and key is not None else None

    @property
    def url(self) -> str:
        """Where this server listens, as a client would write it (``ws://`` or ``wss://``)."""
        host = f"[{self.settings.host}]" if ":" in self.settings.host else self.settings.host
        return f"{'wss' if self.settings.serves_tls else 'ws'}://{host}:{self.port}"

    @property
    def port(self) -> int:
        assert self.server is not None
        port: int = self.server.sockets[0].getsockname()[1]
        return port

    async def shutdown(self) -> None:
        """Graceful stop; safe to call more than once."""
        if self.draining:
            return
        self.draining = True
        server = self.server
        if server is not None:
            server.server.close()  # stop accepting; open connections stay
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), self.settings.shutdown_grace_s)
        for conn in tuple(self.hub.connections):
            if isinstance(conn.ws, GuardedConnection) and conn.ws.flooded:
                conn.ws.transport.abort()  # held unread (a tarpit): nothing to say goodbye to
        if server is not None:
            server.close(code=1001, reason=SHUTDOWN_REASON)
            await server.wait_closed()
        await self.hub.stop()
        if self._retention is not None:
            self._retention.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retention
        await self.game.narrator.aclose()
        if self.contextual is not None:
            self.contextual.close()
        await self.store.close()
        self.accounts.close()
        self._release_folder()
        log.info("stopped")

    async def _purge_alerts(self) -> None:
        """Delete alerts older than ``alert_retention_days``, at start and then hourly."""
        keep_s = self.settings.alert_retention_days * 86400
        while True:
            try:
                gone = await self.store.purge_alerts(now() - keep_s)
                if gone:
                    log.info("deleted %d safety alert(s) past retention", gone)
            except Exception as exc:  # the store may be briefly away; try again next hour
                log.warning("alert retention run failed: %s", type(exc).__name__)
            await asyncio.sleep(RETENTION_INTERVAL_S)

    @contextlib.asynccontextmanager
    async def turn_in_flight(self) -> AsyncIterator[None]:
        """Mark a turn as running, so shutdown waits for it."""
        self._in_flight += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    def _flooded(self, ws: ServerConnection) -> None:
        self.metrics.refused.labels("flood").inc()
        self.gate.penalise(self.client_address(ws), asyncio.get_running_loop().time())

    def _may_read_metrics(self, ws: ServerConnection, request: Request) -> bool:
        token = self.settings.metrics_token.get_secret_value()
        sent = request.headers.get("Authorization", "")
        if token and hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
            return True
        return in_networks(self.client_address(ws), self._metrics_from)

    # -- websocket ---------------------------------------------------------------------------
    def client_address(self, ws: ServerConnection) -> str:
        """The client's address (behind a trusted proxy, the one it reports)."""
        peer = str(ws.remote_address[0]) if ws.remote_address else "unknown"
        headers = ws.request.headers if ws.request is not None else None
        return client_address(peer, headers, self._trusted)

    async def _handle(self, ws: ServerConnection) -> None:
        address = self.client_address(ws)
        refusal = self.hub.refusal(address, self.settings)
        if refusal is not None:
            why, reason = refusal
            self.metrics.refused.labels(why).inc()
            await ws.close(CloseCode.TRY_AGAIN_LATER, reason)
            return
        conn = Connection(self, ws, address, HANDLERS)
        self.hub.add(conn)
        self.metrics.connections.inc()
        log.debug("connected", extra=conn.log_ctx)
        try:
            await conn.run()
        finally:
            self.hub.remove(conn)
            self.metrics.connections.dec()
            log.debug("disconnected", extra=conn.log_ctx)

    # -- http ----------------------------------------------------------------------------------
    async def _process_request(self, ws: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path == "/healthz":
            return _json(
                ws,
                HTTPStatus.OK,
                {
                    "status": "ok",
                    "version": __version__,
                    "protocol": PROTOCOL_VERSION,
                    "store": self.store.kind,
                    "draining": self.draining,
                    "safety_contextual": self.contextual is not None,
                },
            )
        if path == "/readyz":
            failed, checked = await self.readiness.failed()
            if self.draining:
                failed["server"] = "shutting down"
            elif self.warming:
                failed["server"] = "warming up"
            if failed:
                return _json(
                    ws,
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    {
                        "status": "unavailable",
                        "failed": failed,
                        "message": "not ready: " + ", ".join(sorted(failed)) + " did not answer",
                    },
                )
            return _json(ws, HTTPStatus.OK, {"status": "ready", "checked": checked})
        if path == "/metrics":
            if not self._may_read_metrics(ws, request):
                return _json(
                    ws,
                    HTTPStatus.FORBIDDEN,
                    {
                        "status": "forbidden",
                        "message": "/metrics is readable from the addresses in metrics_allow, "
                        "or with 'Authorization: Bearer <metrics_token>'.",
                    },
                )
            await scrape_gauges.refresh(self.metrics, self.readiness, self.draining)
            response = ws.respond(HTTPStatus.OK, "")
            response.body = self.metrics.render()
            _set_header(response, "Content-Type", "text/plain; version=0.0.4; charset=utf-8")
            _set_header(response, "Content-Length", str(len(response.body)))
            return response
        if "upgrade" not in request.headers.get("Connection", "").lower():
            return _json(
                ws,
                HTTPStatus.NOT_FOUND,
                {
                    "status": "not_found",
                    "message": "This is a TTA server: connect with a WebSocket client, or use "
                    "/healthz, /readyz or /metrics.",
                },
            )
        address = self.client_address(ws)
        wait = self.gate.allow(address, asyncio.get_running_loop().time())
        if wait:
            self.metrics.refused.labels("connect_rate").inc()
            # A client that reconnects in a tight loop would make parsing its requests our
            # main work: its refusals are held back a moment (a few idle sockets, no CPU).
            held = self._held_refusals.get(address, 0)
            if held < REFUSALS_HELD_PER_ADDRESS:
                self._held_refusals[address] = held + 1
                try:
                    await asyncio.sleep(min(wait, REFUSAL_DELAY_S))
                finally:
                    left = self._held_refusals.pop(address, 1) - 1
                    if left:
                        self._held_refusals[address] = left
            response = _json(
                ws,
                HTTPStatus.TOO_MANY_REQUESTS,
                {
                    "status": "too_many_connections",
                    "message": "Too many new connections from your address; retry shortly.",
                    "retry_after": math.ceil(wait),
                },
            )
            _set_header(response, "Retry-After", str(math.ceil(wait)))
            return response
        return None


def _set_header(response: Response, name: str, value: str) -> None:
    if name in response.headers:
        del response.headers[name]
    response.headers[name] = value


def _json(ws: ServerConnection, status: HTTPStatus, doc: dict[str, Any]) -> Response:
    response = ws.respond(status, "")
    response.body = (json.dumps(doc) + "\n").encode()
    _set_header(response, "Content-Type", "application/json")
    _set_header(response, "Content-Length", str(len(response.body)))
    return response


async def run_forever(settings: Settings) -> None:
    """Start, print where we listen, and stop gracefully on SIGTERM or SIGINT."""
    app = App(settings)
    await app.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info("TTA server %s listening on %s (store: %s)", __version__, app.url, app.store.kind)
    print(f"TTA server ready on {app.url}", flush=True)
    await stop.wait()
    log.info("shutting down")
    await app.shutdown()
