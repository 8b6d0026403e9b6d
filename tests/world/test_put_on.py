"""Putting a thing held on something here (newcomer 14 in Fenn's study, carrying the rosemary:
"I'd like to put the sprig of rosemary on Fenn's desk" was "You don't have the sprig of rosemary
to hand"): it is put down there, or refused with a clear reason."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say, game_at
from tta_server.game import Game, Live


async def _in_the_study(*held: str) -> tuple[Game, Live]:
    return await game_at("fenn-study", *held, world_id="ember_library")


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to put the sprig of rosemary on Fenn's desk",
        "put the rosemary on the desk",
        "place the rosemary on his desk",
        "set the rosemary on the desk",
        "leave the rosemary on the desk",
    ],
)
async def test_a_thing_held_is_put_down_on_a_surface_here(text: str) -> None:
    game, live = await _in_the_study("rosemary")
    [told] = await _say(game, live, text)
    assert "You put the sprig of rosemary down on Fenn's desk." in told, told
    assert "rosemary" not in live.state.inventory
    assert live.state.places["rosemary"] == "fenn-study"


async def test_a_surface_not_here_is_refused_plainly() -> None:
    game, live = await _in_the_study("rosemary")
    [told] = await _say(game, live, "put the rosemary on the moon")
    assert "You can't see any moon here to put the sprig of rosemary on." in told, told
    assert "rosemary" in live.state.inventory


async def test_a_thing_not_held_is_refused_as_not_held() -> None:
    game, live = await _in_the_study()
    [told] = await _say(game, live, "put the rosemary on the desk")
    assert "rosemary" in told and "desk" not in told.split(".")[0].lower(), told


async def test_the_world_s_own_use_of_the_two_still_wins() -> None:
    """ "put the paraffin in the lamp" is the lamp's filling, not a drop into it."""
    game, live = await _game()
    live.state = live.state.model_copy(
        update={
            "location": "lamp-room",
            "inventory": ["oil-can"],
            "places": {"oil-can": "player"},
        },
        deep=True,
    )
    [told] = await _say(game, live, "put the paraffin in the lamp")
    assert "Paraffin glugs in" in told and "down on" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "down and in to the tea hut and put the blanket round marens shoulders",  # newcomer 18
        "down, in, and put the blanket round maren's shoulders",
        "go down then in then put the blanket over maren's shoulders",
    ],
)
async def test_a_thing_put_round_someone_is_given_to_them(text: str) -> None:
    """Newcomer 18 came down from the net loft with the blanket: it was set down on the floor
    of the tea hut, not put round Maren."""
    game, live = await game_at("net-loft", "blanket")
    live.state.whereabouts["maren"] = "tea-hut"
    [told] = await _say(game, live, text)
    assert "blanket-given" in live.state.flags and "set the tartan blanket down" not in told, told


@pytest.mark.parametrize(
    "text", ["give the blanket to maren", "give maren the blanket", "put the blanket round maren"]
)
async def test_a_thing_lying_here_is_picked_up_and_given(text: str) -> None:
    """Newcomer 18: "give the blanket to maren" with the blanket on the floor beside her was
    "You aren't carrying the tartan blanket. It's right here, though: take it first"."""
    game, live = await game_at("tea-hut")
    live.state.whereabouts["maren"] = "tea-hut"
    live.state.places["blanket"] = "tea-hut"
    [told] = await _say(game, live, text)
    assert "blanket-given" in live.state.flags and "take it first" not in told, told
    assert "aren't carrying" not in told and "blanket" not in live.state.inventory, told
