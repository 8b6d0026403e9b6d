"""Small commands as a fast, chat-spelling newcomer types them (play corpus 18): a pronoun
right after taking something, "n" for "and" in a list, a trailing "lol" or "haha", and a
clause the player says about themself after a move."""

from __future__ import annotations

from tests.world.test_conversation import _game, _say


async def test_eat_it_right_after_taking_the_biscuit_eats_the_biscuit() -> None:
    """Newcomer 18 (n=10): "take biscuit" then "eat it" met "There's no sign of that here"."""
    game, live = await _game()
    told = await _say(game, live, "go in", "take biscuit", "eat it")
    assert "ginger biscuit" in told[-1] and "no sign" not in told[-1], told[-1]

