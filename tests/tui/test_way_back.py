"""The way back from what takes the whole screen (tui40): at 80 columns F3 puts the side panel
in the story's place and F2 opens the map over everything, and a newcomer saw no obvious way
back. The key bar names the key that opened each as the key that closes it ("f3 Close",
"f2 Close map", beside "esc Back to the story"), and that key does close it."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import story_on_screen, wait_until
from tta_tui.screens.map import MapScreen
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


def key_bar(pilot: Pilot[Any]) -> str:
    """The last row of the screen: the key bar."""
    return pilot.app.screen._compositor.render_strips()[-1].text


@pytest.mark.parametrize("size", [(80, 24), (40, 20)])
async def test_f3_says_it_closes_the_panel_that_took_the_storys_place_and_does(
    size: tuple[int, int],
) -> None:
    async with story_on_screen(size) as (pilot, screen):
        await pilot.pause()
        assert "f3 Panel" in key_bar(pilot)
        await pilot.press("f3")
        await wait_until(pilot, lambda: screen.has_class("-panel-over"), what="the panel over")
        await pilot.pause()
        bar = key_bar(pilot)
        assert "f3 Close" in bar and "esc Back to the story" in bar, bar
        await pilot.press("f3")
        await pilot.pause()
        assert not screen.has_class("-panel-over") and screen.story_log.display
        assert "f3 Panel" in key_bar(pilot)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (40, 20)])
async def test_f2_says_it_closes_the_map_and_does(size: tuple[int, int]) -> None:
    async with story_on_screen(size) as (pilot, screen):
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, MapScreen), what="the map")
        await pilot.pause()
        bar = key_bar(pilot)
        assert "f2 Close map" in bar and "esc Back to the story" in bar, bar
        await pilot.press("f2")
        await wait_until(pilot, lambda: pilot.app.screen is screen, what="the story")
        assert isinstance(pilot.app.screen, StoryScreen)
