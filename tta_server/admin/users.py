"""``tta-admin user``: create, list, change and disable accounts."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from tta_server.accounts import Accounts
from tta_server.admin.common import AdminError, Target, out, print_json, run
from tta_server.hub import account_changed_everywhere
from tta_server.protocol.errors import ErrorCode, ProtocolError
from tta_server.store.base import Account, Role, Store

user_app = typer.Typer(no_args_is_help=True, help="Create and manage accounts.")

Username = Annotated[str, typer.Argument(help="The account's user name (any case).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@user_app.command("create")
def user_create(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="3-32 letters, digits, _ or -.")],
    role: Annotated[Role, typer.Option(help="What the account may do.")] = Role.PLAYER,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin's first line.")
    ] = False,
) -> None:
    """Create an account; asks for the password twice unless --password-stdin.

    Example: `printf '%s\\n' "$PW" | tta-admin user create alice --role admin --password-stdin`
    """
    password = read_password(password_stdin)

    async def body(target: Target) -> None:
        async with target.store() as store:
            try:
                account = await Accounts(store, target.settings).register(username, password, role)
            except ProtocolError as exc:
                raise AdminError(registration_problem(exc, username)) from exc
        out().print(f"created {escape(account.username)} ({account.role})")

    run(ctx, body)


@user_app.command("list")
def user_list(ctx: typer.Context, as_json: AsJson = False) -> None:
    """List every account, oldest first (never the password hashes).

    Example: `tta-admin user list --json`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            accounts = await store.list_accounts()
        if as_json:
            print_json([account_doc(a) for a in accounts])
        else:
            out().print(accounts_table(accounts))

    run(ctx, body)


@user_app.command("role")
def user_role(
    ctx: typer.Context,
    username: Username,
    role: Annotated[Role, typer.Argument(help="The new role.")],
) -> None:
    """Change what an account may do.

    Example: `tta-admin user role alice facilitator`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            before, after = await change_account(store, username, role=role)
            await account_changed_everywhere(store, after.id)
        out().print(f"{escape(after.username)}: role {before.role} -> {after.role}")

    run(ctx, body)


@user_app.command("disable")
def user_disable(
    ctx: typer.Context,
    username: Username,
    enable: Annotated[
        bool, typer.Option("--enable", help="Re-enable the account instead.")
    ] = False,
) -> None:
    """Disable an account and end all its logins, or re-enable it with --enable.

    Example: `tta-admin user disable mallory` (undo: `tta-admin user disable mallory --enable`)
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            _, account = await change_account(store, username, disabled=not enable)
            revoked = [] if enable else await store.revoke_account_tokens(account.id)
            await account_changed_everywhere(store, account.id)
        name = escape(account.username)
        if enable:
            out().print(f"enabled {name}")
        else:
            out().print(f"disabled {name}; ended {len(revoked)} login session(s)")

    run(ctx, body)


def read_password(from_stdin: bool) -> str:
    """The new password: the first line of stdin, or typed twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def registration_problem(exc: ProtocolError, username: str) -> str:
    """Why :meth:`Accounts.register` refused, one line per field."""
    if exc.code is ErrorCode.USERNAME_TAKEN:
        return f"an account named '{username}' already exists (names ignore case)"
    if exc.fields:
        return "\n".join(f"{f.field}: {f.message}" for f in exc.fields)
    return exc.message


async def change_account(
    store: Store, username: str, *, role: Role | None = None, disabled: bool | None = None
) -> tuple[Account, Account]:
    """Update the account named ``username`` (any case); returns it before and after.

    Raises :class:`AdminError` when there is no such account.
    """
    before = await store.get_account_by_username(username)
    after = None
    if before is not None:
        after = await store.update_account(before.id, role=role, disabled=disabled)
    if before is None or after is None:
        raise AdminError(f"no account is named '{username}'")
    return before, after


def account_doc(account: Account) -> dict[str, object]:
    """An account for JSON output, without its password hash."""
    return {
        "id": account.id,
        "username": account.username,
        "role": str(account.role),
        "disabled": account.disabled,
        "created_at": created(account).isoformat(timespec="seconds"),
    }


def accounts_table(accounts: list[Account]) -> Table:
    """Accounts as a table, without their password hashes."""
    table = Table("username", "role", "disabled", "created (UTC)")
    table.caption = f"{len(accounts)} account(s)"
    for a in accounts:
        when = created(a).strftime("%Y-%m-%d %H:%M")
        table.add_row(escape(a.username), str(a.role), "yes" if a.disabled else "no", when)
    return table


def created(account: Account) -> datetime:
    return datetime.fromtimestamp(account.created_at, tz=UTC)
