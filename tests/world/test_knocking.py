"""Knocking at a place that is a way out of here plays (newcomer 15 on Chapel Street, with
Lamp Cottage east: "knock on lamp cottage", "knock on the door of lamp cottage", "knock on door
east" were refused, or knocked on "the way e")."""

from __future__ import annotations

import pytest

from tests.pipeline.test_arc_phrasings import _before
from tests.world.test_conversation import _say, game_at


@pytest.mark.parametrize(
    "text",
    [
        "knock on lamp cottage",
        "knock on the door of lamp cottage",
        "knock on door east",
        "knock at lamp cottage's door",
        "bang on the door to lamp cottage",
    ],
)
async def test_a_knock_on_a_place_next_door_walks_there_and_knocks(text: str) -> None:
    game, live = await game_at("chapel-street")
    [told] = await _say(game, live, text)
    assert live.state.location == "cottage-step", told
    assert "You knock. Inside, a chair creaks" in told, told
    assert "no sign" not in told and "the way e" not in told, told


async def test_a_knock_on_a_way_with_a_door_here_is_a_knock_on_that_door() -> None:
    game, live = await game_at("clock-stair", world_id="ember_library")
    [told] = await _say(game, live, "knock on the door of fenn's study")
    assert live.state.location == "clock-stair", told
    assert "The study door is locked" in told, told


async def test_a_knock_on_something_here_stays_here() -> None:
    game, live = await game_at("chapel-street")
    [told] = await _say(game, live, "knock on the painted doors")
    assert live.state.location == "chapel-street", told
    assert "painted doors" in told, told


async def test_a_knock_on_a_place_whose_door_stands_open_goes_in() -> None:
    game, live = await game_at(
        "chapel-street", unlocked=["cottage-step:in"], flags=["skipper-home"]
    )
    [told] = await _say(game, live, "knock on the door of lamp cottage")
    assert "You knock on the blue door, though it stands open" in told, told
    assert live.state.location == "cottage-kitchen", told


@pytest.mark.parametrize(
    "text",
    [
        "knock on the door and say its ron from rues, ive brought you some broth",  # newcomer 18
        "hello maren, it's only me from the tea hut",
        "knock and say i've brought you something from rue",
    ],
)
async def test_words_at_an_open_door_go_in_to_the_one_inside(text: str) -> None:
    """Newcomer 18 at Lamp Cottage, the blue door open and Maren inside: the words were "You
    speak, but there's no one here to hear it"."""
    game, live = await game_at("cottage-step")
    live.state = _before("lantern-coast", "go in").model_copy(deep=True)
    assert live.state.location == "cottage-step"
    [told] = await _say(game, live, text)
    assert live.state.location == "cottage-kitchen", told
    assert "no one here" not in told and "Maren" in told, told


@pytest.mark.parametrize("text", ["its cold", "lok", "wats going on"])
async def test_words_to_no_one_do_not_walk_through_an_open_door(text: str) -> None:
    """Newcomer 15's first words on the quay, Rue's door open: said where the player stands."""
    game, live = await game_at("quay")
    await _say(game, live, text)
    assert live.state.location == "quay"
