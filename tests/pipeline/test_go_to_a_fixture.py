"""Newcomer corpus 27 (issue 14): "go to the catalogue" in the bindery, the catalogue card in
hand, read the card instead of walking to the card catalogue in the foyer. For "go to", a
fixed thing of a place walked to before is the walk there, before any thing held."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize("held", [[], ["catalogue-card"]])
@pytest.mark.parametrize(
    "text",
    [
        "go to the catalogue",
        "go to the card catalogue",
        "walk over to the catalogue",
        "head to the desk bell",
    ],
)
def test_go_to_a_fixture_elsewhere_walks_to_its_place(held: list[str], text: str) -> None:
    w, state = placed("ember_library", "bindery", ["foyer", "bindery"], held=held)
    result = play(w, state, text)
    assert [s.action.intent for s in result.steps] == ["go"], steps(result)
    assert result.state.location == "foyer"
    assert result.state.inventory == held  # the card kept, not read


@pytest.mark.parametrize(
    ("at", "seen", "text", "to"),
    [
        (
            "quay",
            ["quay", "headland", "cliff-path", "chapel-street"],
            "go to the bench",
            "headland",
        ),
        ("foyer", ["foyer", "boiler-room", "east-corridor"], "go to the stove", "boiler-room"),
    ],
)
def test_a_fixture_of_a_far_place_is_the_way_there(
    at: str, seen: list[str], text: str, to: str
) -> None:
    name = "lantern_coast" if at == "quay" else "ember_library"
    w, state = placed(name, at, seen)
    result = play(w, state, text)
    assert result.steps and result.steps[0].action.intent == "go", steps(result)


def test_a_fixture_here_is_still_walked_up_to() -> None:
    w, state = placed("ember_library", "foyer", ["foyer"], held=["catalogue-card"])
    result = play(w, state, "go to the catalogue")
    assert result.state.location == "foyer"
    assert [s.action.target_id for s in result.steps] == ["catalogue"], steps(result)


@pytest.mark.parametrize("text", ["go in", "go up", "go down", "go in there"])
def test_a_way_is_never_a_fixture_with_that_word_in_its_name(text: str) -> None:
    """ "go in" at the clock stair is the study door, not "the ash in the grate"."""
    seen = ["foyer", "east-corridor", "east-wing", "clock-stair", "clock-loft"]
    w, state = placed("ember_library", "clock-stair", seen, unlocked=["clock-stair:in"])
    result = play(w, state, text)
    assert result.state.location != "east-wing", steps(result)
