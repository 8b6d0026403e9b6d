"""The places a turn walks through in one go are on the map as the player passed them
(newcomer 19: after "go to the burnt wing" with the lantern, the map still showed the East
Corridor's way east to the Burnt Wing shut)."""

from __future__ import annotations

from tests.narrative.scenes import world
from tta_server.game import summary
from tta_server.pipeline.play import play
from tta_server.world import new_state


def test_a_place_walked_through_in_one_go_is_passed_with_its_ways_as_they_were() -> None:
    w = world("ember_library")
    visits = {"bridge-steps": 1, "foyer": 1, "east-corridor": 1, "east-wing": 1}
    state = new_state(w).model_copy(
        update={
            "location": "foyer",
            "inventory": ["lantern"],
            "places": {"lantern": "player"},
            "visits": visits,
        },
        deep=True,
    )
    played = play(w, state, "go to the burnt wing")
    assert played.state.location == "east-wing", [s.outcome.message_key for s in played.steps]
    told = summary(w, played.steps[-1].context, played.steps)
    corridor = [p for p in told.passed if p.location_id == "east-corridor"]
    assert corridor, told.passed
    east = [e for e in corridor[0].exits if e.direction == "east"]
    assert east and east[0].open, corridor[0].exits
