"""The story keeps the player's place (issue 15, item 3): after a resume, a resize or a
reconnect it shows the newest text unless the player scrolled up on purpose; at 80x24 the side
panel folds into a status of one or two lines so the story gets the width."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import ScreenHarness, event, opening_events, summary, top, wait_until
from tta_tui.screens.story import WELCOME_BACK, StoryScreen
from tta_tui.widgets.story_log import StoryLog

pytestmark = pytest.mark.usefixtures("client_files")
LONG = (
    "The fog rolls in over the harbour wall and the lamps along the quay blur into soft "
    "yellow smudges; somewhere a bell is ringing, slow and patient."
)


def at_bottom(log: StoryLog) -> bool:
    return log.max_scroll_y > 0 and log.scroll_y >= log.max_scroll_y


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def test_a_resumed_story_shows_the_welcome_back_line() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        story.replay_until, story.caught_up = 400, False
        for e in opening_events():
            story.apply(e)
        for seq in range(8, 400):
            story.apply(event("narrative.chunk", seq, turn_id="t", index=0, text=f"{seq}. {LONG}"))
        await pilot.pause()
        story.replay_arrived()
        log = story.story_log
        welcome = log.paragraphs[-1]
        assert welcome.text == WELCOME_BACK
        await settle(pilot)
        await wait_until(pilot, lambda: welcome.is_mounted and at_bottom(log), what="bottom")
        assert log.following
        top_y = log.scroll_offset.y
        assert welcome.virtual_region.y >= top_y, "the welcome line is on screen"
        starts = {p.virtual_region.y for p in log.paragraphs if p.is_mounted}
        assert top_y in starts, "the first screen starts at a paragraph, not mid-sentence"


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)])
async def test_a_resize_keeps_the_newest_text_in_view(size: tuple[int, int]) -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(100, 30)) as pilot:
        story = top(app, StoryScreen)
        log = story.story_log
        for i in range(40):
            log.add_narration(f"{i}. {LONG}")
        await settle(pilot)
        assert at_bottom(log)
        await pilot.resize_terminal(*size)
        await settle(pilot)
        await wait_until(pilot, lambda: at_bottom(log), what="back at the bottom")
        assert log.following


async def test_a_reader_who_scrolled_up_stays_there_through_a_resize() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(100, 30)) as pilot:
        story = top(app, StoryScreen)
        log = story.story_log
        for i in range(40):
            log.add_narration(f"{i}. {LONG}")
        await settle(pilot)
        await pilot.press("pageup", "pageup")
        await settle(pilot)
        assert not log.following
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not log.following and not at_bottom(log), "the place the player chose is kept"
        log.add_narration("News.")
        await settle(pilot)
        assert log.new_count == 1 and not at_bottom(log)


async def test_at_80_columns_the_panel_folds_into_two_lines_and_f3_unfolds_it() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        for e in opening_events():
            story.apply(e)
        await settle(pilot)
        status = story.query_one("#side-status")
        assert not story.side.display and status.display
        place, goal = (status.render_line(y).text.strip() for y in range(2))
        assert place.startswith("Rue's Tea Hut | Ways out: out | Here: Rue Penhallow | Carrying: ")
        assert goal == "1 of 7 steps done; next: Steady Pip", "the step goal whole, on its own line"
        assert story.story_log.size.width >= 76, "the story gets the width"
        await pilot.press("f3")
        await settle(pilot)
        assert story.side.display and not status.display
        assert not story.story_log.display, "the panel in the story's place (issue 15)"
        await pilot.press("f3")
        await settle(pilot)
        assert not story.side.display and status.display
        assert at_bottom(story.story_log) or story.story_log.max_scroll_y == 0


async def test_at_80_columns_a_long_status_moves_whole_parts_to_a_second_line() -> None:
    """Back on the quay (four ways out, someone here): the status is longer than 78 columns;
    a part that does not fit goes to the second line whole instead of being cut ("Here: Ru…");
    the people here come before the things carried."""
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        for e in opening_events():
            story.apply(e)
        story.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=summary()))
        await settle(pilot)
        status = story.query_one("#side-status")
        rows = [status.render_line(y).text.strip() for y in range(status.size.height)]
        assert rows == [
            "The Quay | Ways out: in, east, north (closed), west | Here: Rue Penhallow",
            "Carrying: a tin whistle | 1 of 7 steps done; next: Steady Pip",
        ]
        await pilot.resize_terminal(120, 40)
        await pilot.press("f3")  # fold the panel at 120 columns: one line is enough there
        await settle(pilot)
        rows = [status.render_line(y).text.strip() for y in range(status.size.height)]
        assert rows[0].endswith("| Here: Rue Penhallow | Carrying: a tin whistle")
        assert rows[1:] == ["1 of 7 steps done; next: Steady Pip"]


async def test_wide_terminals_show_the_panel_and_f3_folds_it() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(120, 40)) as pilot:
        story = top(app, StoryScreen)
        await settle(pilot)
        status = story.query_one("#side-status")
        assert story.side.display and not status.display
        await pilot.press("f3")
        await settle(pilot)
        assert not story.side.display and status.display
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not story.side.display, "the player's choice holds through a resize"
