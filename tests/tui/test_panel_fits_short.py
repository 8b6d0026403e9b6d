"""The side panel cannot be scrolled from the keyboard, so it must fit. At 100x24 (and 110,
120 columns) with a full pack even its last form, each list run on, was a row taller than the
panel: the last line of the skills practised was cut, and only the mouse wheel reached it
(tui38). The least read lists are now counted instead, each with the command that lists them
in the story: the skills practised first ("type score"), then what is carried ("type i");
the place, the ways out, the people here and the story's step stay whole."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import event, story_on_screen
from tests.tui.test_side_panel_items import FULL, _lines

pytestmark = pytest.mark.usefixtures("client_files")

MORE = {
    **FULL,
    "exits": [
        *FULL["exits"],
        {"direction": "north", "to": "The Coastguard Cottages", "open": True},
        {"direction": "south", "to": "The Slipway", "open": True},
    ],
    "characters": ["Rue Penhallow", "Skipper", "Maren Holt"],
}
"""Fuller still: two more ways out and a third person, too tall with the skills counted."""


@pytest.mark.parametrize("size", [(100, 24), (110, 24), (120, 24), (100, 20)])
@pytest.mark.parametrize("doc", [FULL, MORE], ids=["full", "more"])
async def test_a_full_pack_on_a_short_terminal_fits_the_panel(
    size: tuple[int, int], doc: dict[str, Any]
) -> None:
    async with story_on_screen(size) as (pilot, screen):
        screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=doc))
        for _ in range(3):
            await pilot.pause()
        panel = screen.side
        assert panel.display, "beside the story at this width"
        assert panel.max_scroll_y == 0, "nothing below the panel's bottom"
        text = " ".join(" ".join(_lines(panel)).split())
        for way in doc["exits"]:
            assert way["to"] in text
        for person in doc["characters"]:
            assert person in text
        assert "4 of 7 steps done; next: Reach the lighthouse" in text
        if "side-skills" in panel.counted:
            assert f"Skills practised: {len(doc['skills'])} so far (type score" in text
        if "side-inventory" in panel.counted:
            assert f"Carrying: {len(doc['inventory'])} things (type i to list them)" in text
        else:
            assert all(thing in text for thing in doc["inventory"])


async def test_an_empty_list_keeps_its_own_words_when_counting() -> None:
    """Counting an empty list ("Carrying: 0 things (type i ...)") says more than "nothing"."""
    doc = {**MORE, "inventory": [], "characters": [*MORE["characters"], "Pip", "Ada Quill"]}
    async with story_on_screen((100, 18)) as (pilot, screen):
        screen.apply(event("narrative.end", 40, turn_id="t2", chunks=0, ok=True, summary=doc))
        for _ in range(3):
            await pilot.pause()
        panel = screen.side
        assert "side-inventory" in panel.counted, "counted as far as it goes, for this test"
        text = " ".join(" ".join(_lines(panel)).split())
        assert "Carrying: nothing" in text and "0 things" not in text
