"""Issue 15 (fresh18 at 80x24 after the ending): the folded status broke onto three lines
(the place and ways out, the people and things carried, the step), five rows of header with the
title bar and the notice. At 80 columns it keeps to two lines, dropping the least useful words
first (the things carried counted, then the step goal's name), every word whole or marked, and
everything dropped is in the F3 panel."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from tests.tui.conftest import event, story_on_screen, summary
from tests.tui.test_place import settle
from tta_tui.net.summary import parse_summary
from tta_tui.widgets.side_panel import status_lines

ENDED = summary(
    "Rue's Tea Hut",
    exits=[{"direction": "out", "to": "The Quay", "open": True}],
    characters=["Maren Holt", "Rue Penhallow", "Skipper Jory Trevail"],
    inventory=[
        "a tin whistle",
        "a storm lantern",
        "the brass key",
        "a wool blanket",
        "a winding handle",
        "the keeper's logbook",
    ],
    arc={"done": 7, "total": 7, "current": None, "ended": True},
)
CROWDED = summary(
    "The Reading Room",
    exits=[
        {"direction": "down", "to": "The Stair", "open": True},
        {"direction": "north", "to": "The Stacks", "open": True},
        {"direction": "east", "to": "The Bindery", "open": False},
        {"direction": "west", "to": "The Gallery", "open": True},
        {"direction": "up", "to": "The Loft", "open": False},
    ],
    characters=["Juno Marsh", "Ilse Varga", "Maren Holt", "Bastian Hale"],
    inventory=["the mending pen", "a binder's lantern", "a catalogue card"],
    arc={"done": 2, "total": 7, "current": "Find the missing index of the lower stacks"},
)


@pytest.mark.parametrize("doc", [ENDED, CROWDED, summary()], ids=["ended", "crowded", "quay"])
@pytest.mark.parametrize("width", [78, 60])
def test_the_folded_status_keeps_to_two_lines(doc: dict[str, Any], width: int) -> None:
    rows = status_lines(parse_summary(doc), width).split("\n")
    assert len(rows) <= 2, rows
    assert max(len(r) for r in rows) <= width
    if width >= 78:  # the smallest terminal the client supports
        assert not any("…" in r for r in rows), "nothing cut: words dropped are counted or in F3"
    else:  # narrower still: a cut only at the end of the last line, marked
        assert not any("…" in r for r in rows[:-1])


def test_after_the_ending_at_80_columns_everything_is_named_or_counted() -> None:
    rows = status_lines(parse_summary(ENDED), 78).split("\n")
    assert rows == [
        "Rue's Tea Hut | Ways out: out | Here: Maren, Rue, Skipper",
        "Carrying: tin whistle and 5 more (F3) | Story complete: all 7 steps done",
    ]


async def test_at_80x24_the_header_above_the_story_is_four_rows_at_most() -> None:
    """The title bar, the notice line and the status: the story starts by row 5."""
    async with story_on_screen() as (pilot, story):
        story.apply(event("narrative.end", 8, turn_id="t2", chunks=0, ok=True, summary=ENDED))
        await settle(pilot)
        status = story.query_one("#side-status", Static)
        assert status.size.height == 2
        assert story.story_log.region.y <= 4
        await pilot.press("f3")  # everything dropped is in the panel
        await settle(pilot)
        text = story.side.as_text()
        assert "the keeper's logbook" in text and "Skipper Jory Trevail" in text
