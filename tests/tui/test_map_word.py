"""Typing "map" opens the map (issue 15; newcomer 25).

The story knows no command "map": a newcomer who typed it was told "I know the word 'map', but
not what you'd like to do with them here", with no word of F2. "map" alone is answered by the
client like "/map"; "look at the map" still goes to the story."""

from __future__ import annotations

from tests.tui.conftest import story_on_screen, wait_until
from tta_tui.screens.story import StoryScreen


async def test_map_alone_opens_the_map_and_sends_nothing() -> None:
    async with story_on_screen() as (pilot, screen):
        app = pilot.app
        await pilot.press(*"map", "enter")
        await wait_until(pilot, lambda: screen.map_screen, what="the map")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, what="the map closed")
        await pilot.press(*"look at the map", "enter")
        await pilot.pause()
        assert [m.text for m in app.posted(StoryScreen.Say)] == ["look at the map"]
