"""A refused "Create an account" says which fields are wrong where the player is looking. At
80x24 (and 100x30) the form is taller than the screen: the sentence that names the fields to
fix ("Please fix User name, Password: ...") sat under the last field, below the fold, while the
form scrolled up to the user name in error (tui38, reproduced at 80x24 and 100x30 with
NO_COLOR). After a refusal the sentence shows, the first field in error has the focus, and that
field's own error line shows under it, in every mode and at both sizes."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.tui.conftest import URL, ScreenHarness, top, wait_until
from tests.tui.test_play import connected_login, type_into
from tta_tui.app import TTAApp
from tta_tui.net import ServerError
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")

NAME_WRONG = "Use 3 to 32 characters: letters a-z, digits, underscores or hyphens."
PASSWORD_WRONG = "Use 10 to 256 characters for the password."


SCROLLBAR = str.maketrans("", "", "▁▂▃▄▅▆▇█│┃")
"""A scrollbar's characters: Textual's, and the thin line without colour (text_scrollbar.py)."""


def rows(pilot: Pilot[Any]) -> list[str]:
    """The screen's rows, without the form's scrollbar (its thumb is drawn on a line's row)."""
    return [s.text.translate(SCROLLBAR) for s in pilot.app.screen._compositor.render_strips()]


def on_screen(pilot: Pilot[Any], words: str) -> bool:
    """Whether ``words`` show on the screen (joined across the rows they wrap over)."""
    return " ".join(" ".join(r.split()) for r in rows(pilot)).find(words) >= 0


async def settled(pilot: Pilot[Any], *words: str) -> None:
    await wait_until(
        pilot, lambda: all(on_screen(pilot, w) for w in words), within=3, what=str(words)
    )


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pytest.mark.parametrize(
    ("fields", "first", "named"),
    [
        ({"username": NAME_WRONG, "password": PASSWORD_WRONG}, "username", "User name, Password"),
        ({"username": NAME_WRONG}, "username", "User name"),
        ({"password": PASSWORD_WRONG}, "password", "Password"),
    ],
)
async def test_a_refused_account_names_its_fields_in_sight(
    fields: dict[str, str],
    first: str,
    named: str,
    size: tuple[int, int],
    mode: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: LoginScreen(URL), plain=mode == "plain")
    async with app.run_test(size=size) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        await pilot.press("ctrl+r", *"ab", "enter", *"short", "enter", *"short", "enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert sent.register
        login.show_refusal(
            ServerError("invalid_fields", "Please fix the highlighted fields.", fields)
        )
        await settled(pilot, f"Please fix {named}", fields[first])
        assert app.focused is login.query_one(f"#{first}", Input)
        assert login.query_one(f"#{first}", Input).region.height, "the focused field in sight"


async def test_a_refusal_from_the_server_at_80x24_without_colour(
    server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole client against a real server: a user name too short and a password too short."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = TTAApp([server_url])
    async with app.run_test(size=(80, 24)) as pilot:
        login = await connected_login(pilot)
        await pilot.press("ctrl+r")
        await type_into(pilot, login.query_one("#username", Input), "ab")
        await type_into(pilot, login.query_one("#password", Input), "abc123")
        await type_into(pilot, login.query_one("#password2", Input), "abc123")
        await pilot.press("enter")
        box = login.query_one("#login-message", Static)
        await wait_until(pilot, lambda: box.display, what="the refusal")
        await settled(pilot, "Please fix User name, Password", "Use 3 to 32 characters")
        assert app.focused is login.query_one("#username", Input)
