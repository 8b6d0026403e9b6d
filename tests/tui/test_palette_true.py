"""The command palette's commands are true where they are offered (newcomer audit at 80x24,
NO_COLOR): the themes, which change nothing without colour, were offered there, and "New story"
spoke of "the highlighted character" inside a story, where no character is highlighted."""

from __future__ import annotations

from typing import Any

import pytest
from textual.command import CommandList, CommandPalette

from tests.tui.conftest import CHARACTERS, URL, fresh, opening_events, started, wait_until
from tta_tui.app import TTAApp
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


def offered(palette: CommandPalette) -> list[str]:
    results = palette.query_one(CommandList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


async def palette_on(pilot: Any) -> list[str]:
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    palette = pilot.app.screen
    await wait_until(pilot, lambda: any("Help" in o for o in offered(palette)), what="commands")
    return offered(palette)


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_themes_are_offered_only_where_they_change_something(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = TTAApp([URL], plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        themes = [o for o in await palette_on(pilot) if o.startswith("Theme")]
        assert bool(themes) is (mode == "normal"), themes


async def test_new_story_says_what_it_does_in_a_story_and_on_the_characters() -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await app.push_screen(CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria"))
        [new] = [o for o in await palette_on(pilot) if o.startswith("New story")]
        assert "the highlighted character" in new
        await pilot.press("escape")
        story = StoryScreen(title="The Lantern Coast: Aria Moon")
        await app.push_screen(story)
        for e in opening_events():
            story.apply(e)
        [new] = [o for o in await palette_on(pilot) if o.startswith("New story")]
        assert "highlighted" not in new and "back to your characters" in new
