"""Scrollbars read as scrollbars with ``NO_COLOR`` (issue 15, tui39).

Textual draws a scrollbar in colour, with block characters at the ends of its thumb; without
colour those ends were left as stray blocks beside the text ("▆▆" after the name's box), which
read as broken text. With NO_COLOR a scrollbar is now a thin line in the bar's last column: the
track "│", the thumb "┃", and it moves as the view scrolls."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from tests.tui.conftest import ARIA, SCHEMA, ScreenHarness, event, fresh, story_on_screen, top
from tta_tui.screens.character_form import CharacterForm

pytestmark = pytest.mark.usefixtures("client_files")

BLOCKS = set("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏")


def bar_cells(pilot: Pilot[Any], widget: Widget) -> str:
    """What the screen shows in the last column of ``widget``'s vertical scrollbar, a cell per
    row (its other columns blank: a gap between the text and the line)."""
    bar = widget.vertical_scrollbar.region
    strips = pilot.app.screen._compositor.render_strips()
    shown = [strips[y].crop(bar.x, bar.right).text for y in range(bar.y, bar.bottom)]
    assert all(not row[:-1].strip() for row in shown), f"a thin bar, not {shown}"
    return "".join(row[-1] for row in shown)


def thumb_at(cells: str) -> tuple[int, int]:
    assert set(cells) <= {"│", "┃"}, f"the bar drawn {cells!r}"
    assert not BLOCKS & set(cells)
    first = cells.index("┃")
    return first, cells.rindex("┃")


async def test_the_character_form_scrollbar_reads_without_colour(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)))
    async with app.run_test(size=(80, 24)) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        body = form.query_one("#form-body", Widget)
        assert body.max_scroll_y > 0
        top_thumb = thumb_at(bar_cells(pilot, body))
        assert top_thumb[0] == 0, "the thumb at the top of the bar"
        body.scroll_end(animate=False)
        await pilot.pause()
        end_thumb = thumb_at(bar_cells(pilot, body))
        assert end_thumb[1] == body.vertical_scrollbar.region.height - 1, "at the bottom"


async def test_the_story_scrollbar_reads_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with story_on_screen((100, 30)) as (pilot, screen):
        for i in range(12):
            text = f"Paragraph {i}. " + "The fog rolls in over the quay and lifts again. " * 6
            screen.apply(event("narrative.chunk", 20 + i, turn_id="t9", index=i, text=text))
        await pilot.pause()
        log = screen.story_log
        log.scroll_to(y=log.max_scroll_y // 2, animate=False)
        await pilot.pause()
        first, last = thumb_at(bar_cells(pilot, log))
        assert first > 0 and last < log.vertical_scrollbar.region.height - 1, "mid-way"
