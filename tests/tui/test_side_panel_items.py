"""tui24 (issue 15, newcomer 12): the side panel's compact form (when the full panel is taller
than the screen gives it) ran each list on as one wrapped line, and at 100 columns the wrap
split items: "Story: Step 5 of 7: Reach / the lighthouse", "Skills practised: Reframing / x1".
Every item now stays whole on one line (one that does not fit moves to the next), at 80
(after F3), 100 and 120 columns; only when even that is taller than the panel (80x24 with a
full pack) does each list run on, so that nothing falls off the panel's bottom."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.conftest import event, story_on_screen, summary
from tta_tui.net.summary import Arc, Exit
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.side_panel import SidePanel, arc_line, exit_words

pytestmark = pytest.mark.usefixtures("client_files")
CLIFF = summary(
    "The Cliff Path",
    exits=[
        {"direction": "down", "to": "Chapel Street", "open": True},
        {"direction": "up", "to": "The Headland", "open": True},
        {"direction": "west", "to": "The Old Signal House", "open": False},
    ],
    inventory=[
        "a tin whistle",
        "the lighthouse key",
        "the keeper's logbook",
        "a storm lantern",
        "a flask of broth",
    ],
    characters=["Rue Penhallow", "Skipper"],
    arc={"done": 4, "total": 7, "current": "Reach the lighthouse", "ended": False},
    skills={"Reframing": 1, "Grounding": 2, "Naming feelings": 1, "Self-compassion": 1},
)
SMALL = summary(
    "The Cliff Path",
    exits=CLIFF["exits"][:2],
    inventory=CLIFF["inventory"][:3],
    characters=["Rue Penhallow"],
    arc=CLIFF["arc"],
    skills={"Reframing": 1, "Grounding": 2},
)
SMALL_ITEMS = [
    "down (Chapel Street)",
    "up (The Headland)",
    "Rue Penhallow",
    *SMALL["inventory"],
    "4 of 7 steps done;",
    "next: Reach the lighthouse",
    "Reframing x1",
    "Grounding x2",
]
ITEMS = [
    "down (Chapel Street)",
    "up (The Headland)",
    "west (The Old Signal House, closed)",
    "Rue Penhallow",
    *CLIFF["inventory"],
    "4 of 7 steps done;",
    "next: Reach the lighthouse",
    "Reframing x1",
    "Grounding x2",
    "Naming feelings x1",
    "Self-compassion x1",
]

FULL = {
    **CLIFF,
    "inventory": [*CLIFF["inventory"], "a coil of rope", "a folded chart", "a brass bell"],
    "skills": {**CLIFF["skills"], "Breathing": 3, "Asking for help": 2, "Steadiness": 1},
}
"""More carried and practised than the cliff's: too many rows for the panel at 100x30 even with
every list packed."""
FULL_ITEMS = [*ITEMS, "a coil of rope", "a brass bell", "Breathing x3", "Steadiness x1"]


async def _panel_showing(
    pilot: Pilot[Any], screen: StoryScreen, doc: dict[str, Any], *, f3: bool
) -> SidePanel:
    """The side panel after a turn's summary ``doc`` (unfolded with F3 if ``f3``)."""
    screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=doc))
    await pilot.pause()
    if f3:
        await pilot.press("f3")
    await pilot.pause()
    await pilot.pause()
    return screen.side


def _lines(panel: SidePanel) -> list[str]:
    """The panel's lines as drawn, section by section."""
    lines = []
    for static in panel.query(Static):
        lines += [static.render_line(y).text.rstrip() for y in range(static.size.height)]
    return lines


@pytest.mark.parametrize(
    ("size", "f3", "doc"),
    [((82, 24), True, SMALL), ((100, 30), False, CLIFF), ((120, 30), False, CLIFF)],
)
async def test_the_compact_side_panel_never_splits_an_item(
    size: tuple[int, int], f3: bool, doc: dict[str, Any]
) -> None:
    items = ITEMS if doc is CLIFF else SMALL_ITEMS
    async with story_on_screen(size) as (pilot, screen):
        panel = await _panel_showing(pilot, screen, doc, f3=f3)
        assert panel.display and panel.packed, "a list packed, for this test"
        lines = _lines(panel)
        text = " ".join(" ".join(lines).split())
        assert panel.max_scroll_y == 0, "nothing falls off the panel's bottom"
        for item in items:
            assert item in text, f"{item!r} is shown"
            if len(item) <= panel.scrollable_content_region.width:
                assert any(item in line for line in lines), f"{item!r} split: {lines}"
        assert all(len(line) <= panel.scrollable_content_region.width for line in lines)


async def test_when_even_whole_items_do_not_fit_each_list_runs_on() -> None:
    """100x30 with a fuller pack than the cliff's: more rows of whole items than the panel has:
    the lists run on."""
    async with story_on_screen((100, 30)) as (pilot, screen):
        screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=FULL))
        await pilot.pause()
        await pilot.pause()
        panel = screen.side
        assert panel.runs_on and panel.has_class("-compact") and panel.max_scroll_y == 0
        text = " ".join(" ".join(_lines(panel)).split())
        assert all(item in text for item in FULL_ITEMS), text


@pytest.mark.parametrize(
    ("arc", "said"),
    [
        ({"done": 0, "total": 0, "current": "", "ended": False}, "Just beginning"),
        ({"done": 7, "total": 7, "current": "", "ended": True}, "all 7 steps done"),
    ],
)
async def test_the_compact_panel_says_a_step_without_a_goal(arc: dict[str, Any], said: str) -> None:
    """A story just begun ("Just beginning", no ": " to split at) crashed the compact form."""
    async with story_on_screen((100, 30)) as (pilot, screen):
        doc = {**FULL, "arc": arc}
        screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=doc))
        await pilot.pause()
        await pilot.pause()
        panel = screen.side
        assert "side-arc" in panel.packed
        assert said in " ".join(" ".join(_lines(panel)).split())


def test_a_finished_story_says_story_once_under_the_panels_story_title() -> None:
    """Newcomer 13: "Story: Story complete: all 7 steps done"."""
    done = Arc(done=7, total=7, current=None, ended=True).describe()
    assert done.startswith("Story complete") and arc_line(done) == "Complete: all 7 steps done"
    going = Arc(done=1, total=7, current="Steady Pip").describe()
    assert arc_line(going) == going == "1 of 7 steps done; next: Steady Pip"


def test_a_way_out_reads_direction_then_place_in_brackets() -> None:
    """Newcomers read "Ways out: down   The Quay" (the direction padded to a column) and "down
    The Quay" (one run of words in the compact form)."""
    assert exit_words(Exit(direction="down", to="The Quay")) == "down (The Quay)"
    closed = Exit(direction="north", to="Chapel Street", open=False)
    assert exit_words(closed) == "north (Chapel Street, closed)"
    assert exit_words(Exit(direction="in")) == "in"
    assert exit_words(Exit(direction="west", open=False)) == "west (closed)"


@pytest.mark.parametrize(
    ("size", "f3", "doc", "whole"),
    [
        ((80, 24), True, SMALL, True),
        ((80, 24), True, CLIFF, False),  # the lists run on (see above)
        ((100, 30), False, CLIFF, True),
        ((120, 40), False, CLIFF, True),
    ],
)
async def test_the_ways_out_read_clearly_at_every_width(
    size: tuple[int, int], f3: bool, doc: dict[str, Any], whole: bool
) -> None:
    """Full (120x40) or compact (80x24 after F3, 100x30), each way out says its direction and
    then its place in brackets, one space between them; unless the lists run on, a way that
    fits the panel's width is on one line."""
    async with story_on_screen(size) as (pilot, screen):
        panel = await _panel_showing(pilot, screen, doc, f3=f3)
        assert panel.display
        lines = _lines(panel)
        text = " ".join(" ".join(lines).split())
        width = panel.scrollable_content_region.width
        for way in doc["exits"]:
            words = f"{way['direction']} ({way['to']}{'' if way['open'] else ', closed'})"
            assert words in text, f"{words!r} in {lines}"
            if whole and len(words) <= width:
                assert any(words in line for line in lines), f"{words!r} split: {lines}"
            assert not any(f"{way['direction']}  " in line for line in lines), lines
