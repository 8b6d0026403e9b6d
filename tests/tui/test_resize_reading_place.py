"""A resize keeps the player's reading place when they had scrolled up on purpose, and the
newest text otherwise. Newcomer 24 (fresh24) scrolled up to re-read, resized the terminal to
120x40 and back to 80x24, and the view jumped to the newest text: the paragraph he was reading
was gone from the screen."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import event, story_on_screen, wait_until
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.story_log import Paragraph, StoryLog

pytestmark = pytest.mark.usefixtures("client_files")


def top_paragraph(log: StoryLog) -> Paragraph:
    """The paragraph at the top of the view (the one being read)."""
    return next(p for p in log.paragraphs if p.virtual_region.bottom > log.scroll_y)


def told(screen: StoryScreen, turns: int) -> None:
    for n in range(turns):
        seq = 10 + 3 * n
        screen.apply(event("turn.input", seq, turn_id=f"t{n}", text=f"look {n}"))
        text = f"Paragraph {n}: " + "The fog rolls in off the sea and settles on the quay. " * 4
        screen.apply(event("narrative.chunk", seq + 1, turn_id=f"t{n}", index=0, text=text))
        screen.apply(event("narrative.end", seq + 2, turn_id=f"t{n}", chunks=1, ok=True))


async def settle(pilot: Pilot[Any], size: tuple[int, int]) -> None:
    await pilot.resize_terminal(*size)
    await pilot.pause()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


async def test_scrolled_up_the_reading_place_survives_a_resize_and_back() -> None:
    async with story_on_screen() as (pilot, screen):
        told(screen, 12)
        log = screen.story_log
        await wait_until(pilot, lambda: log.max_scroll_y > 40 and not log.below, what="the end")
        await pilot.press("pageup", "pageup")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        reading = top_paragraph(log)
        assert not log.following and reading is not log.paragraphs[-1]
        for size in [(120, 40), (80, 24), (100, 30), (80, 24)]:
            await settle(pilot, size)
            assert top_paragraph(log) is reading, f"the place kept at {size}"
            assert not log.following
        await pilot.press("end")  # done re-reading: the newest text, followed again
        await pilot.pause()
        assert log.following and not log.below


async def test_following_the_newest_text_stays_in_view_through_a_resize() -> None:
    async with story_on_screen() as (pilot, screen):
        told(screen, 12)
        log = screen.story_log
        await wait_until(pilot, lambda: log.max_scroll_y > 40 and not log.below, what="the end")
        for size in [(120, 40), (80, 24), (100, 30), (80, 24)]:
            await settle(pilot, size)
            await wait_until(pilot, lambda: not log.below, what=f"the newest text at {size}")
            assert log.following
