"""The player's words are theirs (newcomer 17, a nurse: "Maren, how are you feeling? you have a
bad cough, Rue said. I am a nurse, let me see" was answered "'I can't do it without you,' you
tell her. 'I don't know how. Will you teach me?'", and Maren gave her key before her story):
a moment taken by talk narrates the asking without a scripted speech, and a question about the
character or an offer of help hears their own telling before their moment of practice."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

#: Maren once the broth has warmed her to the player (attitude 2: her key is open to asking).
_WARMED = {"attitudes": {"maren": 2}, "done": ["give:maren:flask"]}
_SCRIPTED = ("you tell her", "Will you teach me?")


@pytest.mark.parametrize(
    "text",
    [
        "Maren, how are you feeling? you have a bad cough, Rue said. I am a nurse, let me see",
        "how are you feeling, maren?",
        "Maren, i can climb the stairs for you. will you tell me how to light it?",
        "are you ok? let me help you",
    ],
)
async def test_a_question_about_her_or_an_offer_hears_her_story_first(text: str) -> None:
    game, live = await game_at("cottage-kitchen", **_WARMED)
    [told] = await _say(game, live, text)
    assert "I know why you're here" in told, told  # her story, before any key
    given = told.find("takes the key off its nail")
    assert given == -1 or given > told.index("I know why you're here"), told
    assert not any(x in told for x in _SCRIPTED), told


async def test_asking_maren_to_teach_gives_the_key_without_words_put_in_the_mouth() -> None:
    game, live = await game_at("cottage-kitchen", **_WARMED)
    await _say(game, live, "how are you, maren?")
    [told] = await _say(game, live, "will you teach me how to light the lamp?")
    assert "lighthouse-key" in live.state.inventory
    assert not any(x in told for x in _SCRIPTED), told


@pytest.mark.parametrize(
    "text",
    [
        "Rue, what you have for me? I need something for go to the lighthouse",
        "i need a light for the fog and something warm for Maren",
    ],
)
async def test_asking_rue_for_help_is_not_rewritten_as_a_speech(text: str) -> None:
    game, live = await game_at("tea-hut")
    await _say(game, live, "ask rue about the lighthouse", "yes")
    [told] = await _say(game, live, text)
    assert "storm-lantern" in live.state.inventory
    assert "you tell her" not in told and "Could you help me?" not in told, told
