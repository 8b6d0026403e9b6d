"""A second password box when creating an account (newcomer audit at 80x24: there was none):
"Password again", shown only while creating an account, with a field error when the two differ;
logging in has one box, and Enter in it still logs in."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import URL, ScreenHarness, top, wait_until
from tta_tui.screens.login import PASSWORDS_DIFFER, LoginScreen
from tta_tui.widgets.error_line import ErrorLine

pytestmark = pytest.mark.usefixtures("client_files")


def error(login: LoginScreen, name: str) -> str | None:
    line = login.query_one(f"#err-{name}", ErrorLine)
    return line.message if line.display else None


async def test_creating_an_account_asks_for_the_password_twice() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        again = login.query_one("#password2", Input)
        assert not again.display, "logging in: one password box"
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: login.registering, what="creating an account")
        await pilot.pause()
        assert again.display
        await pilot.press(*"robin", "enter", *"a-long-password", "enter")
        await pilot.pause()
        assert app.focused is again, "Enter in the password: on to Password again"
        await pilot.press(*"a-long-passwrod", "enter")
        await pilot.pause()
        assert app.posted(LoginScreen.Submitted) == []
        assert error(login, "password2") == PASSWORDS_DIFFER
        assert app.focused is again
        await pilot.press("ctrl+a", *"a-long-password")
        await pilot.pause()
        assert error(login, "password2") is None, "gone once changed"
        await pilot.press("enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert (sent.username, sent.password, sent.register) == ("robin", "a-long-password", True)


async def test_logging_in_keeps_one_box_and_enter_logs_in() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: login.registering, what="creating an account")
        await pilot.press(*"robin", "enter", *"a-long-password", "enter", *"typed again")
        await pilot.press("ctrl+r")  # back to logging in: the second box goes, and its text
        await wait_until(pilot, lambda: not login.registering, what="logging in")
        await pilot.pause()
        assert not login.query_one("#password2", Input).display
        assert login.query_one("#password2", Input).value == ""
        login.query_one("#password", Input).focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert (sent.username, sent.password, sent.register) == ("robin", "a-long-password", False)
