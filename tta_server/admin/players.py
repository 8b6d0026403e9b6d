"""``tta-admin player``: a player's data rights: export everything held about them, or erase it.

``export`` writes :meth:`~tta_server.store.base.Store.export_player` as one JSON document
(never the password hash). ``delete`` erases the account and everything about it from every part
of the store (:meth:`~tta_server.store.base.Store.delete_player`), after the operator types the
user name to confirm, and says what went. Servers sharing the store's bus (redis-neo4j) close
the player's open connections (4001, "This account has been deleted"); with the embedded store a
running server is another process, so an open connection stays until it closes, but the
player's logins are gone and they cannot come back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from tta_server.admin.common import AdminError, Target, json_text, out, run
from tta_server.hub import DELETED_MESSAGE, account_changed_everywhere, revoke_everywhere
from tta_server.store.base import Account, Store

player_app = typer.Typer(
    no_args_is_help=True, help="Export or erase everything held about a player."
)

Username = Annotated[str, typer.Argument(help="The account's user name (any case).")]


@player_app.command("export")
def player_export(
    ctx: typer.Context,
    username: Username,
    to: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Write to this file (created private) instead of stdout.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Everything held about a player, as one JSON document (never the password hash).

    Example: `tta-admin player export alice --out alice.json`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            _, doc = await export(store, username)
        text = json_text(doc) + "\n"
        if to is None:
            typer.echo(text, nl=False)
            return
        try:
            write_private(to, text)
        except OSError as exc:
            raise AdminError(f"cannot write {to}: {exc.strerror or exc}") from None
        out().print(f"wrote {escape(str(to))}: {escape(summary(doc))}")

    run(ctx, body)


@player_app.command("delete")
def player_delete(
    ctx: typer.Context,
    username: Username,
    yes: Annotated[
        bool, typer.Option("--yes", help="Do not ask to type the user name to confirm.")
    ] = False,
) -> None:
    """Erase a player and everything about them, for good (export first if they asked for it).

    Example: `tta-admin player delete alice` (then type `alice` to confirm)
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            account, doc = await export(store, username)
            if not yes:
                confirm(account)
            tokens = await store.revoke_account_tokens(account.id)
            if not await store.delete_player(account.id):
                raise AdminError(f"no account is named '{username}'")  # deleted meanwhile
            await revoke_everywhere(store, tokens, DELETED_MESSAGE)
            await account_changed_everywhere(store, account.id)
        out().print(f"deleted {escape(account.username)}: {escape(summary(doc))}")

    run(ctx, body)


async def export(store: Store, username: str) -> tuple[Account, dict[str, Any]]:
    """The account named ``username`` and its export; :class:`AdminError` if there is none."""
    account = await store.get_account_by_username(username)
    doc = None if account is None else await store.export_player(account.id)
    if account is None or doc is None:
        raise AdminError(f"no account is named '{username}'")
    return account, doc


def confirm(account: Account) -> None:
    """Ask for the user name; :class:`AdminError` (nothing deleted) unless it is typed exactly."""
    try:
        typed = typer.prompt(
            f"This erases {account.username} and everything about them for good. "
            "Type the user name to confirm",
            default="",
            show_default=False,
        )
    except typer.Abort:  # end of input or ^C
        raise AdminError("nothing deleted: no confirmation was typed") from None
    if str(typed).strip() != account.username:
        raise AdminError(f"nothing deleted: the confirmation did not match '{account.username}'")


def summary(doc: dict[str, Any]) -> str:
    """How much an export holds, in one line."""
    events = sum(len(s["events"]) for s in doc["sessions"])
    return (
        f"1 account, {len(doc['characters'])} character(s), {len(doc['sessions'])} session(s) "
        f"({events} event(s)), {len(doc['alerts'])} safety alert(s), "
        f"{len(doc['actions'])} facilitator action(s)"
    )


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, readable by its owner only (it is personal data)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
