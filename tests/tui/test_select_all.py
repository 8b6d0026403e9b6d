"""Ctrl+A selects all of a text field's text in every field of the client (issue 15,
newcomer 16: "Ctrl+A in the text boxes did not select all the text, so clearing the doubled
backstory took a lot of Backspace"). Textual's own Ctrl+A moves to the start of the line, so
"zz" typed after it went in front of the old name; now typing or Backspace replaces it all."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from tests.tui.conftest import (
    ARIA,
    SCHEMA,
    URL,
    ScreenHarness,
    fresh,
    story_on_screen,
    top,
    wait_until,
)
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize(
    "field",
    [
        "#f-name",
        "#f-pronouns-custom",
        "#f-appearance",
        "#f-backstory",
        "#f-country",
        "#f-traits .tag-input",
        "#f-avoid .tag-input",
    ],
)
async def test_ctrl_a_then_typing_replaces_a_form_field(field: str) -> None:
    doc = {**ARIA, "pronouns": "xe/xem"}
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(doc)))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        box = form.query_one(field)
        assert isinstance(box, Input | TextArea)
        if isinstance(box, Input) and not box.value:
            box.value = "old words"
        box.focus()
        await pilot.pause()
        await pilot.press("end", "ctrl+a", *"Zo")
        text = lambda: box.value if isinstance(box, Input) else box.text  # noqa: E731
        await wait_until(pilot, lambda: text() == "Zo", what=f"{field}: {text()!r}")
        await pilot.press("ctrl+a", "backspace")
        await wait_until(pilot, lambda: text() == "", what=f"{field} cleared: {text()!r}")


@pytest.mark.parametrize("field", ["#username", "#password"])
async def test_ctrl_a_then_typing_replaces_a_login_field(field: str) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, username="margaret_k"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, LoginScreen)
        await pilot.pause()
        box = screen.query_one(field, Input)
        box.value = box.value or "a long secret"
        box.focus()
        await pilot.pause()
        await pilot.press("ctrl+a", *"zz")
        await wait_until(pilot, lambda: box.value == "zz", what=f"{field}: {box.value!r}")


async def test_ctrl_a_then_typing_replaces_the_story_line() -> None:
    async with story_on_screen() as (pilot, screen):
        line = screen.query_one("#command-input", Input)
        line.focus()
        await pilot.press(*"go north")
        await pilot.press("ctrl+a", *"look")
        await wait_until(pilot, lambda: line.value == "look", what=f"the line: {line.value!r}")
