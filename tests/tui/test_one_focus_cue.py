"""One focus cue on screen (newcomer audit at 80x24, NO_COLOR): the characters screen showed
two ">", the list's highlighted row and the focused "Your stories" button, so it was unclear
where Enter went. At every Tab stop of the list screens, in every mode, exactly one ">" is
drawn: on the row while the list has the focus, else on the focused button, the list's chosen
row then marked "* "."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import OptionList

from tests.tui.conftest import (
    CHARACTER_NAMES,
    CHARACTERS,
    GOAL_LABELS,
    NOW,
    SESSIONS,
    WORLD_TITLES,
    WORLDS,
    ScreenHarness,
    fresh,
)
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.stories import StoriesScreen, story_entries
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.widgets.marks import CHOSEN

pytestmark = pytest.mark.usefixtures("client_files")

SCREENS: dict[str, Callable[[], Screen[Any]]] = {
    "characters, a story waiting": lambda: CharactersScreen(
        fresh({"c": CHARACTERS})["c"], "aria", active_stories=1
    ),
    "characters": lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria"),
    "worlds": lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS),
    "stories": lambda: StoriesScreen(
        story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES),
        now=lambda: NOW,
    ),
}


def screen_text(app: ScreenHarness) -> str:
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
@pytest.mark.parametrize("name", list(SCREENS))
async def test_exactly_one_focus_cue_at_every_tab_stop(
    name: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(SCREENS[name], plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for step in range(8):
            shown = screen_text(app)
            assert shown.count(">") == 1, f"step {step}, focus on {app.focused!r}:\n{shown}"
            listing = app.screen.query_one(OptionList)
            if app.focused is not listing:
                assert CHOSEN.strip() in shown, "the list's chosen row is still marked"
            await pilot.press("tab")
            await pilot.pause()
