"""Ways up, down, in and out on the F2 map read as what they are (issue 15): the map puts the
place such a way leads to in any cell beside it, so "The Cliff Path up to The Headland" was
drawn as a plain line to its east, "[Cliff Path]───[*Headland]" once the line was too short for
its "up", and the Quay's way up as a line north, read as a compass way to a wrong neighbour.
Now such a way is a dotted line (never a compass way's "─" or "│"), and a line under the map
says each in words."""

from __future__ import annotations

import pytest

from tests.tui.conftest import summary
from tta_tui.net.summary import parse_summary
from tta_tui.widgets.map import MapModel, draw_map

COMPASS_LINES = set("─│-|╱╲/\\")


def way(direction: str, to: str) -> dict[str, object]:
    return {"direction": direction, "to": to, "open": True}


QUAY = [
    way("in", "Rue's Tea Hut"),
    way("east", "The Harbour Wall"),
    way("up", "The Cliff Path"),
    way("west", "The Dunes"),
]
WALK = [
    ("The Quay", QUAY),
    ("Rue's Tea Hut", [way("out", "The Quay")]),
    ("The Quay", QUAY),
    (
        "The Cliff Path",
        [way("down", "The Quay"), way("up", "The Headland"), way("north", "Chapel Street")],
    ),
    ("The Headland", [way("down", "The Cliff Path")]),
]
SAID = [
    "The Quay in to Rue's Tea Hut",
    "The Quay up to The Cliff Path",
    "The Cliff Path up to The Headland",
]


def walked() -> MapModel:
    model = MapModel()
    for place, exits in WALK:
        model.add(parse_summary(summary(place, exits=exits)))
    return model


@pytest.mark.parametrize("plain", [False, True], ids=["unicode", "plain"])
@pytest.mark.parametrize("width", [None, 78, 40])
def test_ways_up_down_in_and_out_never_look_like_compass_ways(
    plain: bool, width: int | None
) -> None:
    model = walked()
    drawing = draw_map(model, plain=plain, width=width)
    text = drawing.text.plain
    for src, direction, dst, _ in model.edges():
        stroke = drawing.strokes.get(frozenset((src, dst)))
        assert stroke, f"{src} {direction} {dst} drawn:\n{text}"
        chars = {ch for _, _, ch in stroke}
        if direction in {"up", "down", "in", "out"}:
            assert not chars & COMPASS_LINES, f"{src} {direction} drawn as a compass way:\n{text}"
        else:
            assert chars & COMPASS_LINES, f"{src} {direction}:\n{text}"
    said = " ".join(text.split())
    for words in SAID:
        assert words in said, f"{words!r} said under the map:\n{text}"


@pytest.mark.parametrize("plain", [False, True], ids=["unicode", "plain"])
def test_a_way_up_drawn_as_a_diagonal_step_is_a_dot_not_a_slash(plain: bool) -> None:
    """tmux at 80x24: the Quay's "up" to the Net Loft took the cell south-east of it, drawn
    "╲up", a compass way's slash."""
    model = walked()
    loft = summary("The Net Loft", exits=[way("down", "The Quay")])
    model.add(parse_summary(loft))
    drawing = draw_map(model, plain=plain)
    stroke = drawing.strokes[frozenset(("The Net Loft", "The Quay"))]
    assert len(stroke) == 1 and stroke[0][2] == ("." if plain else "·"), drawing.text.plain
    assert "The Net Loft down to The Quay" in " ".join(drawing.text.plain.split())
