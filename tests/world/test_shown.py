"""Showing someone here a thing held (newcomer 14: "show the glasses to bastian" was refused,
"Nothing comes of that"): they look at it with you, and say whom it is for when it is another
character's gift; the one it is for still takes it."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.game import Game, Live


async def _at(place: str, *held: str) -> tuple[Game, Live]:
    return await game_at(place, *held, world_id="ember_library")


@pytest.mark.parametrize(
    "text",
    [
        "show the glasses to bastian",
        "show bastian the glasses",
        "show him the glasses",
        "I'd like to show Bastian the half-moon glasses",
    ],
)
async def test_showing_someone_a_thing_is_understood(text: str) -> None:
    game, live = await _at("bindery", "fenn-glasses")
    await _say(game, live, "look at bastian")
    [told] = await _say(game, live, text)
    assert "Bastian looks at the pair of half-moon glasses" in told, told
    assert "Ilse should see this" in told and "Nothing comes of that" not in told
    assert "fenn-glasses" in live.state.inventory  # shown, not given


async def test_a_thing_that_is_no_ones_gift_is_looked_at() -> None:
    game, live = await _at("bindery", "lantern")
    [told] = await _say(game, live, "show bastian the lantern")
    assert "Bastian looks at the binder's lantern with you, and nods." in told, told


async def test_the_one_it_is_for_still_takes_it() -> None:
    game, live = await _at("clock-loft", "fenn-glasses")
    live.state.whereabouts["ilse"] = "clock-loft"
    [told] = await _say(game, live, "show ilse the glasses")
    assert "Ilse goes completely still" in told and "fenn-glasses" not in live.state.inventory
