"""``tta-admin broadcast`` and ``tta-admin stats``, and how commands reach a running server.

``broadcast`` (and ``session kick``) act on live connections, which only a server holds. The
embedded store has no bus between processes, so these commands do not use the store: they log in
to a server over its WebSocket as an admin (``--user``; the password from ``--password-stdin`` or
a prompt), send one ``admin.*`` request (see docs/protocol.md, "Operators"), and log out. The
server passes the request on to every process sharing its store.

``stats`` reads the store. Turns per day come from the sessions' event logs: every session
active in the last 7 days has all its events read, so the command costs about one read per
hundred events of recent play. Fine for now; a counter kept by the store would replace it when
that grows too slow.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer
from rich.markup import escape
from rich.table import Table
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from tta_server.admin.common import AdminError, Target, fail, one_line, out, print_json, run
from tta_server.protocol.client import BadFrame, ProtocolClient
from tta_server.settings import Settings
from tta_server.store.base import Alert, Role, Store

STATS_DAYS = 7
"""Days (UTC, today included) that ``stats`` counts turns for."""
EVENT_PAGE = 500
ALERT_PAGE = 500

ServerUrl = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="The server's WebSocket address (default: ws://HOST:PORT of the settings).",
        show_default=False,
    ),
]
AdminUser = Annotated[str, typer.Option("--user", help="An admin account to log in as.")]
PasswordStdin = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the admin's password from stdin's first line."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


# -- reaching a running server -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerLogin:
    """Where a running server is and the admin account to log in with."""

    url: str | None
    username: str
    password: str

    def address(self, settings: Settings) -> str:
        """``--url``, or the address the settings make a server listen on."""
        if self.url is not None:
            return self.url
        host = settings.host if settings.host not in ("", "0.0.0.0", "::") else "127.0.0.1"  # noqa: S104 - reading, not binding
        if ":" in host:
            host = f"[{host}]"
        return f"ws://{host}:{settings.port}"


def server_login(url: str | None, username: str, password_stdin: bool) -> ServerLogin:
    """Check ``--url`` (exit 2 if it is not ws:// or wss://) and read the admin's password."""
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("ws", "wss") or not parts.netloc:
            raise typer.BadParameter(f"expected ws://HOST:PORT, got {url!r}", param_hint="--url")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = str(typer.prompt(f"Password of {username}", hide_input=True))
    if not password:
        fail("no password given (--password-stdin reads the first line of stdin)", 2)
    return ServerLogin(url, username, password)


class Refused(AdminError):
    """The server answered a request with an ``error`` frame."""

    def __init__(self, type_: str, code: str, message: str, fields: list[str]) -> None:
        super().__init__("\n".join([f"the server refused {type_}: {message}", *fields]))
        self.code = code
        self.message = message


class Remote(ProtocolClient):
    """A logged-in admin connection to a server: one request at a time, each answered within
    ``timeout_s`` seconds (frames that are not the answer, like notices, are skipped)."""

    url = ""

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """The ``<type>.ok`` reply; raises :class:`AdminError` for an ``error`` reply."""
        try:
            async with asyncio.timeout(self.timeout_s):
                doc = await super().request(type_, **fields)
        except TimeoutError:
            raise AdminError(
                f"the server at {self.url} did not answer {type_} within {self.timeout_s:g} s"
            ) from None
        except ConnectionClosed as exc:
            raise AdminError(f"the server at {self.url} closed the connection: {exc}") from None
        if doc.get("type") == "error":
            problems = [f"{f['field']}: {f['message']}" for f in doc.get("fields", [])]
            raise Refused(type_, str(doc.get("code")), str(doc.get("message")), problems)
        return doc


async def as_admin(target: Target, login: ServerLogin, type_: str, **fields: Any) -> dict[str, Any]:
    """Log in to the server as an admin, send one request, log out; the request's reply.

    Raises :class:`AdminError` when the server cannot be reached, the login fails, the account
    is not an admin's, or the server refuses the request.
    """
    url = login.address(target.settings)
    try:
        ws = await connect(
            url,
            proxy=None,
            open_timeout=target.timeout,
            max_size=None,
            ssl=target.tls() if url.startswith("wss:") else None,
        )
    except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
        raise AdminError(f"cannot reach the server at {url}: {one_line(exc)}") from None
    remote = Remote(ws, timeout_s=target.timeout, id_prefix="tta-admin-")
    remote.url = url
    try:
        try:
            remote.hello = await remote.recv()
        except (TimeoutError, ConnectionClosed, BadFrame) as exc:
            raise AdminError(f"the server at {url} did not say hello: {one_line(exc)}") from None
        try:
            logged_in = await remote.request(
                "login", username=login.username, password=login.password
            )
        except Refused as exc:
            raise AdminError(f"cannot log in as {login.username}: {exc.message}") from None
        try:
            role = logged_in["account"]["role"]
            if role != Role.ADMIN:
                raise AdminError(f"{login.username} is a {role} account; this needs an admin")
            reply = await remote.request(type_, **fields)
        except AdminError:  # log out without waiting: the server may not be answering
            with contextlib.suppress(ConnectionClosed):
                await remote.send("logout")
            raise
        await remote.request("logout")  # the login's token is not left behind
        return reply
    finally:
        await remote.close()


# -- broadcast ---------------------------------------------------------------------------------


def broadcast(
    ctx: typer.Context,
    message: Annotated[str, typer.Argument(help="What everyone logged in reads (1-500 chars).")],
    user: AdminUser,
    url: ServerUrl = None,
    password_stdin: PasswordStdin = False,
) -> None:
    """Send a notice to everyone logged in, on every server process, through a running server.

    Logs in to the server as the admin --user. The notice reaches players and consoles alike;
    it is recorded in the audit trail.

    Example: `tta-admin broadcast "Back in 5 minutes: restarting at 22:00 UTC" --url
    ws://127.0.0.1:8765 --user root`
    """
    login = server_login(url, user, password_stdin)

    async def body(target: Target) -> None:
        reply = await as_admin(target, login, "admin.broadcast", text=message)
        out().print(
            f"notice sent: {reply['delivered']} connection(s) reached on "
            f"{escape(login.address(target.settings))}; other server processes deliver it too"
        )

    run(ctx, body)


# -- stats -------------------------------------------------------------------------------------


def stats(ctx: typer.Context, as_json: AsJson = False) -> None:
    """Count accounts by role, characters, sessions, turns per day and safety alerts.

    Turns per day (the last 7 UTC days) are counted from the event logs of recently active
    sessions, so this reads every event of those sessions.

    Example: `tta-admin stats --json`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            doc = await gather_stats(store, datetime.now(UTC).date())
        if as_json:
            print_json(doc)
        else:
            show_stats(doc)

    run(ctx, body)


async def gather_stats(store: Store, today: date) -> dict[str, Any]:
    """What ``stats`` shows: ``accounts`` (by role, and disabled), ``characters``, ``sessions``
    (active, ended), ``turns_per_day`` (UTC day -> ``turn.input`` events), ``alerts``."""
    days = [today - timedelta(days=n) for n in range(STATS_DAYS - 1, -1, -1)]
    since = datetime(days[0].year, days[0].month, days[0].day, tzinfo=UTC).timestamp()
    roles = Counter({r.value: 0 for r in Role})
    disabled = characters = 0
    sessions = Counter({"active": 0, "ended": 0})
    turns = Counter({d.isoformat(): 0 for d in days})
    for account in await store.list_accounts():
        roles[account.role.value] += 1
        disabled += account.disabled
        characters += len(await store.list_characters(account.id))
        for session in await store.list_sessions(account.id):
            sessions[session.status] += 1
            if session.updated_at >= since:
                await count_turns(store, session.id, since, turns)
    alerts = await all_alerts(store)
    levels = Counter(a.level for a in alerts)
    acked = sum(1 for a in alerts if a.acked_by is not None)
    return {
        "accounts": {**roles, "total": roles.total(), "disabled": disabled},
        "characters": characters,
        "sessions": {**sessions, "total": sessions.total()},
        "turns_per_day": {d.isoformat(): turns[d.isoformat()] for d in days},
        "alerts": {
            "by_level": {"concern": levels["concern"], "crisis": levels["crisis"], **levels},
            "open": len(alerts) - acked,
            "acknowledged": acked,
            "total": len(alerts),
        },
    }


async def count_turns(store: Store, session_id: str, since: float, turns: Counter[str]) -> None:
    """Add the session's ``turn.input`` events since ``since`` to ``turns``, by UTC day."""
    after = 0
    while True:
        page = await store.read_events(session_id, after, EVENT_PAGE)
        for event in page:
            if event.type == "turn.input" and event.at >= since:
                turns[datetime.fromtimestamp(event.at, UTC).date().isoformat()] += 1
        if len(page) < EVENT_PAGE:
            return
        after = page[-1].seq


async def all_alerts(store: Store) -> list[Alert]:
    """Every alert the store keeps (retention deletes old ones), newest first."""
    found: list[Alert] = []
    before: float | None = None
    while True:
        page = await store.list_alerts(before, ALERT_PAGE)
        found += page
        if len(page) < ALERT_PAGE:
            return found
        before = page[-1].at


def show_stats(doc: dict[str, Any]) -> None:
    table = Table("what", "count", show_header=False)
    accounts = doc["accounts"]
    table.add_row("accounts", str(accounts["total"]))
    for role in Role:
        table.add_row(f"  {role.value}", str(accounts[role.value]))
    table.add_row("  disabled", str(accounts["disabled"]))
    table.add_row("characters", str(doc["characters"]))
    sessions = doc["sessions"]
    table.add_row("sessions", str(sessions["total"]))
    table.add_row("  active", str(sessions["active"]))
    table.add_row("  ended", str(sessions["ended"]))
    table.add_row("turns (UTC day)", str(sum(doc["turns_per_day"].values())))
    for day, count in doc["turns_per_day"].items():
        table.add_row(f"  {day}", str(count))
    alerts = doc["alerts"]
    table.add_row("safety alerts", str(alerts["total"]))
    for level, count in alerts["by_level"].items():
        table.add_row(f"  {escape(level)}", str(count))
    table.add_row("  open", str(alerts["open"]))
    table.add_row("  acknowledged", str(alerts["acknowledged"]))
    out().print(table)
