"""Keys typed in one burst (a fast typist, a password manager, tmux send-keys) act where they
were typed in every field of the client, not only the character form (issue 15, tui30): the
login and account fields, the login's choice of mode and the story's line. A tmux burst of
"tester30x", Backspace, Enter, a password, Enter on Create an account left
"tester30xquiet-harbour-4" in the name box and the password empty."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import (
    SCHEMA,
    URL,
    ScreenHarness,
    fresh,
    story_on_screen,
    top,
    type_at_once,
    wait_until,
)
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.typing_line import TypingLine

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize("register", [False, True])
async def test_a_burst_on_the_login_fills_each_field(register: bool) -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        if register:
            await pilot.press("ctrl+r")
            await pilot.pause()
        again = ["enter", *"quiet-harbour-42"] if register else []  # the password again
        type_at_once(app, *"tester30x", "backspace", "enter", *"quiet-harbour-42", *again, "enter")
        await wait_until(pilot, lambda: app.posted(LoginScreen.Submitted), what="sent")
        [sent] = app.posted(LoginScreen.Submitted)
        assert (sent.username, sent.password) == ("tester30", "quiet-harbour-42")
        assert sent.register is register
        assert login.query_one("#username", Input).value == "tester30"


async def test_right_on_the_mode_typed_before_tab_chooses_create_an_account() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(100, 30)) as pilot:
        login = top(app, LoginScreen)
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is login.query_one("#login-mode")
        type_at_once(app, "right", "tab", *"newcomer30")
        name = login.query_one("#username", Input)
        await wait_until(pilot, lambda: name.value == "newcomer30", what="the name typed")
        await pilot.pause()
        assert login.registering, "Right chose Create an account before Tab moved on"
        assert name.cursor_position == len("newcomer30")


async def test_lines_typed_in_a_burst_in_the_story_are_sent_whole() -> None:
    async with story_on_screen() as (pilot, story):
        app = pilot.app
        assert isinstance(app, ScreenHarness)
        line = story.query_one(TypingLine)
        line.focus()
        await pilot.pause()
        type_at_once(app, *"lookk", "backspace", "enter", *"go north", "enter", *"take")
        await wait_until(pilot, lambda: line.value == "take", what="the third line typed")
        await wait_until(pilot, lambda: len(app.posted(StoryScreen.Say)) == 2, what="two sent")
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look", "go north"]


async def test_a_name_and_enter_in_a_burst_go_on_to_the_pronouns() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh({})))
    async with app.run_test(size=(100, 30)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        type_at_once(app, *"Mirra", "backspace", "backspace", "a", "enter", "left", "tab")
        appearance = form.query_one("#f-appearance")
        await wait_until(pilot, lambda: app.focused is appearance, what="on to Appearance")
        await pilot.pause()
        doc = form.document()
        assert doc["name"] == "Mira"
        assert doc["pronouns"] == "he/him", "Left after Enter chose on the pronouns"
