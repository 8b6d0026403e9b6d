"""``tta-admin alerts``: the safety alerts in the store: list, read one, acknowledge one.

``list`` leaves out what the player wrote; ``show`` prints it (an administrator's tool). ``ack``
does what a facilitator's ``alerts.ack`` does: the alert is marked, the audit trail names who
acknowledged it, and live consoles hear of it (on the redis-neo4j store, whose bus reaches the
servers; on the embedded store they see it when they next list the alerts).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from tta_server.admin.common import AdminError, Target, out, print_json, run
from tta_server.admin.ops import AsJson
from tta_server.admin.sessions import iso
from tta_server.crisis_response import ALERTS_CHANNEL, alert_frame
from tta_server.store.base import Action, Alert, Role, Store, now

alerts_app = typer.Typer(no_args_is_help=True, help="List, read and acknowledge safety alerts.")

AlertId = Annotated[str, typer.Argument(help="The alert's id (see `alerts list`).")]
PAGE = 200


@alerts_app.command("list")
def alerts_list(
    ctx: typer.Context,
    only_open: Annotated[
        bool, typer.Option("--open", help="Only alerts nobody has acknowledged yet.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10000, help="Most alerts.")] = 50,
    as_json: AsJson = False,
) -> None:
    """List safety alerts, newest first, without the player's words (`alerts show` has them).

    Example: `tta-admin alerts list --open --limit 20`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            found = await newest_alerts(store, limit, only_open)
        if as_json:
            print_json([alert_row(a) for a in found])
        else:
            out().print(alerts_table(found, only_open))

    run(ctx, body)


@alerts_app.command("show")
def alerts_show(ctx: typer.Context, alert_id: AlertId, as_json: AsJson = False) -> None:
    """Show one alert in full, including the player's own words: an administrator's tool.

    Example: `tta-admin alerts show 3b9e... --json`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            alert = await get_alert(store, alert_id)
        doc = alert_doc(alert)
        if as_json:
            print_json(doc)
            return
        table = Table("", "", show_header=False)
        for key, value in doc.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            table.add_row(key.replace("_", " "), escape("" if shown is None else str(shown)))
        out().print(table)

    run(ctx, body)


@alerts_app.command("ack")
def alerts_ack(
    ctx: typer.Context,
    alert_id: AlertId,
    note: Annotated[str, typer.Option("--note", help="What was done (1-2000 chars).")],
    actor: Annotated[
        str, typer.Option("--as", help="The facilitator or admin acknowledging it (user name).")
    ],
) -> None:
    """Acknowledge an alert on a facilitator's or admin's behalf, with a note; audited.

    Example: `tta-admin alerts ack 3b9e... --note "Phoned her; she is safe." --as fran`
    """
    if not note.strip() or len(note) > 2000:
        raise typer.BadParameter("give 1 to 2000 characters", param_hint="--note")

    async def body(target: Target) -> None:
        async with target.store() as store:
            account = await store.get_account_by_username(actor)
            if account is None or account.disabled:
                raise AdminError(f"no active account is named '{actor}'")
            if account.role not in (Role.FACILITATOR, Role.ADMIN):
                raise AdminError(
                    f"{account.username} is a {account.role} account; --as needs "
                    "a facilitator or admin"
                )
            await get_alert(store, alert_id)
            alert = await store.ack_alert(alert_id, account.username, note)
            if alert is None:  # deleted meanwhile (retention)
                raise AdminError(f"no alert has the id '{alert_id}'")
            await store.record_action(
                Action(
                    uuid.uuid4().hex, now(), account.username, "ack_alert", alert.session_id, note
                )
            )
            await store.bus.publish(ALERTS_CHANNEL, alert_frame("acknowledged", alert))
        out().print(f"alert {escape(alert.id)} acknowledged by {escape(account.username)}")

    run(ctx, body)


async def get_alert(store: Store, alert_id: str) -> Alert:
    alert = await store.get_alert(alert_id)
    if alert is None:
        raise AdminError(f"no alert has the id '{alert_id}'")
    return alert


async def newest_alerts(store: Store, limit: int, only_open: bool) -> list[Alert]:
    """At most ``limit`` alerts (only open ones, if asked), newest first."""
    found: list[Alert] = []
    before: float | None = None
    while len(found) < limit:
        page = await store.list_alerts(before, PAGE)
        found += [a for a in page if not only_open or a.acked_by is None]
        if len(page) < PAGE:
            break
        before = page[-1].at
    return found[:limit]


def alert_row(a: Alert) -> dict[str, Any]:
    """An alert without the player's words."""
    return {
        "id": a.id,
        "at": iso(a.at),
        "level": a.level,
        "category": a.category,
        "reasons": list(a.reasons),
        "username": a.username,
        "character_name": a.character_name,
        "session_id": a.session_id,
        "contact_requested": a.contact_requested,
        "escalated": a.escalated,
        "status": "open" if a.acked_by is None else "acknowledged",
        "acked_by": a.acked_by,
        "acked_at": iso(a.acked_at),
    }


def alert_doc(a: Alert) -> dict[str, Any]:
    """An alert in full: the player's words and the acknowledging note included."""
    row = alert_row(a)
    return {**row, "account_id": a.account_id, "character_id": a.character_id, "text": a.text,
            "note": a.note}  # fmt: skip


def alerts_table(alerts: list[Alert], only_open: bool) -> Table:
    table = Table(
        "id", "time (UTC)", "level", "category", "player", "character", "session", "status"
    )
    table.caption = f"{len(alerts)} {'open ' if only_open else ''}alert(s)"
    for a in alerts:
        status = "open" if a.acked_by is None else f"acknowledged by {a.acked_by}"
        if a.contact_requested:
            status += "; asked to talk"
        if a.escalated:
            status += "; risk building up"
        table.add_row(
            a.id,
            (iso(a.at) or "").replace("T", " ")[:16],
            a.level,
            escape(a.category or ""),
            escape(a.username),
            escape(a.character_name),
            a.session_id,
            escape(status),
        )
    return table
