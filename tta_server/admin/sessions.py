"""``tta-admin session``: list and inspect game sessions (from the store), and close the
connection driving one (through a running server, see :mod:`tta_server.admin.ops`).

``show`` prints the session's last events, the player's own words included, whether or not the
player agreed to share their transcript with facilitators: it is an administrator's tool, and
each time it shows events it writes a ``read_transcript`` action to the audit trail, naming
the OS user who ran it (``admin-cli:<user>``), as a facilitator's reading of a transcript is.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tta_server.admin.common import AdminError, Target, cli_operator, out, print_json, run
from tta_server.admin.ops import (
    AdminUser,
    AsJson,
    PasswordStdin,
    ServerUrl,
    all_alerts,
    as_admin,
    server_login,
)
from tta_server.protocol.events import event_words, read_event_data
from tta_server.store.base import Action, Event, GameSession, Store, now, shares_transcript

session_app = typer.Typer(no_args_is_help=True, help="List, inspect and kick game sessions.")

SessionId = Annotated[str, typer.Argument(help="The session's id (see `session list`).")]
ACTIVE_LIMIT = 1000
"""Most active sessions ``session list`` shows."""


@session_app.command("list")
def session_list(
    ctx: typer.Context,
    every: Annotated[
        bool, typer.Option("--all", help="Every account's sessions, ended ones included.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """List the active sessions, most recently active first (--all: every session).

    Example: `tta-admin session list --all --json`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            rows = await all_sessions(store) if every else await active_sessions(store)
        if as_json:
            print_json(rows)
        else:
            out().print(sessions_table(rows, every))

    run(ctx, body)


@session_app.command("show")
def session_show(
    ctx: typer.Context,
    session_id: SessionId,
    events: Annotated[
        int, typer.Option("--events", min=0, max=1000, help="How many of the last events.")
    ] = 10,
    as_json: AsJson = False,
) -> None:
    """Show a session: its player, character, place, safety state and last events.

    The events include the player's own words, shared with facilitators or not: this is an
    administrator's tool. Showing events (--events above 0) is recorded in the audit trail as
    read by admin-cli:<your OS user name>.

    Example: `tta-admin session show 6f1c... --events 30`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            doc = await session_detail(store, session_id, events)
            if events:
                await store.record_action(transcript_read(doc))
        if as_json:
            print_json(doc)
        else:
            show_session(doc)

    run(ctx, body)


@session_app.command("kick")
def session_kick(
    ctx: typer.Context,
    session_id: SessionId,
    reason: Annotated[
        str, typer.Option("--reason", help="A sentence the player reads (1-500 chars).")
    ],
    user: AdminUser,
    url: ServerUrl = None,
    password_stdin: PasswordStdin = False,
) -> None:
    """Close the connection driving a session, on whatever server process holds it.

    Logs in to a running server as the admin --user. The player reads the reason; the session
    stays active, so they can resume it. Recorded in the audit trail.

    Example: `printf '%s\\n' "$PW" | tta-admin session kick 6f1c... --reason "Maintenance:
    please come back in ten minutes." --url ws://127.0.0.1:8765 --user root --password-stdin`
    """
    login = server_login(url, user, password_stdin)

    async def body(target: Target) -> None:
        reply = await as_admin(target, login, "admin.kick", session_id=session_id, reason=reason)
        out().print(
            f"session {escape(reply['session_id'])}: the connection driving it, if any, "
            "was told why and closed (4002)"
        )

    run(ctx, body)


# -- reading -------------------------------------------------------------------------------------


def iso(t: float | None) -> str | None:
    """A store time as ISO 8601 UTC, to the second."""
    return None if t is None else datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds")


def safety_state(s: GameSession) -> str:
    """``crisis`` (held for an alert), ``paused`` (by a facilitator) or ``ok``."""
    return "crisis" if s.hold else ("paused" if s.paused else "ok")


def session_row(
    s: GameSession, username: str, character_name: str, location: str | None, shares: bool
) -> dict[str, Any]:
    return {
        "id": s.id,
        "username": username,
        "character_name": character_name,
        "world_id": s.world_id,
        "status": s.status,
        "location": location,
        "safety": safety_state(s),
        "hold_alert_id": s.hold,
        "paused": s.paused,
        "shares_transcript": shares,
        "last_seq": s.last_seq,
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
    }


async def active_sessions(store: Store) -> list[dict[str, Any]]:
    """The active sessions, most recently active first."""
    return [
        session_row(v.session, v.username, v.character_name, v.location, v.share_transcript)
        for v in await store.list_active_sessions(ACTIVE_LIMIT)
    ]


async def all_sessions(store: Store) -> list[dict[str, Any]]:
    """Every account's sessions, most recently active first (places of active ones only)."""
    places = {v.session.id: v.location for v in await store.list_active_sessions(ACTIVE_LIMIT)}
    found: list[tuple[float, dict[str, Any]]] = []
    for account in await store.list_accounts():
        characters = {c.id: c for c in await store.list_characters(account.id)}
        for s in await store.list_sessions(account.id):
            c = characters.get(s.character_id)
            name = c.name if c else "(deleted character)"
            shares = shares_transcript(c.data) if c else False
            found.append(
                (s.updated_at, session_row(s, account.username, name, places.get(s.id), shares))
            )
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [row for _, row in found]


async def session_detail(store: Store, session_id: str, last: int) -> dict[str, Any]:
    """What ``session show`` prints; raises :class:`AdminError` for an unknown session."""
    s = await store.find_session(session_id)
    if s is None:
        raise AdminError(f"no session has the id '{session_id}'")
    account = await store.get_account(s.account_id)
    character = await store.get_character(s.account_id, s.character_id)
    play = await store.get_playthrough(s.id)
    location_id = str(play.state.get("location", "")) if play else None
    location = None
    if location_id is not None:
        location = {"id": location_id, "name": await place_name(store, s.world_id, location_id)}
    alerts = [a for a in await all_alerts(store) if a.session_id == s.id]
    recent: list[Event] = []
    if last:
        recent = await store.read_events(s.id, max(s.last_seq - last, 0), last)
    username = account.username if account else "(deleted account)"
    name = character.name if character else "(deleted character)"
    shares = shares_transcript(character.data) if character else False
    return {
        "session": session_row(s, username, name, location_id, shares),
        "player": None
        if account is None
        else {
            "id": account.id,
            "username": account.username,
            "role": account.role.value,
            "disabled": account.disabled,
        },
        "character": None
        if character is None
        else {"id": character.id, "name": character.name, "document": character.data},
        "location": location,
        "safety": {
            "state": safety_state(s),
            "hold_alert_id": s.hold,
            "paused": s.paused,
            "alerts": len(alerts),
            "open_alerts": [a.id for a in alerts if a.acked_by is None],
        },
        "events": [{"seq": e.seq, "at": iso(e.at), "type": e.type, "data": e.data} for e in recent],
    }


def transcript_read(doc: dict[str, Any]) -> Action:
    """The audit record of ``session show`` printing the events of :func:`session_detail`."""
    s = doc["session"]
    shared = "shared with facilitators" if s["shares_transcript"] else "not shared"
    return Action(
        uuid.uuid4().hex,
        now(),
        cli_operator(),
        "read_transcript",
        s["id"],
        f"tta-admin session show: last {len(doc['events'])} event(s), {shared}",
    )


async def place_name(store: Store, world_id: str, location_id: str) -> str | None:
    """The name of a location of an imported world (None when unknown)."""
    for world in await store.list_worlds():
        if world.id == world_id:
            for place in world.doc.get("locations", []):
                if place.get("id") == location_id:
                    return str(place.get("name"))
    return None


# -- printing ------------------------------------------------------------------------------------


def sessions_table(rows: list[dict[str, Any]], every: bool) -> Table:
    table = Table("id", "player", "character", "world", "status", "place", "safety", "events",
                  "last active (UTC)")  # fmt: skip
    table.caption = f"{len(rows)} {'' if every else 'active '}session(s)"
    for r in rows:
        table.add_row(
            r["id"],
            escape(r["username"]),
            escape(r["character_name"]),
            escape(r["world_id"]),
            r["status"],
            escape(r["location"] or ""),
            r["safety"],
            str(r["last_seq"]),
            r["updated_at"].replace("T", " ")[:16],
        )
    return table


def event_text(type_: str, data: object) -> str:
    """The words of an event, on one line (:func:`~tta_server.protocol.events.event_words`,
    read through the event's model, so an old or damaged event shows what it can; nothing for
    a type the protocol does not know)."""
    return " ".join(event_words(read_event_data(type_, data)).split())


def show_session(doc: dict[str, Any]) -> None:
    s, safety = doc["session"], doc["safety"]
    table = Table("", "", show_header=False)
    table.add_row("session", f"{s['id']} ({s['status']}, {s['last_seq']} events)")
    table.add_row("world", escape(s["world_id"]))
    player = doc["player"]
    who = "(deleted account)" if player is None else f"{player['username']} ({player['role']})"
    table.add_row("player", escape(who))
    table.add_row("character", escape(s["character_name"]))
    place = doc["location"]
    if place is not None:
        table.add_row("place", escape(f"{place['name'] or '?'} ({place['id']})"))
    state = safety["state"]
    if safety["paused"]:
        state += f": {safety['paused']}"
    if safety["hold_alert_id"]:
        state += f" (alert {safety['hold_alert_id']})"
    table.add_row("safety", escape(state))
    table.add_row("alerts", f"{safety['alerts']} ({len(safety['open_alerts'])} open)")
    table.add_row("shares transcript", "yes" if s["shares_transcript"] else "no")
    table.add_row("started / last active", f"{s['created_at']} / {s['updated_at']} (UTC)")
    console = out()
    console.print(table)
    events = Table("seq", "time (UTC)", "type", "text")
    events.caption = f"last {len(doc['events'])} event(s)"
    for e in doc["events"]:
        text = event_text(e["type"], e["data"])
        if len(text) > 100:
            text = text[:99] + "…"
        events.add_row(str(e["seq"]), e["at"][11:19], e["type"], escape(text))
    console.print(events)
