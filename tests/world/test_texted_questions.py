"""A question typed the texting way ("wats going on", "wat is that") is a question like "what
...", said to whoever is here or answered as asked of no one (newcomer 15: "wats going on" was
not understood)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.vocabulary import QUESTION_WORDS


@pytest.mark.parametrize("word", ["wat", "wats", "wot", "wut"])
def test_texted_what_starts_a_question(word: str) -> None:
    assert word in QUESTION_WORDS


async def test_wats_going_on_is_asked_of_whoever_is_here() -> None:
    game, live = await game_at("tea-hut")
    told = await _say(game, live, "wats going on", "what's going on")
    assert "Rue" in told[0] and "drift off" not in told[0], told
