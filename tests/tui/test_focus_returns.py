"""The typing line keeps its look and has the focus whenever a story is in front of the player
(issue 15: "the typing box loses its border after Escape and then Play on, also after Ctrl+P,
until restart"). Two causes: the line's class was called CommandInput, like the input of
Textual's command palette, whose rules ("border: blank; padding-left: 0") it took once Ctrl+P
had loaded them, for the rest of the run; and a story log left with the focus (Shift+Tab, a
click on the story) kept it through every modal (the palette, the map, the help), and below
30 rows the line's only border is the bar on its left while it has the focus."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.tui.conftest import story_on_screen, wait_until
from tests.tui.test_play import PASSWORD, log_in, screen_is
from tests.wire.client import Client, character
from tta_tui.app import TTAApp
from tta_tui.screens.map import MapScreen
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")
SIZES = [(80, 24), (110, 34)]


def line_looks_focused(story: StoryScreen) -> bool:
    """The typing line has the focus and draws its mark of it (the box, or the bar on its
    left under 30 rows)."""
    line = story.command_input
    edge, _ = line.styles.border_left
    return story.app.focused is line and edge not in ("", "none", "blank", "hidden")


async def log_takes_focus(pilot: Pilot[Any], story: StoryScreen) -> None:
    await pilot.press("shift+tab")
    assert story.app.focused is story.story_log
    assert not line_looks_focused(story)


@pytest.mark.parametrize("size", SIZES)
async def test_the_map_closed_gives_the_focus_back_to_the_typing_line(
    size: tuple[int, int],
) -> None:
    async with story_on_screen(size) as (pilot, story):
        await pilot.pause()
        await log_takes_focus(pilot, story)
        await pilot.press("f2")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, MapScreen), what="the map")
        await pilot.press("escape")
        await wait_until(pilot, lambda: pilot.app.screen is story, what="the story again")
        await pilot.pause()
        assert line_looks_focused(story)
        await pilot.press("l", "o")
        assert story.command_input.value == "lo"


async def finished_story(server_url: str) -> None:
    """A story played to its ending over the wire (still active: it can be played on)."""
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    cid = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    started = await player.ok("session.start", character_id=cid["id"], world_id="lantern-coast")
    await player.wait_events(started["session"]["last_seq"])
    for text in WALKTHROUGHS["lantern-coast"]:
        await player.turn(text)
    await player.close()


@pytest.mark.parametrize("size", SIZES)
async def test_play_on_then_the_palette_leave_the_typing_line_focused(
    server_url: str, size: tuple[int, int]
) -> None:
    await finished_story(server_url)
    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=size) as pilot:
        await log_in(pilot)
        await pilot.press("s")
        await screen_is(pilot, StoriesScreen, "your stories")
        await pilot.press("p")
        story: StoryScreen = await screen_is(pilot, StoryScreen, "the story, played on")
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        await pilot.pause()
        assert line_looks_focused(story), "played on"
        padding = story.command_input.styles.padding
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: app.screen is not story, what="the palette")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is story, what="the story again")
        await pilot.pause()
        assert line_looks_focused(story), "after the palette"
        assert story.command_input.styles.padding == padding
        await log_takes_focus(pilot, story)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: app.screen is not story, what="the palette")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is story, what="the story again")
        await pilot.pause()
        assert line_looks_focused(story), "after the palette, the log focused before"
