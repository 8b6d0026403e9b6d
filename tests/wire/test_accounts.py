"""Registration, login, tokens, throttles and logout over the wire."""

from __future__ import annotations

import pytest
from websockets.exceptions import ConnectionClosed

from tests.wire.client import Client, player

PW = "correct horse battery"


async def test_register_validates_every_field_at_once(server: str) -> None:
    c = await Client.open(server)
    err = await c.request("register", username="a!", password="short")
    assert err["code"] == "invalid_fields"
    assert {f["field"] for f in err["fields"]} == {"username", "password"}
    err = await c.request("register", username="sam_the-1", password="xxsam_the-1xx")
    assert [f["field"] for f in err["fields"]] == ["password"]
    await c.ok("register", username="Sam_the-1", password=PW)
    err = await c.request("register", username="sam_THE-1", password=PW)
    assert err["code"] == "username_taken" and err["fields"][0]["field"] == "username"
    await c.close()


async def test_login_gives_a_token_that_auth_accepts_on_a_new_connection(server: str) -> None:
    c = await player(server, "tina")
    login = await c.ok("ping")
    assert login
    d = await Client.open(server)
    r = await d.request("login", username="TINA", password=PW)
    assert r["type"] == "login.ok" and len(r["token"]) >= 43 and r["account"]["role"] == "player"
    e = await Client.open(server)
    a = await e.ok("auth", token=r["token"])
    assert a["account"]["username"] == "tina"
    assert (await e.request("login", username="tina", password=PW))["code"] == (
        "already_authenticated"
    )
    bad = await (await Client.open(server)).request("auth", token="not-a-token")
    assert bad["code"] == "auth_failed"
    for x in (c, d, e):
        await x.close()


async def test_wrong_password_never_says_which_field(server: str) -> None:
    c = await Client.open(server)
    await c.ok("register", username="uma", password=PW)
    a = await c.request("login", username="uma", password="wrong password!")
    b = await c.request("login", username="nobody", password=PW)
    assert a["code"] == b["code"] == "login_failed" and a["message"] == b["message"]
    await c.close()


async def test_failed_logins_are_throttled_even_with_right_password(server: str) -> None:
    c = await Client.open(server)
    await c.ok("register", username="vic", password=PW)
    for _ in range(5):
        assert (await c.request("login", username="vic", password="nope nope nope"))[
            "code"
        ] == "login_failed"
    r = await c.request("login", username="vic", password=PW)
    assert r["code"] == "login_throttled" and 0 < r["retry_after"] <= 300
    await c.close()


async def test_logout_revokes_the_token_everywhere(server: str) -> None:
    c = await Client.open(server)
    await c.ok("register", username="wes", password=PW)
    token = (await c.ok("login", username="wes", password=PW))["token"]
    other = await Client.open(server)
    await other.ok("auth", token=token)
    await c.ok("logout")
    with pytest.raises(ConnectionClosed) as info:
        while True:
            await other.recv()
    assert info.value.rcvd is not None and info.value.rcvd.code == 4001
    assert "log in again" in info.value.rcvd.reason
    # the logging-out connection stays open but is anonymous again
    assert (await c.request("character.list"))["code"] == "not_authenticated"
    fresh = await Client.open(server)
    assert (await fresh.request("auth", token=token))["code"] == "auth_failed"
    await c.close()
    await fresh.close()
