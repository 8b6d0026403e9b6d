"""Many stories at 80x24 (tui38's audit with NO_COLOR): the list grew to its 16 rows and the
buttons under it lost their bottom row to the key bar. The list stops a row sooner and
scrolls; the buttons show whole, and the highlighted story is marked on screen as it moves."""

from __future__ import annotations

import pytest
from textual.widgets import Button, Footer

from tests.tui.conftest import (
    CHARACTER_NAMES,
    NOW,
    SESSIONS,
    WORLD_TITLES,
    ScreenHarness,
    top,
)
from tta_tui.screens.stories import StoriesScreen, story_entries

pytestmark = pytest.mark.usefixtures("client_files")


def many() -> StoriesScreen:
    stories = [
        SESSIONS[i % len(SESSIONS)].model_copy(update={"id": f"s{i}", "updated_at": NOW - i * 7000})
        for i in range(18)
    ]
    return StoriesScreen(story_entries(stories, WORLD_TITLES, CHARACTER_NAMES), now=lambda: NOW)


@pytest.mark.parametrize("mode", ["normal", "nocolor", "plain"])
async def test_many_stories_leave_the_buttons_whole_at_80x24(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mode == "nocolor":
        monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(many, plain=mode == "plain")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoriesScreen)
        await pilot.pause()
        await pilot.pause()
        bar = screen.query_one(Footer).region
        for button in screen.query(Button):
            if button.display:
                region = button.region
                assert region.height == button.outer_size.height, f"{button.id} cut"
                assert region.bottom <= bar.y, f"{button.id} under the key bar"
        for _ in range(12):
            await pilot.press("down")
        await pilot.pause()
        shown = [strip.text for strip in screen._compositor.render_strips()]
        assert any("> The Lantern Coast" in row for row in shown), "the highlighted one in sight"
