"""The login screen as a newcomer meets it (fresh7 at 100x30 with colour, read as tmux text
captures): which field takes the typing is said in words, Enter moves from the name to the
password, an error goes once its field is changed, typed input never goes silently, and
creating an account is offered in words and by the arrow keys."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import URL, ScreenHarness, top
from tta_server.protocol.errors import ErrorCode
from tta_tui.net import ServerError
from tta_tui.screens.login import (
    CHOICE_HINT,
    NEWCOMER_HINT,
    PASSWORD_CLEARED,
    LoginScreen,
)
from tta_tui.widgets.error_line import ErrorLine
from tta_tui.widgets.marks import CURSOR

pytestmark = pytest.mark.usefixtures("client_files")
MODES = ["normal", "nocolor", "plain"]


def label(screen: LoginScreen, name: str) -> str:
    return str(screen.query_one(f"#label-{name}").render())


def shown(screen: LoginScreen, widget_id: str) -> str | None:
    """The text of a line of the form, or None while it is hidden."""
    line = screen.query_one(widget_id, Static)
    if not line.display:
        return None
    return line.message if isinstance(line, ErrorLine) else str(line.render())


@pytest.mark.parametrize("mode", MODES)
async def test_the_field_taking_the_typing_says_so_in_its_label(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fresh7: "no visible focus in the captured screen, so I typed the user name into the
    wrong field twice" (colour on: the focus was a colour, lost in a text capture)."""
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: LoginScreen(URL), plain=mode == "plain")
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        assert label(login, "username") == CURSOR + "User name"
        assert label(login, "password") == "Password"
        await pilot.press(*"robin", "enter")
        await pilot.pause()
        assert app.focused is login.query_one("#password", Input), "Enter: on to the password"
        assert label(login, "username") == "User name"
        assert label(login, "password") == CURSOR + "Password"
        await pilot.press(*"a-long-password", "enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert (sent.username, sent.password, sent.register) == ("robin", "a-long-password", False)


async def test_a_remembered_name_keeps_the_mark_on_the_password_label() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, "robin"))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        assert label(login, "password") == CURSOR + "Password for robin"
        login.query_one("#username", Input).focus()
        await pilot.press("backspace")
        await pilot.pause()
        assert label(login, "password") == "Password"
        assert label(login, "username") == CURSOR + "User name"


async def test_an_error_goes_once_its_field_is_changed() -> None:
    """fresh7: "Enter your user name." and "Please fill in both fields." stayed on screen after
    both fields were filled."""
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        login.query_one("#password", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert shown(login, "#err-username") == "Enter your user name."
        assert shown(login, "#err-password") == "Enter your password."
        assert shown(login, "#login-message") == "Please fill in both fields."
        assert app.focused is login.query_one("#username", Input)
        await pilot.press(*"robin")
        await pilot.pause()
        assert shown(login, "#err-username") is None
        assert shown(login, "#err-password") == "Enter your password.", "not changed yet"
        assert shown(login, "#login-message") == "Please fill in both fields."
        await pilot.press("enter", *"a-long-password")
        await pilot.pause()
        assert shown(login, "#err-password") is None
        assert shown(login, "#login-message") is None, "both filled in: nothing left to fix"


@pytest.mark.parametrize("fields", [{}, {"password": "Check your password."}])
async def test_a_refused_login_keeps_the_name_and_says_the_password_was_emptied(
    fields: dict[str, str],
) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press(*"robin", "enter", *"wrong-password", "enter")
        await pilot.pause()
        refusal = ServerError(
            ErrorCode.LOGIN_FAILED, "That user name and password do not match.", fields
        )
        assert login.show_refusal(refusal)
        await pilot.pause()
        await pilot.pause()
        assert login.query_one("#username", Input).value == "robin"
        assert login.query_one("#password", Input).value == ""
        message = shown(login, "#login-message")
        assert message is not None and message.endswith(PASSWORD_CLEARED)
        assert shown(login, "#err-password") == (fields or {}).get("password"), (
            "emptying the password is not the player changing it: its error stays"
        )


async def test_space_and_enter_while_tabbing_round_never_lose_the_name() -> None:
    """fresh7: Space/Enter while Tab-cycling once seemed to clear the user name and reset the
    form. At every stop of the form, both keys keep what was typed and the chosen mode."""
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press("ctrl+r", *"newcomer")
        name = login.query_one("#username", Input)
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            if isinstance(app.focused, Input):
                continue  # Space there is a space typed
            for key in ("space", "enter"):
                await pilot.press(key)
                await pilot.pause()
                assert name.value == "newcomer", f"{key} on {app.focused}"
                assert login.registering


async def test_creating_an_account_is_offered_in_words_and_by_the_arrows() -> None:
    """fresh7: registration took 1.5 minutes of fumbling; fresh6: Right on the Log in /
    Create account choice did nothing visible."""
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        assert shown(login, "#hint-mode") == NEWCOMER_HINT
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is login.query_one("#login-mode")
        await pilot.press("right")
        await pilot.pause()
        assert login.registering, "Right chooses Create an account"
        assert shown(login, "#hint-mode") == CHOICE_HINT, "its keys, while it has the focus"
        assert str(login.query_one("#login-submit").render()).strip().startswith("Create account")
        await pilot.press("left")
        await pilot.pause()
        assert not login.registering
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert login.registering
        assert app.focused is login.query_one("#username", Input), "the name is typed next"


async def test_the_button_with_the_focus_says_so_in_its_text_in_every_mode() -> None:
    """A focused Log in button was shown by colour alone (fresh7's captures showed no focus)."""
    app = ScreenHarness(lambda: LoginScreen(URL, "robin"))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        button = login.query_one("#login-submit")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is button
        assert str(button.render()).strip() == "> Log in <"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert str(button.render()).strip() == "Create account and log in", "no focus: no marks"
