"""Places and things named as newcomer 10 named them, in other words and both worlds: a place
"home to" or "back to" ("go home to the quay" was refused), an American spelling of a place's
word ("the harbor wall"), and a plural of one thing ("dig through the ashes": "There's no
sign of any ashes here")."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [
        ("lantern_coast", "lamp-room", ["quay", "chapel-street", "cliff-path", "headland",
         "lighthouse-yard", "tower-stair"], "walk back home to the quay", "quay"),
        ("ember_library", "clock-loft", ["foyer", "bindery", "east-corridor", "clock-stair"],
         "head back to the bindery now", "bindery"),
        ("lantern_coast", "quay", ["harbour-wall"], "go over to the harbor wall", "harbour-wall"),
    ],
)  # fmt: skip
def test_a_place_named_as_typed_is_walked_to(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    result = played(name, at, [text], seen)
    assert result.state.location == to, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "held", "text", "thing"),
    [
        ("ember_library", "east-wing", ["binders-lantern"], "poke about in the ashes", "ash"),
        ("lantern_coast", "net-loft", [], "look at the glass floats", "glass-float"),
    ],
)
def test_a_plural_of_one_thing_is_that_thing(
    name: str, at: str, held: list[str], text: str, thing: str
) -> None:
    result = played(name, at, [text], held=held)
    assert result.steps and result.steps[-1].outcome.ok, steps(result)
    assert result.steps[-1].action.target_id == thing, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "held", "flags", "text", "to"),
    [
        ("ember_library", "east-corridor", ["binders-lantern"], ["ember-cooled"],
         "up the clock stair then", "clock-stair"),
        ("lantern_coast", "chapel-street", ["storm-lantern"], [], "up along the cliff path",
         "cliff-path"),
    ],
)  # fmt: skip
def test_a_way_and_what_it_goes_along_is_going_that_way(
    name: str, at: str, held: list[str], flags: list[str], text: str, to: str
) -> None:
    """ "up the clock stair" was "I know the words 'up', 'clock' and 'stair'"."""
    result = played(name, at, [text], held=held, flags=flags)
    assert result.state.location == to, steps(result)
