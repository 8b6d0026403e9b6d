"""The world picker's "finished: play again?" fits one row of the list under the world's title,
at 80x24 and 120x40 (issue 15, newcomer 30: it wrapped, "again?" flush left under it, as if a
world of its own)."""

from __future__ import annotations

import pytest

from tests.tui.conftest import CHARACTERS, GOAL_LABELS, WORLDS, ScreenHarness, top
from tta_tui.screens.worlds import FINISHED_MARK, WorldsScreen

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_finished_mark_fits_one_row(size: tuple[int, int]) -> None:
    finished = {w.id for w in WORLDS}
    app = ScreenHarness(lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS, finished=finished))
    async with app.run_test(size=size) as pilot:
        picker = top(app, WorldsScreen)
        await pilot.pause()
        listing = picker.query_one("#world-list").region
        rows = [
            strip.text[listing.x : listing.right]
            for strip in app.screen._compositor.render_strips()[listing.y : listing.bottom]
        ]
        assert sum(f"  {FINISHED_MARK}" in row for row in rows) == len(WORLDS), rows
        titles = {w.title for w in WORLDS}
        for row in rows[1:-1]:  # inside the list's border: "▊" + the cursor's gutter + text
            text = row[4:-1]
            if text.strip() and not text.startswith(" "):  # flush left: a title, nothing else
                assert text.strip() in titles, rows
