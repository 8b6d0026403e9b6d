"""The map shows what the player has actually seen (issue 15): a chained move ("w then in then
up") marked only its last place visited, and a gate unlocked before moving on in the same turn
stayed drawn closed. ``narrative.end``'s summary names the places a turn went through
(``passed``), each as the player left it, and the map stands in each of them in order."""

from __future__ import annotations

from typing import Any

from tests.tui.conftest import summary
from tta_tui.net.summary import parse_summary
from tta_tui.widgets.map import CLOSED_MARK, MapModel, draw_map


def way(direction: str, to: str, open_: bool = True) -> dict[str, Any]:
    return {"direction": direction, "to": to, "open": open_}


def place(name: str, *exits: dict[str, Any]) -> dict[str, Any]:
    return {"location_id": name.lower().replace(" ", "-"), "location": name, "exits": list(exits)}


QUAY = [way("west", "The Dunes"), way("north", "Chapel Street")]
DUNES = [way("east", "The Quay"), way("in", "Dune Hollow")]
HOLLOW = [way("out", "The Dunes"), way("up", "The Lookout")]
LOOKOUT = [way("down", "Dune Hollow")]


def test_every_place_a_chained_move_went_through_is_marked_visited() -> None:
    model = MapModel()
    model.add(parse_summary(summary(exits=QUAY)))
    chained = summary(
        "The Lookout",
        exits=LOOKOUT,
        passed=[place("The Dunes", *DUNES), place("Dune Hollow", *HOLLOW)],
    )
    model.add(parse_summary(chained))
    visited = {name for name, p in model.places.items() if p.visited}
    assert visited == {"The Quay", "The Dunes", "Dune Hollow", "The Lookout"}
    assert model.current == "The Lookout"
    assert model.places["Dune Hollow"].exits == {"out": "The Dunes", "up": "The Lookout"}
    text = draw_map(model, width=78).text.plain
    for label in ("[Dunes]", "[Dune Hollow]", "[*Lookout]", "[Quay]"):
        assert label in text, text


def test_a_gate_unlocked_before_moving_on_is_drawn_open() -> None:
    """ "unlock the gate, go north, go in": the headland was last summarised with its gate
    closed; the turn's summary (at the third place) carries the headland as it was left."""
    model = MapModel()
    locked = [way("down", "The Cliff Path"), way("north", "The Lighthouse Yard", open_=False)]
    model.add(parse_summary(summary("The Headland", exits=locked)))
    drawing = draw_map(model, width=78)
    assert CLOSED_MARK in "".join(ch for _, _, ch in drawing.strokes[_pair(locked[1])])
    unlocked = [way("down", "The Cliff Path"), way("north", "The Lighthouse Yard")]
    yard = [way("south", "The Headland"), way("in", "The Oil Store")]
    model.add(
        parse_summary(
            summary(
                "The Oil Store",
                exits=[way("out", "The Lighthouse Yard")],
                passed=[place("The Headland", *unlocked), place("The Lighthouse Yard", *yard)],
            )
        )
    )
    assert model.places["The Headland"].closed == set()
    drawing = draw_map(model, width=78)
    line = "".join(ch for _, _, ch in drawing.strokes[_pair(locked[1])])
    assert CLOSED_MARK not in line, f"the gate is open now: {line!r}"
    assert model.places["The Lighthouse Yard"].visited


def test_a_summary_without_passed_places_reads_as_before() -> None:
    """An older server (or a stored event) sends no ``passed``: the last place alone."""
    model = MapModel()
    doc = summary("The Dunes", exits=DUNES)
    doc.pop("passed", None)
    model.add(parse_summary(doc))
    assert [n for n, p in model.places.items() if p.visited] == ["The Dunes"]


def _pair(exit_: dict[str, Any]) -> frozenset[str]:
    return frozenset(("The Headland", exit_["to"]))
