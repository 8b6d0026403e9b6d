"""The login's choice of Log in / Create account, by keyboard from anywhere (issue 15).

Newcomer fresh28 read "New here? Press Ctrl+R (or Right) to create an account", pressed Right
in the user name box, and nothing happened: Right chose only while the choice itself had the
focus, and in a text box it is the cursor's key (and stays so). The line under the choice now
says what is true where the focus is: Ctrl+R, which works from every field, and Left/Right
while the choice has the focus; Tab and Shift+Tab reach the choice and go through the whole
form, in both modes."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import URL, ScreenHarness, top
from tta_tui.screens.login import CHOICE_HINT, NEWCOMER_HINT, REGISTERING_HINT, LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")
LOGGING_IN = ["login-mode", "username", "password", "login-submit"]
REGISTERING = ["login-mode", "username", "password", "password2", "login-submit"]


def hint(login: LoginScreen) -> str:
    return str(login.query_one("#hint-mode", Static).render())


async def test_the_line_under_the_choice_never_offers_right_where_right_moves_the_cursor() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        name = login.query_one("#username", Input)
        assert app.focused is name
        assert hint(login) == NEWCOMER_HINT and "Right" not in hint(login)
        assert "Ctrl+R" in hint(login)
        await pilot.press(*"marcus", "left", "right")
        await pilot.pause()
        assert not login.registering, "Right in the name box is the cursor's"
        assert name.value == "marcus" and name.cursor_position == len("marcus")
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is login.query_one("#login-mode")
        assert hint(login) == CHOICE_HINT, "on the choice, its own keys"
        await pilot.press("right")
        await pilot.pause()
        assert login.registering
        assert hint(login) == CHOICE_HINT
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is name
        assert hint(login) == REGISTERING_HINT and "Ctrl+R goes back to Log in" in hint(login)


@pytest.mark.parametrize("stop", LOGGING_IN)
async def test_ctrl_r_switches_from_every_field_and_back(stop: str) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        login.query_one(f"#{stop}").focus()
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert login.registering
        assert app.focused is login.query_one("#username", Input), "the name is typed next"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert not login.registering


@pytest.mark.parametrize("remembered", [None, "robin"])
@pytest.mark.parametrize("registering", [False, True])
async def test_tab_and_shift_tab_go_through_the_whole_form(
    remembered: str | None, registering: bool
) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, remembered))
    async with app.run_test(size=(80, 24)) as pilot:
        top(app, LoginScreen)
        await pilot.pause()
        if registering:
            await pilot.press("ctrl+r")
            await pilot.pause()
        order = REGISTERING if registering else LOGGING_IN
        start = app.focused.id if app.focused else None
        assert start in order
        at = order.index(start)
        backwards = []
        for _ in order:
            await pilot.press("shift+tab")
            await pilot.pause()
            backwards.append(app.focused.id if app.focused else None)
        assert backwards == [order[(at - i) % len(order)] for i in range(1, len(order) + 1)]
        forwards = []
        for _ in order:
            await pilot.press("tab")
            await pilot.pause()
            forwards.append(app.focused.id if app.focused else None)
        assert forwards == [order[(at + i) % len(order)] for i in range(1, len(order) + 1)]
