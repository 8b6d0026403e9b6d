"""No story text out of view without the marker saying so (issue 15; corpus 20): newcomer 20 at
80x24 lost the last line or two of a reply three times, with no "more below" (in the big
window it always came). The marker now follows what is on screen, not how the view got there:
whenever any of the newest text is below the view it shows, at every size, after streaming,
a resize, the typing line growing or shrinking, and the player scrolling; and the story never
runs under the typing line."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import story_on_screen
from tests.tui.test_tall_replies import MORE, SHORT, TALL, play, settle, shown_rows
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")
SIZES = [(80, 24), (110, 34)]


def nothing_hidden(screen: StoryScreen) -> bool:
    """Is the newest text in view, or does the marker say there is more below? And does the
    story stop above the typing line?"""
    log = screen.story_log
    line = screen.command_input.region
    above_the_line = log.region.bottom <= line.y
    return above_the_line and (log.max_scroll_y - log.scroll_y < 1 or log.marked)


async def check(pilot: Pilot[Any], screen: StoryScreen, what: str) -> None:
    await settle(pilot, screen.story_log)
    log = screen.story_log
    assert nothing_hidden(screen), (
        f"{what}: scroll {log.scroll_y} of {log.max_scroll_y}, marker {log.marked}\n"
        + "\n".join(shown_rows(pilot))
    )
    if log.marked:
        assert any(MORE in row or "new paragraph" in row for row in shown_rows(pilot))


@pytest.mark.parametrize("size", SIZES)
async def test_a_line_of_the_reply_below_the_view_is_marked(size: tuple[int, int]) -> None:
    """The view one row short of the end (a wheel turn, a layout that moved it): the marker
    says the story continues, End clears it by jumping there."""
    async with story_on_screen(size) as (pilot, screen):
        log = screen.story_log
        await play(screen, 8, "look", [TALL] * 3 + ["Honestly?"], pause=pilot)
        await check(pilot, screen, "streamed")
        assert not log.marked, "all of it in view: no marker"
        log.scroll_to(y=log.max_scroll_y - 1, animate=False, immediate=True)
        await settle(pilot, log)
        assert log.marked and MORE in "\n".join(shown_rows(pilot))
        await pilot.press("end")
        await settle(pilot, log)
        assert not log.marked and log.max_scroll_y - log.scroll_y < 1
        assert any("Honestly?" in row for row in shown_rows(pilot))


@pytest.mark.parametrize("start", SIZES)
@pytest.mark.parametrize("read_back", [False, True])
async def test_nothing_is_hidden_after_streaming_resizes_and_the_line_changing_size(
    start: tuple[int, int], read_back: bool
) -> None:
    """Replies that fit and replies taller than the view, streamed; then resizes between the
    big window and 80x24, and across 30 rows, where the typing line grows from one row to a
    box of three or shrinks back; with the player at the end, or a few rows up."""
    async with story_on_screen(start) as (pilot, screen):
        log = screen.story_log
        seq = await play(screen, 8, "look", [SHORT] * 3, pause=pilot)
        await check(pilot, screen, "a reply that fits")
        seq = await play(screen, seq, "ask maren", [TALL] * 6 + ["Honestly?"], pause=pilot)
        await check(pilot, screen, "a tall reply")
        for _ in range(12):
            if log.max_scroll_y - log.scroll_y < 1:
                break
            await pilot.press("pagedown")
            await settle(pilot, log)
        await check(pilot, screen, "read to its end")
        if read_back:
            log.scroll_to(y=max(log.max_scroll_y - 3, 0), animate=False, immediate=True)
            await check(pilot, screen, "a few rows up")
        for size in [(80, 24), (100, 30), (100, 29), (110, 34), (80, 31), (80, 24)]:
            await pilot.resize_terminal(*size)
            await check(pilot, screen, f"resized to {size}")
        seq = await play(screen, seq, "look again", [SHORT, TALL], pause=pilot)
        await check(pilot, screen, "the next reply")
