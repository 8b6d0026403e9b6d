"""A filled field given the focus keeps its text: the cursor at the end, nothing selected
(issue 15, tui39). Textual's Input selects all of it on focus, so after Shift+Tab and Tab back
into a filled password box the next key wiped the password; Ctrl+A is the way to select it all
(tests/tui/test_select_all.py)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import ARIA, SCHEMA, URL, ScreenHarness, fresh, top, wait_until
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


async def test_tabbing_back_into_a_filled_password_adds_to_it() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, LoginScreen)
        await pilot.pause()
        password = screen.query_one("#password", Input)
        await pilot.press(*"robin", "tab", *"a long secret", "home", "shift+tab")
        assert app.focused is screen.query_one("#username", Input)
        await pilot.press("tab")
        assert app.focused is password
        assert password.selection.is_empty, "nothing selected"
        assert password.cursor_position == len("a long secret"), "the cursor at the end"
        await pilot.press("x")
        await wait_until(pilot, lambda: password.value == "a long secretx", what=password.value)
        await pilot.press("backspace")
        await wait_until(pilot, lambda: password.value == "a long secret", what=password.value)


async def test_tabbing_back_into_the_user_name_adds_to_it() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, username="robin"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, LoginScreen)
        await pilot.pause()
        name = screen.query_one("#username", Input)
        await pilot.press("shift+tab")
        assert app.focused is name
        assert name.selection.is_empty and name.cursor_position == len("robin")
        await pilot.press(*"_k")
        await wait_until(pilot, lambda: name.value == "robin_k", what=name.value)


async def test_a_field_pointed_at_by_a_refused_save_keeps_its_text() -> None:
    doc = {**fresh(ARIA), "name": "Aria Moon"}
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=doc))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        form.query_one("#f-country", Input).focus()
        await pilot.pause()
        form.show_errors(None, {"name": "Use letters only."})
        await pilot.pause()
        name = form.query_one("#f-name", Input)
        assert app.focused is name
        assert name.selection.is_empty, "nothing selected: one key does not wipe the name"
        await pilot.press("backspace")
        await wait_until(pilot, lambda: name.value == "Aria Moo", what=name.value)
