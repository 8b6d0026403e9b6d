"""The grounding moment on the cliff path done in the player's words (newcomer 12: "stop and
take stock of what my senses tell me" glued "You let a minute go by" before it; newcomer 14's
"I can notice the gorse, ..." was quoted back as "I can the gorse")."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.game import Game, Live


async def _on_the_cliff_path() -> tuple[Game, Live]:
    return await game_at("cliff-path", flags=["rue-told"])


@pytest.mark.parametrize(
    "text",
    [
        "notice what my senses tell me",
        "take stock of my senses",
        "ok. stop and take stock of what my senses tell me",
        "stop, and notice what my senses can tell me",
        "i stop and notice what my senses tell me",
        "use my senses",
        "check in with my senses",
        "stop right here and take stock",
    ],
)
async def test_the_story_s_suggestion_in_the_player_s_order_is_the_grounding(text: str) -> None:
    game, live = await _on_the_cliff_path()
    [told] = await _say(game, live, text)
    assert "fog-noticed" in live.state.flags and "You plant your feet" in told, told
    assert "minute go by" not in told and "Time passes" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "I can notice the gorse, it smells a bit like coconut. I can hear the sea in the caves.",
        "I notice the warm light of the lantern in my hand, and I can smell the sea.",
    ],
)
async def test_the_player_s_own_sentence_is_quoted_with_its_verb(text: str) -> None:
    game, live = await _on_the_cliff_path()
    [told] = await _say(game, live, text)
    assert f"'{text[:-1]}.'" in told or f"'{text}'" in told, told


async def test_stopping_alone_is_still_waiting() -> None:
    game, live = await _on_the_cliff_path()
    [told] = await _say(game, live, "stop")
    assert "fog-noticed" not in live.state.flags and "plant your feet" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        # newcomer 19 (n=47, n=176) and the family of their wordings
        "I stop. I feel the ground under my boots, i smell the gorse, i hear the sea. "
        "I hold the lantern up",
        "i hold the sea glass. I can see the gorse, i can feel the cold wind, i can hear the sea",
        "i raise the lantern. i smell the gorse and i hear the sea",
        "i look the gorse, i listen the sea",
    ],
)
async def test_naming_what_the_senses_find_while_holding_something_is_the_grounding(
    text: str,
) -> None:
    """Newcomer 19: the story asked what she noticed; "... i hear the sea. I hold the lantern
    up" got "There's no sign of that here", and "i hold the sea glass. I can see the gorse, ..."
    did not open the path."""
    game, live = await game_at("cliff-path", "storm-lantern", "sea-glass", flags=["rue-told"])
    [told] = await _say(game, live, text)
    assert "fog-noticed" in live.state.flags and "You plant your feet" in told, told
    assert "no sign" not in told, told


@pytest.mark.parametrize(
    "text", ["i notice things around me", "notice the things around me", "i notice my surroundings"]
)
async def test_noticing_what_is_around_is_not_quoted_as_the_player_s_words(text: str) -> None:
    """Newcomer 19 (n=177): "i notice things around me" was quoted back as 'Things around
    me.'"""
    game, live = await _on_the_cliff_path()
    [told] = await _say(game, live, text)
    assert "fog-noticed" in live.state.flags, told
    assert "around me.'" not in told.lower() and "surroundings.'" not in told.lower(), told
