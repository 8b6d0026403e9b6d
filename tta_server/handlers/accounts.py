"""Handlers of the connection and accounts: ``ping``, ``register``, ``login``, ``auth``,
``logout``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tta_server.handlers.common import account_out
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import ErrorCode, ProtocolError

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn


async def ping(conn: Conn, req: m.Ping) -> r.PingOk:
    return r.PingOk()


def _require_anonymous(conn: Conn) -> None:
    if conn.account is not None:
        raise ProtocolError(
            ErrorCode.ALREADY_AUTHENTICATED,
            "You are already logged in on this connection. Log out first to switch accounts.",
        )


async def register(conn: Conn, req: m.Register) -> r.RegisterOk:
    _require_anonymous(conn)
    accounts = conn.app.accounts
    account = await accounts.register(req.username, req.password, address=conn.address)
    return r.RegisterOk(
        account=m.AccountOut(id=account.id, username=account.username, role=account.role.value),
        device=await accounts.new_device(account.id),
    )


async def login(conn: Conn, req: m.Login) -> r.LoginOk:
    _require_anonymous(conn)
    account, token, device = await conn.app.accounts.login(
        req.username, req.password, conn.address, req.device
    )
    _authenticated(conn, account, token)
    return r.LoginOk(
        token=token,
        device=device,
        expires_in=conn.app.settings.token_ttl_s,
        account=account_out(conn),
    )


async def auth(conn: Conn, req: m.Auth) -> r.AuthOk:
    _require_anonymous(conn)
    account, hashed = await conn.app.accounts.authenticate(req.token)
    conn.account, conn.token_hash = account, hashed
    conn.app.hub.remember_token(conn, hashed)
    return r.AuthOk(account=account_out(conn), expires_in=conn.app.settings.token_ttl_s)


def _authenticated(conn: Conn, account: Any, token: str) -> None:
    from tta_server.accounts import token_hash

    conn.account, conn.token_hash = account, token_hash(token)
    conn.app.hub.remember_token(conn, conn.token_hash)


async def logout(conn: Conn, req: m.Logout) -> r.LogoutOk:
    hashed = conn.token_hash
    conn.app.hub.forget_token(conn)
    conn.app.hub.detach(conn)
    conn.account = conn.token_hash = conn.session_id = conn.live = None
    if hashed is not None:
        await conn.app.store.revoke_token(hashed)
        await conn.app.hub.revoke(hashed, keep=conn)
    return r.LogoutOk()
