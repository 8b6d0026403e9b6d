"""The login's focus cue is on the one field that takes the typing from the first frame on.
With a remembered user name newcomer 24 (fresh24, NO_COLOR) saw, for the ~2 s the client was
still connecting, the User name box drawn focused (its double border) while ">" and the typing
were on Password: the screen focused the user name first, then the password. Now only the
field that takes the typing is ever focused, and the key bar shows its keys all the same."""

from __future__ import annotations

import pytest
from textual.events import DescendantFocus
from textual.widgets import Footer, Input

from tests.tui.conftest import URL, ScreenHarness, top, wait_until
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize(
    ("remembered", "typing"), [("sam_caretaker", "password"), (None, "username")]
)
async def test_only_the_field_that_takes_the_typing_is_ever_focused(
    remembered: str | None, typing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: LoginScreen(URL, remembered), status=None)
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        field = login.query_one(f"#{typing}", Input)
        assert [m.widget for m in app.posted(DescendantFocus)] == [field]
        assert app.focused is field
        other = login.query_one("#password" if typing == "username" else "#username", Input)
        assert other.styles.border_top[0] != "double", "the other box looks unfocused"
        assert field.styles.border_top[0] == "double"
        # the key bar, mounted after the first frame, still shows its keys (a second focus
        # change used to be what showed them)
        bar = login.query_one(Footer)
        await wait_until(pilot, lambda: len(bar.children) > 0, within=2, what="the keys shown")
