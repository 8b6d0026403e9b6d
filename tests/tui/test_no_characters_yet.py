"""A new account's characters screen says what to do and has its focus on a control that does
it. At 80x24 with NO_COLOR (tui38) the focus was on the empty list of characters: no cursor
mark anywhere on the screen, Enter did nothing, the line at the top spoke of "Enter on a
character", and the keys bar offered Edit and Delete with nothing to edit or delete. Now there
is no list until there is a character, the focus is on New, marked in its own words, and
Enter there opens the form; the first character brings the list back, with the focus on it."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from tests.tui.conftest import CHARACTERS, ScreenHarness, fresh, top
from tta_tui.screens.characters import NO_CHARACTERS, CharactersScreen

pytestmark = pytest.mark.usefixtures("client_files")


def rows(pilot: Pilot[Any]) -> list[str]:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_no_characters_says_what_to_do_and_enter_does_it(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(
        lambda: CharactersScreen([], "dev", active_stories=0), plain=mode == "plain"
    )
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, CharactersScreen)
        await pilot.pause()
        shown = rows(pilot)
        text = "\n".join(shown)
        assert NO_CHARACTERS in text
        assert "Enter on a character" not in text
        assert app.focused is screen.query_one("#new")
        assert any("> New <" in row for row in shown), "the focus is marked in words"
        keys_bar = shown[-1]
        assert "New" in keys_bar
        assert "Edit" not in keys_bar and "Delete" not in keys_bar
        await pilot.press("enter")
        await pilot.pause()
        assert app.posted(CharactersScreen.New), "Enter makes a new character"


async def test_the_first_character_brings_the_list_with_the_focus() -> None:
    app = ScreenHarness(lambda: CharactersScreen([], "dev", active_stories=0), plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, CharactersScreen)
        await pilot.pause()
        screen.show(fresh({"c": CHARACTERS[:1]})["c"], 0)
        await pilot.pause()
        listing = screen.query_one("#character-list", OptionList)
        assert listing.display and app.focused is listing
        text = "\n".join(rows(pilot))
        assert NO_CHARACTERS not in text and "Aria Moon" in text
        assert "Edit" in rows(pilot)[-1]
        await pilot.press("enter")
        await pilot.pause()
        [play] = app.posted(CharactersScreen.Play)
        assert play.character.id == "c1"
