"""Without colour, a button that does nothing looks like one that does (Textual dims a disabled
button, by colour alone): tui37's audit at 80x24 with NO_COLOR found Play, Edit and Delete on
the characters screen of a new account, drawn as New is, with no character to act on. Until
there is one they are not shown; the first character brings them."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from tests.tui.conftest import CHARACTERS, ScreenHarness, fresh, top
from tta_tui.screens.characters import CharactersScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def test_no_character_no_buttons_that_act_on_one() -> None:
    app = ScreenHarness(lambda: CharactersScreen([], "aisha_k07", active_stories=0), plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, CharactersScreen)
        await pilot.pause()
        shown = [b for b in screen.query(Button) if b.display]
        assert [b.id for b in shown if b.disabled] == [], "a disabled button shown"
        assert {b.id for b in shown} >= {"new", "stories"}
        screen.show(fresh({"c": CHARACTERS})["c"])
        await pilot.pause()
        for button_id in ("play", "edit", "delete"):
            button = screen.query_one(f"#{button_id}", Button)
            assert button.display and not button.disabled, button_id
