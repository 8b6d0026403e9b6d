"""Thanks, then going (issue 14, newcomer 22): "thank u juno. i go find my own page in the
stacks now" thanked Juno and stayed put (the way was "page in the stacks"), and "thanks, lets
go south" took the "let's go" for an invitation to Juno (as "come on skipper, let's go home"
is). Both clauses are done, in order: the thanks, then the player's own way, to a place named
at the end of what they go to do."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps

SEEN = ["reading-room", "foyer", "stacks"]


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("thank u juno. i go find my own page in the stacks now", "stacks"),
        ("thanks, lets go south", "foyer"),
        ("thank you juno, lets head to the foyer", "foyer"),
        ("cheers! lets go south", "foyer"),
        ("thanks juno. i go look for my book in the stacks", "stacks"),
    ],
)
def test_thanks_then_a_way_does_both_in_order(text: str, to: str) -> None:
    result = played("ember_library", "reading-room", ["talk to juno", text], SEEN)
    found = steps(result)
    assert found[0][1] == "talk.thanks", found
    assert ("go", "go.ok") in found and result.state.location == to, found


def test_lets_go_home_to_an_animal_is_still_said_to_it() -> None:
    result = played("lantern_coast", "dune-hollow", ["come on skipper, let's go home"])
    assert steps(result)[0][0] == "talk", steps(result)
