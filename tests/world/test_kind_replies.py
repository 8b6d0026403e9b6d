"""Kind replies to a character who has just confided (play corpus 18): thanks for telling,
sympathy ("that sounds really hard", "i'm sorry that happened", "that must have been awful")
and understanding ("i get it") are kind words the character answers, never words that "hang
in the air" nor a thing to take."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.world.replies import Reading, read_reply
from tta_server.world.views import character_line

SYMPATHY = [
    "thx for telling me. that sounds really hard",
    "that sounds rough",
    "im sorry that happened",
    "i'm so sorry that happened to you",
    "that must have been awful",
    "that mustve been so scary",
    "sorry to hear that",
    "thats so sad",
    "i get it. sometimes u just wanna hide",
    "i get it",
    "i totally understand",
    "that's a lot to carry",
]


@pytest.mark.parametrize("words", SYMPATHY)
def test_sympathy_reads_kind_and_not_as_an_apology(words: str) -> None:
    found = read_reply(words)
    assert Reading.KIND in found and Reading.SORRY not in found, found


@pytest.mark.parametrize("words", ["sorry, my bad", "i'm so sorry", "sorry i was rude"])
def test_an_apology_stays_an_apology(words: str) -> None:
    assert Reading.SORRY in read_reply(words)


@pytest.mark.parametrize("words", SYMPATHY)
async def test_kind_words_after_ilses_confession_are_answered(words: str) -> None:
    """Newcomer 18 (n=168): "thx for telling me. that sounds really hard" after Ilse's
    confession met "The words hang in the air, and nothing answers them"; (n=151) "i get it.
    sometimes u just wanna hide" met "You can't find that here"."""
    game, live = await game_at("clock-loft", world_id="ember_library", attitudes={"ilse": 1})
    live.state.whereabouts["ilse"] = "clock-loft"
    [confession] = await _say(game, live, "can u tell me about the fire now?")
    assert "He left me his book" in confession
    ilse = live.world.character("ilse")
    assert ilse is not None
    kindness = character_line(live.world, live.state, ilse, "kindness")
    [told] = await _say(game, live, words)
    assert kindness and kindness in told, told
