"""A direction, then "in" and a place (issue 14, newcomer 27, corpus 24 n=55: "now i go up in
tower" in the lighthouse yard heard only "up", and there is no way up from the yard): as "up
into the tower", the place, with the direction only when no place is called that."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("at", "text", "to"),
    [
        ("lighthouse-yard", "now i go up in tower", "tower-stair"),
        ("lighthouse-yard", "go up inside the tower", "tower-stair"),
        ("quay", "i go down in the harbour wall", "harbour-wall"),
    ],
)
def test_a_direction_in_a_place_goes_to_the_place(at: str, text: str, to: str) -> None:
    result = played("lantern_coast", at, [text], ["quay", "harbour-wall", "lighthouse-yard"])
    assert result.state.location == to, steps(result)


def test_a_way_in_a_place_here_is_still_the_way() -> None:
    result = played("ember_library", "foyer", ["go east in the corridor"], ["east-corridor"])
    assert result.state.location == "east-corridor", steps(result)
