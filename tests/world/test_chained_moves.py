"""A run of ways typed without commas is a walk, one way after another (newcomer 15: "out n up"
in Rue's tea hut, meant out, north, up, was not understood while "w then in" was)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.clauses import clauses


@pytest.mark.parametrize(
    ("text", "ways"),
    [
        ("out n up", ["out", "n", "up"]),
        ("go e e n", ["e", "e", "n"]),
        ("out and n then e", ["out", "n", "e"]),
        ("up up up", ["up", "up", "up"]),
        ("stand still n breathe", ["stand still", "breathe"]),  # n before a verb: and (play30)
        ("go up the stairs", ["go up the stairs"]),
        ("north", ["north"]),
    ],
)
def test_a_clause_of_ways_only_is_one_clause_a_way(text: str, ways: list[str]) -> None:
    assert clauses(text, frozenset()) == ways


async def test_out_n_up_walks_out_north_then_tries_up() -> None:
    game, live = await game_at("tea-hut")
    [told] = await _say(game, live, "out n up")
    assert live.state.location == "chapel-street", told
    assert "to the Quay" in told and "to Chapel Street" in told, told


async def test_a_run_of_abbreviations_walks_each_way() -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, "n e")
    assert live.state.location == "cottage-step", told


@pytest.mark.parametrize(
    "text",
    [
        "west, then west again to the dunes",  # newcomer 18 on the harbour wall
        "west, west again, to the dunes",
        "w then w again towards the dunes",
        "west and then west again to the dunes",
    ],
)
async def test_a_way_said_again_before_the_place_walks_both(text: str) -> None:
    """Newcomer 18: "west, then west again to the dunes" went only to the quay (the second
    clause was not understood) while "out and east" went both ways."""
    game, live = await game_at("harbour-wall")
    [told] = await _say(game, live, text)
    assert live.state.location == "dunes", told
    assert "to the Quay" in told and "to the Dunes" in told, told
