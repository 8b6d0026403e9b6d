"""Errors told apart from help lines without colour (newcomer audit at 80x24, NO_COLOR and
--plain): a field's error, the sentence below a form and the error panel's title start with
"✗ " ("Error: " in plain mode, where a screen reader says it); the help lines do not."""

from __future__ import annotations

import html
import re

import pytest
from textual.widgets import Input

from tests.tui.conftest import SCHEMA, URL, ScreenHarness, top, wait_until
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.errors import UNEXPECTED, ErrorScreen
from tta_tui.screens.login import USERNAME_HINT, LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")
MODES = ["nocolor", "plain"]


def screen_lines(app: ScreenHarness) -> list[str]:
    svg = app.export_screenshot()
    text = html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
    # edges of boxes, and a scrollbar's line without colour (text_scrollbar.py)
    return [line.strip(" ▊▎|│┃") for line in text.splitlines()]


def mark(mode: str) -> str:
    return "Error: " if mode == "plain" else "✗ "


@pytest.mark.parametrize("mode", MODES)
async def test_login_errors_are_marked_and_hints_are_not(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: LoginScreen(URL), plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        login.query_one("#password", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        login.query_one("#login-form").scroll_home(animate=False)
        await pilot.pause()
        lines = screen_lines(app)
        assert f"{mark(mode)}Enter your user name." in lines
        assert USERNAME_HINT in lines, "the help line stays unmarked"
        assert not any(line.startswith(mark(mode) + USERNAME_HINT) for line in lines)


@pytest.mark.parametrize("mode", MODES)
async def test_a_form_field_error_is_marked(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: CharacterForm(SCHEMA), plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        await pilot.press(*"Ari4", "tab", "shift+tab")
        await wait_until(pilot, lambda: form.error_text("name") != "", what="the name's error")
        await pilot.pause()
        lines = screen_lines(app)
        assert any(line.startswith(f"{mark(mode)}A name takes letters") for line in lines), lines


@pytest.mark.parametrize("mode", MODES)
async def test_the_error_panel_title_is_marked(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: ErrorScreen(*UNEXPECTED), plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert any(f"{mark(mode)}{UNEXPECTED[0]}" in line for line in lines), lines
