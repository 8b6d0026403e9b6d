"""Small commands as a fast, chat-spelling newcomer types them (play corpus 18): a pronoun
right after taking something, "n" for "and" in a list, a trailing "lol" or "haha", and a
clause the player says about themself after a move."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say, game_at


async def test_eat_it_right_after_taking_the_biscuit_eats_the_biscuit() -> None:
    """Newcomer 18 (n=10): "take biscuit" then "eat it" met "There's no sign of that here"."""
    game, live = await _game()
    told = await _say(game, live, "go in", "take biscuit", "eat it")
    assert "ginger biscuit" in told[-1] and "no sign" not in told[-1], told[-1]


async def test_n_between_two_things_is_and() -> None:
    """Newcomer 18 (n=235): "get paraffin n matches" took only the matches."""
    game, live = await game_at("oil-store")
    await _say(game, live, "get paraffin n matches")
    assert {"oil-can", "matches"} <= set(live.state.inventory), live.state.inventory


async def test_laughter_and_please_after_a_noun_are_not_part_of_it() -> None:
    """Newcomer 18 (n=201): "skip a stone lol" met "You aren't carrying any stone lol"."""
    game, live = await game_at("tideline")
    for tail in ("lol", "haha", "pls", "lmao"):
        [told] = await _say(game, live, f"take sea glass {tail}")
        assert tail not in told.lower(), told
        assert "sea-glass" in live.state.inventory, (tail, told)
        await _say(game, live, "drop sea glass")
        [told] = await _say(game, live, f"skip a stone {tail}")
        assert tail not in told.lower(), told


@pytest.mark.parametrize(
    "text",
    [
        "just push on up, ill be fine",
        "go up, i'll be ok",
        "keep going up, im fine lol",
        "go up, dont worry about me",
        "go up. i got this",
    ],
)
async def test_a_reassurance_after_a_command_is_not_a_thing_to_find(text: str) -> None:
    """Newcomer 18 (n=226): "just push on up, ill be fine" met "You can't find any ill be fine
    here". The command is read; the player's words about themself are not a noun."""
    game, live = await game_at("cliff-path")
    [told] = await _say(game, live, text)
    assert "fine here" not in told and "can't find" not in told, told
    assert "The path vanishes into white" in told, told


@pytest.mark.parametrize("text", ["take your time", "take my time", "take it easy", "no rush"])
async def test_taking_time_is_no_thing_to_take(text: str) -> None:
    """Newcomer 19 (n=220): "take your time" to Ilse was read as taking a thing called
    "time" ("There's no sign of any time here")."""
    game, live = await game_at("clock-loft", world_id="ember_library")
    [told] = await _say(game, live, text)
    assert "any time" not in told and "no sign" not in told and "find" not in told, told
