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


async def test_sitting_with_someone_does_not_say_nothing_needs_saying() -> None:
    """Newcomers 9 and 18: "sit down near her, not too close. hi. are you ilse?" and "sit by
    the stove and have a cuppa with them all" were told "Nothing needs saying just now." and
    then, in the same reply, words said."""
    game, live = await game_at("clock-loft", world_id="ember_library")
    [told] = await _say(game, live, "sit down near her, not too close. hi. are you ilse?")
    assert "You sit down with Ilse" in told and "Nothing needs saying" not in told, told
    assert "Bastian" in told  # her words, in the same reply
