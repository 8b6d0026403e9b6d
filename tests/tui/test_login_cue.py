"""The login screen says when the user name is remembered, so the password goes where the
focus is (issue 15, item 6)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, Static

from tests.tui.conftest import URL, ScreenHarness, top, type_at_once
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def test_a_remembered_name_is_said_and_the_password_has_the_focus() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, "robin"))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        password = login.query_one("#password", Input)
        assert app.focused is password
        welcome = login.query_one("#login-welcome", Static)
        assert welcome.display
        assert str(welcome.render()).startswith("Welcome back, robin. Type your password")
        password_label = login.query_one("#label-password", Label)
        assert str(password_label.render()) == "> Password for robin", "marked: the focus"
        assert "Remembered" in str(login.query_one("#hint-username", Static).render())
        await pilot.press(*"correct horse")
        assert password.value == "correct horse"
        assert login.query_one("#username", Input).value == "robin", "the name is untouched"

        login.query_one("#username", Input).focus()
        await pilot.press("end", "backspace")
        await pilot.pause()
        assert not welcome.display, "another name: no welcome back"
        assert str(password_label.render()) == "Password"
        await pilot.press("n")
        await pilot.pause()
        assert welcome.display
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert not welcome.display, "creating an account is not coming back"


async def test_no_remembered_name_no_cue() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        assert app.focused is login.query_one("#username", Input)
        assert not login.query_one("#login-welcome", Static).display


async def test_a_wrong_password_leaves_the_button_in_sight_at_80x24() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, "aria"))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        login.show_errors(
            "That user name and password do not match. Check both and try again.",
            {"password": "Enter your password."},
        )
        await pilot.pause()
        await pilot.pause()
        form = login.query_one("#login-form")
        button = login.query_one("#login-submit")
        message = login.query_one("#login-message")
        assert form.region.contains_region(button.region), "the button is on screen"
        assert app.screen.region.contains_region(message.region), "and so is what went wrong"


async def test_a_name_tab_and_password_typed_in_one_burst_land_in_their_fields() -> None:
    """Seen in a terminal: "clinicuser1", Tab and the password typed quickly all went into the
    user name box, because a plain Tab binding moved the focus only after the box had taken
    the keys behind it."""
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, LoginScreen)
        assert app.focused is screen.query_one("#username", Input)
        type_at_once(app, *"ash", "tab", *"a-long-pass")
        await pilot.pause()
        assert screen.query_one("#username", Input).value == "ash"
        assert screen.query_one("#password", Input).value == "a-long-pass"
        type_at_once(app, "shift+tab")
        await pilot.pause()
        assert app.focused is screen.query_one("#username", Input)


async def test_the_facilitator_consoles_login_does_not_offer_an_account() -> None:
    """tui19: the console's login said "New here? ... create an account" although it refuses
    registration (operators create facilitator accounts)."""
    app = ScreenHarness(lambda: LoginScreen(URL, registration=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "New here" not in shown and "Create an account" not in shown
        assert "create an account" not in shown.lower()
        assert "Log in" in shown and "User name" in shown
        await pilot.press("ctrl+r")
        await pilot.pause()
        login = app.screen
        assert isinstance(login, LoginScreen) and not login.registering
