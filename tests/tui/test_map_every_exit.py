"""Every exit the player knows is a drawn line, in both worlds, at 80x24 and larger (issue 15).

A newcomer in The Ember Library found the Map Room drawn with no line: the Reading Room's west
cell was the Bindery's, so the Map Room went elsewhere and its way was only listed under "Other
ways". Here the player walks every room of each world, depth first and back, as a player
discovers them (locked ways shown closed until walked through), with the full-screen map open;
after each step, on the screen as drawn: every known exit has a line, the line's characters are
in the text where the drawing says, touch the labels of the two places it joins and no other,
no two lines share a character, no two places share a cell, and nothing is listed as "Other
ways"."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from tests.tui.conftest import ScreenHarness, event, top, wait_until
from tta_server import data
from tta_server.protocol.directions import Direction
from tta_server.world.loader import load_world
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.map import MapDrawing, layout

pytestmark = pytest.mark.usefixtures("client_files")

LINE_CHARS = set("─│╱╲x·┊")
LABEL_CHARS = set("updnio")
"""A horizontal line carries its "up", "dn", "in" or "out" in its middle."""


def _walk(file: str) -> list[dict[str, Any]]:
    """``narrative.end`` summaries for a depth-first walk of every room from the start, stepping
    back the way it came (as a player exploring does)."""
    world = load_world(data.worlds() / file)
    places = {place.id: place for place in world.locations}
    walked: list[str] = []
    seen: set[str] = set()

    def go(here: str) -> None:
        seen.add(here)
        walked.append(here)
        for way in places[here].exits:
            if way.to not in seen:
                go(way.to)
                walked.append(here)

    go(world.locations[0].id)
    assert seen == set(places), "every room is reachable"
    return [
        {
            "world_title": world.meta.title,
            "location_id": here,
            "location": places[here].name,
            "exits": [
                {"direction": Direction(e.dir).word, "to": places[e.to].name, "open": not e.locked}
                for e in places[here].exits
            ],
        }
        for here in walked
    ]


def _touches(cell: tuple[int, int], box: tuple[int, int, int]) -> bool:
    row, col = cell
    box_row, first, last = box
    return abs(row - box_row) <= 1 and first - 1 <= col <= last + 1


def _check(drawing: MapDrawing, text: str, edges: set[frozenset[str]]) -> None:
    lines = text.splitlines()
    assert not drawing.elsewhere and "Other ways" not in text, text
    assert set(drawing.strokes) == edges, f"every known exit drawn:\n{text}"
    boxes = drawing.boxes
    for name, (row, first, last) in boxes.items():
        label = lines[row][first : last + 1]
        assert label[0] in "[(" and label[-1] in "])", (name, lines[row])
    used: set[tuple[int, int]] = set()
    for pair, stroke in drawing.strokes.items():
        assert stroke, pair
        ends = [boxes[name] for name in pair]
        for row, col, ch in stroke:
            assert (ch in LINE_CHARS or ch in LABEL_CHARS) and lines[row][col] == ch, (pair, text)
            assert (row, col) not in used, f"two lines share a character:\n{text}"
            used.add((row, col))
            for name, (box_row, first, last) in boxes.items():
                inside = row == box_row and first <= col <= last
                assert not inside, f"a line of {sorted(pair)} crosses {name}:\n{text}"
        cells = [(row, col) for row, col, _ in stroke]
        if len(stroke) == 1 and stroke[0][2] in "╱╲·":  # a diagonal, in the corner between
            (row, col), (upper, lower) = cells[0], sorted(ends)
            assert upper[0] < row < lower[0], (pair, text)
            left, right = sorted(ends, key=lambda box: box[1])
            assert left[2] < col < right[1], (pair, text)
            continue
        for a, b in pairwise(cells):
            assert abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1, f"one unbroken line: {pair}"
        assert all(_touches(cells[-1], e) or _touches(cells[0], e) for e in ends), (pair, text)
        others = [box for name, box in boxes.items() if name not in pair]
        assert not any(_touches(c, box) and c[0] == box[0] for c in cells for box in others)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("world", ["ember_library.toml", "lantern_coast.toml"])
async def test_every_known_exit_is_a_drawn_line_all_the_way_round(
    world: str, size: tuple[int, int]
) -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=size) as pilot:
        story = top(app, StoryScreen)
        await pilot.press("f2")
        await wait_until(pilot, lambda: story.map_screen, what="the map screen")
        shown = story.map_screen
        assert shown is not None
        for seq, doc in enumerate(_walk(world), start=1):
            story.apply(event("narrative.end", seq, turn_id=f"t{seq}", chunks=0, ok=True,
                              summary=doc))  # fmt: skip
            await pilot.pause()
            model = story.map_model
            cells = layout(model)
            assert len(set(cells.values())) == len(cells), "two places share a cell"
            drawing = shown.map_view.drawing()
            text = shown.map_view.as_text()
            assert text == drawing.text.plain
            edges = {frozenset((src, dst)) for src, _, dst, _ in model.edges()}
            _check(drawing, text, edges)
            row, first, _ = drawing.boxes[doc["location"]]
            assert text.splitlines()[row][first : first + 2] == "[*", "where you are"
