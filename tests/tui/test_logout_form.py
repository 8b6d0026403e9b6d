"""Logging out comes back to a login form ready to log in again (newcomer audit at 80x24):
it was left creating an account with the password still in it, Enter then said "That user name
is taken", and that error stayed after switching to Log in."""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioButton, Static

from tests.tui.conftest import URL, ScreenHarness, top, wait_until
from tests.tui.test_play import PASSWORD, register, screen_is
from tta_server.protocol.errors import ErrorCode
from tta_tui.app import TTAApp
from tta_tui.config import RememberedName
from tta_tui.net import ServerError
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


def errors_shown(login: LoginScreen) -> list[str]:
    return [
        str(line.render())
        for line in login.query(".field-error, .form-error").results(Static)
        if line.display
    ]


@pytest.mark.parametrize("remembered", [True, False])
async def test_after_logging_out_the_form_logs_in_with_the_password_empty(
    server_url: str, remembered: bool
) -> None:
    names = RememberedName.for_servers([server_url]) if remembered else None
    app = TTAApp([server_url], remembered=names)
    async with app.run_test(size=(80, 24)) as pilot:
        await register(pilot, "robin34")
        await pilot.press("ctrl+l")
        login: LoginScreen = await screen_is(pilot, LoginScreen, "the login screen")
        await pilot.pause()
        assert not login.registering
        assert login.query_one("#mode-login", RadioButton).value
        name = login.query_one("#username", Input)
        password = login.query_one("#password", Input)
        assert password.value == ""
        assert errors_shown(login) == []
        if remembered:
            assert name.value == "robin34"
            assert app.focused is password
        else:  # names not kept (a shared computer): the next person types theirs
            assert name.value == ""
            assert app.focused is name
        if not remembered:
            await pilot.press(*"robin34", "enter")
        await pilot.press(*PASSWORD, "enter")
        await screen_is(pilot, CharactersScreen, "logged in again")


async def test_changing_mode_clears_the_errors() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.press("ctrl+r", *"robin", "tab", *"a-long-password", "enter")
        await pilot.pause()
        login.show_refusal(
            ServerError(ErrorCode.NAME_TAKEN, "That user name is taken.", {"username": "Taken."})
        )
        await pilot.pause()
        assert errors_shown(login)
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: not login.registering, what="logging in chosen")
        await pilot.pause()
        assert errors_shown(login) == []
