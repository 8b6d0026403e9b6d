"""Selected text is seen without colour (issue 15; newcomer 25).

After a refused save the character form gave the name field the focus with its text selected
(Textual's select on focus, since turned off: tests/tui/test_focus_keeps_text.py). With
``NO_COLOR`` a selection, drawn by colour alone, looked like no selection, and one Backspace
emptied a 39-character name. Selected text (Ctrl+A) is now reversed (plain mode, where the
focused field is reversed: underlined and not reversed)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import URL
from tests.tui.test_without_colour import harness
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize("mode", ["nocolor", "plain"])
async def test_a_selection_is_drawn_apart_from_the_text(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = harness(lambda: LoginScreen(URL, "aria"), mode, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        password = app.screen.query_one("#password", Input)
        assert app.focused is password
        await pilot.press(*"a long password", "ctrl+a")
        await pilot.pause()
        assert password.selection.start != password.selection.end, "all of it selected"
        chosen = password.get_component_styles("input--selection").text_style
        if mode == "plain":  # the focused field is reversed: its selection is not, underlined
            assert password.styles.text_style.reverse
            assert chosen.underline and not chosen.reverse
        else:
            assert chosen.reverse, "selected letters in reverse video, never a colour alone"
        await pilot.press("backspace")
        await pilot.pause()
        assert password.value == ""
