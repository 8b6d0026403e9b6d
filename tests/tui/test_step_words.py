"""The story's progress is said so that it is true whatever order the steps were done in
(issue 15; corpus 20). The server sends how many steps are done and the first one not yet done;
"Step 3 of 7: Steady Pip" made that first unfinished step look like step 3 when steps 2 and 3
were done before step 1. It now reads "2 of 7 steps done; next: Steady Pip" in the side panel,
the 80x24 status lines and the help."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import event, story_on_screen, summary
from tta_tui.net.summary import Arc, parse_summary
from tta_tui.screens.help import help_page
from tta_tui.widgets.side_panel import status_lines

pytestmark = pytest.mark.usefixtures("client_files")
OUT_OF_ORDER: dict[str, Any] = {"done": 2, "total": 7, "current": "Steady Pip", "ended": False}
"""Steps 2 and 3 done, step 1 ("Steady Pip") not yet."""
SAID = "2 of 7 steps done; next: Steady Pip"


def test_the_progress_counts_steps_done_and_names_the_next_one() -> None:
    assert Arc.model_validate(OUT_OF_ORDER).describe() == SAID
    assert Arc(done=0, total=7, current="Steady Pip").describe() == (
        "0 of 7 steps done; next: Steady Pip"
    )
    assert Arc(done=3, total=7).describe() == "3 of 7 steps done"
    assert Arc(done=7, total=7, ended=True).describe() == "Story complete: all 7 steps done"
    assert Arc(done=2, total=7, current="Steady Pip").progress() == "2 of 7 steps done"
    assert "Step 3" not in Arc.model_validate(OUT_OF_ORDER).describe()


def test_the_folded_status_says_it_on_its_second_line() -> None:
    lines = status_lines(parse_summary(summary(arc=OUT_OF_ORDER)), 78).splitlines()
    assert lines[-1] == f"Carrying: a tin whistle | {SAID}"


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
async def test_the_story_screen_says_steps_done_and_next_at_every_size(
    size: tuple[int, int],
) -> None:
    async with story_on_screen(size) as (pilot, screen):
        doc = summary(arc=OUT_OF_ORDER)
        screen.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=doc))
        await pilot.pause()
        await pilot.pause()
        shown = "\n".join(strip.text for strip in screen._compositor.render_strips())
        said = " ".join(screen.side.as_text().split()) if screen.side.display else shown
        assert SAID in said, shown
        assert "Step 3" not in shown


def test_the_help_says_what_the_count_means() -> None:
    page = help_page([], panel_folded=True)
    assert "steps done" in page and "first one still to do" in page
