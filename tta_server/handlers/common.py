"""What every handler module shares: the account of a connection and common errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tta_server.protocol import messages as m
from tta_server.protocol.errors import ErrorCode, FieldError, ProtocolError
from tta_server.store.base import Role

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn

FIX_FIELDS = "Please fix the highlighted fields."


def account_out(conn: Conn) -> m.AccountOut:
    assert conn.account is not None
    a = conn.account
    return m.AccountOut(id=a.id, username=a.username, role=a.role.value)


def account_id(conn: Conn) -> str:
    assert conn.account is not None
    return conn.account.id


def not_found(what: str, field: str) -> ProtocolError:
    return ProtocolError(
        ErrorCode.NOT_FOUND,
        f"No {what} with that id is yours. List them again to pick one.",
        [FieldError(field, f"No {what} with that id.")],
    )


def ended() -> ProtocolError:
    return ProtocolError(
        ErrorCode.SESSION_ENDED, "That story has ended. Start a new one from the world list."
    )


def require_role(conn: Conn, *roles: Role) -> None:
    """Refuse (``forbidden``) unless the connection's account has one of ``roles``."""
    assert conn.account is not None
    if conn.account.role not in roles:
        names = " or ".join(r.value for r in roles)
        article = "an" if names[:1] in "aeiou" else "a"
        raise ProtocolError(
            ErrorCode.FORBIDDEN,
            f"Only {article} {names} account may do this. Ask an admin for access.",
        )
