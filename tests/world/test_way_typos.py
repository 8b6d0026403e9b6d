"""A way typed with a typo is walked only when one way is nearest: "go est" at the Quay, where
both east and west lead out, sent newcomer 16 west (play corpus 16, n=173); now the game names
the ways instead of guessing. One nearest way is still walked ("go nrth", "go wst")."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.scope_index import only_way_near


def test_an_equally_near_pair_of_ways_is_no_guess() -> None:
    assert only_way_near("est", ["in", "east", "north", "west", "up"]) is None
    assert only_way_near("est", ["east", "south"]) == "east"  # no west here: east it is
    assert only_way_near("nrth", ["east", "north", "west"]) == "north"
    assert only_way_near("xyz", ["east", "north"]) is None


async def test_go_est_where_east_and_west_both_lead_out_does_not_walk_west() -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, "go est")
    assert live.state.location == "quay", told
    assert "east" in told.lower() and "west" in told.lower(), told  # the ways are named


@pytest.mark.parametrize(("text", "place"), [("go nrth", "chapel-street"), ("go wst", "dunes")])
async def test_one_nearest_way_is_still_walked(text: str, place: str) -> None:
    game, live = await game_at("quay")
    await _say(game, live, text)
    assert live.state.location == place
