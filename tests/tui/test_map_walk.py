"""The map at 80x24 shows every place visited at once (issue 15): a newcomer walked the Lantern
Coast and the place just entered was missing from the map, drawn past its right edge (six columns
of places are wider than 78 columns at the shortest labels tried then)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import ScreenHarness, event, summary, top, wait_until
from tta_server import data
from tta_server.protocol.directions import Direction
from tta_server.world.loader import load_world
from tta_tui.net.summary import parse_summary
from tta_tui.screens.story import StoryScreen
from tta_tui.widgets.map import CLOSED_MARK, MapModel, _label, render_map

pytestmark = pytest.mark.usefixtures("client_files")

WALK = [
    "quay",
    "tea-hut",
    "quay",
    "chapel-street",
    "cliff-path",
    "headland",
    "lighthouse-yard",
    "oil-store",
    "lighthouse-yard",
    "headland",
    "cliff-path",
    "chapel-street",
    "cottage-step",
    "cottage-kitchen",
]
"""A newcomer's way round the Lantern Coast: up to the lighthouse, then in to Maren's Kitchen."""


def _summaries() -> list[dict[str, Any]]:
    """``narrative.end`` summaries along :data:`WALK`, from the world's own places and exits."""
    world = load_world(data.worlds() / "lantern_coast.toml")
    places = {place.id: place for place in world.locations}
    return [
        {
            "world_title": "The Lantern Coast",
            "location_id": here,
            "location": places[here].name,
            "exits": [
                {"direction": Direction(e.dir).word, "to": places[e.to].name, "open": True}
                for e in places[here].exits
            ],
        }
        for here in WALK
    ]


async def test_every_place_visited_is_on_the_map_at_80_columns() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        story = top(app, StoryScreen)
        await pilot.press("f2")
        await wait_until(pilot, lambda: story.map_screen, what="the map screen")
        shown = story.map_screen
        assert shown is not None
        visited: list[str] = []
        for seq, doc in enumerate(_summaries(), start=1):
            story.apply(event("narrative.end", seq, turn_id=f"t{seq}", chunks=0, ok=True,
                              summary=doc))  # fmt: skip
            visited.append(doc["location"])
            await pilot.pause()
            view = shown.map_view
            text = view.as_text()
            model = story.map_model
            for name in dict.fromkeys(visited):
                assert _label(model, name, 9).strip("[]*~")[:6] in text, (name, text)
            assert view.max_scroll_x == 0, f"all of it in view, no sideways scroll:\n{text}"
            width = view.scrollable_content_region.width
            assert max(len(line) for line in text.splitlines()) <= width, text
        assert "[*Maren's" in text, "the place just entered, marked as where you are"


async def test_a_map_wider_than_the_view_scrolls_to_where_you_are() -> None:
    app = ScreenHarness(StoryScreen)
    async with app.run_test(size=(36, 24)) as pilot:
        story = top(app, StoryScreen)
        await pilot.press("f2")
        await wait_until(pilot, lambda: story.map_screen, what="the map screen")
        shown = story.map_screen
        assert shown is not None
        for seq, doc in enumerate(_summaries(), start=1):
            story.apply(event("narrative.end", seq, turn_id=f"t{seq}", chunks=0, ok=True,
                              summary=doc))  # fmt: skip
        await pilot.pause()
        view = shown.map_view
        assert view.max_scroll_x > 0, "too wide for 34 columns even at the shortest labels"
        line = next(line for line in view.as_text().splitlines() if "[*" in line)
        start = line.index("[*")
        end = line.index("]", start)
        left = round(view.scroll_x)
        width = view.scrollable_content_region.width
        assert left <= start and end < left + width, "the place just entered is in view"


def test_the_closed_mark_goes_once_the_player_has_walked_through() -> None:
    """Newcomer 11: the Burnt Wing still showed "x" (closed) after they had been inside it with
    the lantern; the corridor's summary was from before the door opened."""
    model = MapModel()
    corridor, wing = "The East Corridor", "The Burnt Wing"
    back = [{"direction": "west", "to": corridor, "open": True}]
    model.add(parse_summary(summary(corridor, exits=[_way("east", wing, is_open=False)])))
    assert f"─{CLOSED_MARK}─" in _row(model)
    model.add(parse_summary(summary(corridor, exits=[_way("east", wing, is_open=False)])))
    assert ("The East Corridor", "east", wing, False) in model.edges(), "standing still: closed"
    model.add(parse_summary(summary(wing, exits=back)))
    assert (corridor, "east", wing, True) in model.edges()
    assert "─[*Burnt Wing]" in _row(model) and f"─{CLOSED_MARK}─" not in _row(model), _row(model)


def _row(model: MapModel) -> str:
    """The map's row of the East Corridor."""
    return next(line for line in render_map(model).plain.splitlines() if "East Corr" in line)


def _way(direction: str, to: str, *, is_open: bool) -> dict[str, Any]:
    return {"direction": direction, "to": to, "open": is_open}
