"""tui23's leftover (issue 15): a closed way drawn beside its "in" label read as one word, "xin",
on the map (a diagonal, or a line one row long, has its mark and its label on the same row).
The mark and the label now stand apart: "x in", in every mode and layout."""

from __future__ import annotations

import pytest

from tests.tui.conftest import summary
from tta_tui.net.summary import parse_summary
from tta_tui.widgets.map import CLOSED_MARK, MapModel, render_map

LABELS = ["in", "out", "up", "dn"]


@pytest.mark.parametrize("direction", ["in", "out", "up", "down"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_closed_mark_never_runs_into_a_label(direction: str, plain: bool) -> None:
    model = MapModel()
    quay = summary(
        exits=[
            {"direction": direction, "to": "Rue's Tea Hut", "open": False},
            {"direction": "east", "to": "The Harbour Wall", "open": True},
            {"direction": "north", "to": "Chapel Street", "open": True},
            {"direction": "west", "to": "The Dunes", "open": True},
            {"direction": "south", "to": "The Slipway", "open": True},
        ]
    )
    model.add(parse_summary(quay))
    for width in (None, 80, 40):
        text = render_map(model, plain=plain, width=width).plain
        grid = text.split("\n\n")[1]
        assert CLOSED_MARK in grid, grid
        for label in LABELS:
            assert CLOSED_MARK + label not in grid, f"{CLOSED_MARK}{label} at {width}:\n{text}"
