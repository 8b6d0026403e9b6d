"""A place the player says they come from is quoted with its capitals (newcomer corpus 28:
"I'm from bristol." quoted back as typed)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.narrative.conversation import placed_capitalised


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("i'm from cardiff", "i'm from Cardiff"),
        ("we are from new york, sort of", "we are from New York, sort of"),
        ("i grew up in leeds tbh", "i grew up in Leeds tbh"),
        ("im from round here", "im from round here"),
        ("i live near the sea", "i live near the sea"),
    ],
)
def test_the_place_gets_its_capitals(said: str, quoted: str) -> None:
    assert placed_capitalised(said) == quoted


async def test_told_to_rue_the_place_is_quoted_with_a_capital() -> None:
    game, live = await game_at("tea-hut")
    [told] = await _say(game, live, "rue, i'm from glasgow actually")
    assert "Glasgow" in told and "glasgow" not in told, told
