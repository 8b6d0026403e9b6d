"""The side panel after a story's ending keeps the layout it had before (issue 15, newcomer 30
at 110x34: after the ending, with more skills practised and more things carried, the whole panel
switched to its compact form, "Ways out: in (Rue's Tea Hut); east (...)" as one packed run,
"a bit cramped", unlike the panel she had used all story). When the full panel is too tall, the
lists that grow as a story goes on (the skills practised, then what is carried) are packed
first; the ways out, which players read most, stay one per line under their title while the
rest can give way, and nothing ever falls off the panel's bottom."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import event, story_on_screen, summary
from tests.tui.test_side_panel_items import _lines
from tta_tui.widgets.side_panel import SidePanel

pytestmark = pytest.mark.usefixtures("client_files")

QUAY_EXITS = summary()["exits"]
BEFORE = summary(
    inventory=["a tin whistle", "the lighthouse key", "a storm lantern"],
    characters=["Rue Penhallow"],
    arc={"done": 6, "total": 7, "current": "Light the lamp", "ended": False},
    skills={"Grounding": 3, "Asking for help": 2, "Reframing": 1},
)
AFTER = summary(
    inventory=[*BEFORE["inventory"], "the keeper's logbook", "a flask of broth"],
    characters=["Pip", "Rue Penhallow"],
    arc={"done": 7, "total": 7, "current": "", "ended": True},
    skills={
        **BEFORE["skills"],
        "Naming feelings": 1,
        "Self-compassion": 2,
        "Breathing": 1,
        "Steadiness": 1,
    },
)


def ways_out_as_a_list(lines: list[str]) -> bool:
    """ "Ways out" on a line of its own (no "Ways out:" run on after it), each way out starting
    a line of its own (one too long for the panel wraps onto the next), none ending in ";"."""
    if "Ways out" not in lines:
        return False
    ways = lines[lines.index("Ways out") + 1 :]
    ways = ways[: next(i for i, line in enumerate(ways) if line.startswith("People here"))]
    starts = {line.strip().split(" (")[0] for line in ways}
    return all(w["direction"] in starts for w in QUAY_EXITS) and not any(
        line.rstrip().endswith(";") for line in ways
    )


async def show(pilot: Any, screen: Any, doc: dict[str, Any], seq: int) -> SidePanel:
    screen.apply(event("narrative.end", seq, turn_id=f"t{seq}", chunks=0, ok=True, summary=doc))
    for _ in range(3):
        await pilot.pause()
    return screen.side  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [(110, 34), (100, 30)], ids=["110x34", "100x30"])
async def test_the_ways_out_stay_a_list_after_the_ending(size: tuple[int, int]) -> None:
    async with story_on_screen(size) as (pilot, screen):
        panel = await show(pilot, screen, BEFORE, 40)
        assert panel.display
        assert ways_out_as_a_list(_lines(panel)), _lines(panel)
        panel = await show(pilot, screen, AFTER, 41)
        lines = _lines(panel)
        assert ways_out_as_a_list(lines), lines
        assert panel.max_scroll_y == 0, "nothing falls off the panel's bottom"
        text = " ".join(" ".join(lines).split())
        for thing in [*AFTER["inventory"], *AFTER["characters"], "all 7 steps done"]:
            assert thing in text, f"{thing!r} in {lines}"
        for label, times in AFTER["skills"].items():
            assert f"{label} x{times}" in text, f"{label} in {lines}"
