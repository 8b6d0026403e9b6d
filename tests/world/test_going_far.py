""" "go to X" for a place not next door, seen or not, says the way instead of refusing
(newcomers 12-15: "go to marens kitchen" was "You can't get there from here, not directly",
"go to harbor wall" "No path leads there from here", "go to the burnt wing" only "shut just
now, past the East Corridor")."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

_SEEN = {"dunes": 1, "quay": 1}


@pytest.mark.parametrize(
    "text", ["go to marens kitchen", "go to maren's kitchen", "go to Maren’s kitchen"]
)
async def test_a_place_behind_a_shut_door_is_named_with_the_way_it_starts(text: str) -> None:
    game, live = await game_at("dunes", visits=_SEEN)
    [told] = await _say(game, live, text)
    assert "The way to Maren's Kitchen starts east, to the Quay" in told, told
    assert "past Lamp Cottage" in told and "can't get there" not in told, told


async def test_a_shut_way_further_on_says_where_it_starts() -> None:
    game, live = await game_at("foyer", world_id="ember_library")
    [told] = await _say(game, live, "go to the burnt wing")
    assert "starts east, to the East Corridor" in told, told


@pytest.mark.parametrize("text", ["go to harbor wall", "go to the harbor wall"])
async def test_a_place_not_seen_spelt_the_american_way_is_walked_to(text: str) -> None:
    game, live = await game_at("dunes", visits=_SEEN)
    [told] = await _say(game, live, text)
    assert live.state.location == "harbour-wall", told


async def test_a_place_not_next_door_and_not_walked_yet_says_the_first_step() -> None:
    game, live = await game_at("tea-hut", visits={"tea-hut": 1})
    [told] = await _say(game, live, "go to lamp cottage")
    assert "It starts out, to the Quay" in told, told


@pytest.mark.parametrize(
    "text", ["i go back to Rue tea hut", "go to rue tea hut", "go to rues tea hut", "go to Rue's"]
)
async def test_a_visited_place_named_without_its_possessive_is_gone_to(text: str) -> None:
    """Newcomer 19 (n=37): "i go back to Rue tea hut" from Lamp Cottage got "No path leads
    there from here", though she had come from there."""
    visits = {"quay": 1, "tea-hut": 1, "chapel-street": 1, "cottage-step": 1}
    game, live = await game_at("cottage-step", visits=visits)
    [told] = await _say(game, live, text)
    assert live.state.location == "tea-hut", told


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("i follow footnote east", "east-corridor"),
        ("follow the cat north", "reading-room"),
        ("follow footnote to the east", "east-corridor"),
    ],
)
async def test_following_someone_a_way_goes_that_way(text: str, to: str) -> None:
    """Newcomer 19 (n=81): "i follow footnote east" in the Round Foyer got "No path leads
    there from here", east an open way."""
    game, live = await game_at("foyer", world_id="ember_library")
    [told] = await _say(game, live, text)
    assert live.state.location == to, told
