"""One reply from a character for one input (issue 14, newcomer 18): "hello pip, its cold out
here. you alright duck" had Pip pour out her guilt and then, in the same reply, "Fine. I'm
fine." (her story answered how she is; her how-are-you line after it contradicted it)."""

from __future__ import annotations

from tests.world.test_conversation import _say, game_at


async def test_how_she_is_is_not_said_again_after_her_story() -> None:
    game, live = await game_at("harbour-wall")
    [told] = await _say(game, live, "hello pip, its cold out here. you alright duck")
    assert "It's my fault" in told and "I'm fine" not in told, told


async def test_how_she_is_is_still_said_when_asked_alone() -> None:
    game, live = await game_at("harbour-wall")
    await _say(game, live, "hello pip")
    [told] = await _say(game, live, "you alright duck?")
    assert "I'm fine" in told, told  # a turn of its own: how she is, as before
