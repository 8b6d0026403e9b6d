"""The story's key bar at 80 columns (issue 15; corpus 20): with the panel in the story's place
(F3 at 80x24) "esc Back to the story" pushed the bar's last key, the help, off the screen
("f1 Help" read "f"). Every key the bar shows is read whole, the help's first, at 80 columns
and wider."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import URL, event, opening_events, started, summary
from tta_tui.app import TTAApp
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


def bar_row(pilot: Pilot[Any]) -> str:
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()][-1]


def shown_keys(app: TTAApp, story: StoryScreen) -> list[str]:
    """ "f1 Help", "esc Stories"...: every key the bar shows, as it reads."""
    return [
        f"{app.get_key_display(b.binding)} {b.binding.description}"
        for b in story.active_bindings.values()
        if b.binding.show and b.enabled
    ]


async def every_key_whole(pilot: Pilot[Any], app: TTAApp, story: StoryScreen) -> None:
    await pilot.pause()
    await pilot.pause()
    row = bar_row(pilot)
    keys = shown_keys(app, story)
    assert keys[0] == "f1 Help", keys
    assert row.strip().startswith("f1 Help"), row
    for key in keys:
        assert key in row, f"{key!r} not whole in {row!r}"


@pytest.mark.parametrize("width", [80, 110])
async def test_every_key_of_the_story_bar_is_read_whole_help_first(width: int) -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(width, 24)) as pilot:
        await started(pilot)
        story = StoryScreen(title="The Lantern Coast: Aria Moon")
        await app.push_screen(story)
        for e in opening_events():
            story.apply(e)
        await every_key_whole(pilot, app, story)
        await pilot.press("f3")  # at 80 columns the panel takes the story's place
        await every_key_whole(pilot, app, story)
        if width == 80:
            assert "esc Back to the story" in bar_row(pilot)
        story.story_log.focus()
        await every_key_whole(pilot, app, story)
        # the ending reached, the panel still in the story's place: F4 New story too
        story.character_id = "c1"
        ended = {"done": 7, "total": 7, "current": None, "ended": True}
        story.apply(
            event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=summary(arc=ended))
        )
        await every_key_whole(pilot, app, story)
        assert "f4 New story" in bar_row(pilot)
