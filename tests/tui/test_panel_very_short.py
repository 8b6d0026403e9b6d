"""The side panel on a terminal under 18 rows (issue 15, tui39). At 100x16 and 100x12 even
with the skills practised and what is carried counted, the panel was taller than its space:
"(type score to list them)" and then the story's step were cut off its bottom, where nothing
reaches them (the panel cannot be scrolled from the keyboard); at 80x9 with F3, the panel in
the story's place, likewise. The least read lists are now left out, then the story's step, and
the panel's last line says how to see them; the place, every way out and the people here stay
whole, and the panel stands clear of the story and the typing line."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import event, story_on_screen
from tests.tui.test_side_panel_items import FULL, _lines
from tta_tui.widgets.side_panel import MORE_NOTE

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize(("size", "f3"), [((100, 16), False), ((100, 12), False), ((80, 9), True)])
async def test_a_very_short_panel_leaves_out_the_least_read_parts(
    size: tuple[int, int], f3: bool
) -> None:
    async with story_on_screen(size) as (pilot, screen):
        screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=FULL))
        for _ in range(3):
            await pilot.pause()
        if f3:
            await pilot.press("f3")
            for _ in range(3):
                await pilot.pause()
        panel = screen.side
        assert panel.display
        assert panel.max_scroll_y == 0, f"{panel.max_scroll_y} row(s) cut off the panel"
        text = " ".join(" ".join(_lines(panel)).split())
        assert FULL["location"] in text
        for way in FULL["exits"]:
            assert way["to"] in text
        for person in FULL["characters"]:
            assert person in text
        assert "side-skills" in panel.hidden
        assert text.endswith(MORE_NOTE), "how to see what is left out"
        line = screen.query_one("#command-input", Input).region
        assert not panel.region.overlaps(line), "clear of the typing line"
        if not f3:
            assert not panel.region.overlaps(screen.story_log.region), "clear of the story"
