"""The player's words echoed back as they were meant (issue 14, newcomer 18): a request with a
statement after it is not made a question of the whole line ("'Could I have a cuppa please. Im
fair worn out?' you ask Rue"), and words asked on someone's behalf are turned to what is said
to them ("ask maren if she needs a hand up the tower tomorrow" was echoed "'If she needs a
hand up the tower tomorrow.'", said to her face), or not quoted at all."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.narrative.conversation import direct


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("if she needs a hand up the tower tomorrow", "Do you need a hand up the tower tomorrow?"),
        ("whether he is warm enough", "Are you warm enough?"),
        ("if they could use some help", "Could you use some help?"),
        ("if she goes up the stairs tonight", "Do you go up the stairs tonight?"),
        ("if she has the key", "Do you have the key?"),
        ("if she wants her tea", None),  # "her" would need turning too: not quoted
        ("if she needed help", None),
        ("the boats are coming in", "the boats are coming in"),  # not reported: as it is
    ],
)
def test_reported_speech_is_turned_to_direct(words: str, said: str | None) -> None:
    assert direct(words) == said


async def test_asked_on_her_behalf_she_hears_it_said_to_her() -> None:
    game, live = await game_at("cottage-kitchen", flags=["skipper-home", "lamp-lit"])
    [told] = await _say(game, live, "ask maren if she needs a hand up the tower tomorrow")
    assert "If she needs" not in told and "if she needs" not in told
    assert "'Do you need a hand up the tower tomorrow?'" in told, told


async def test_a_request_then_a_statement_is_not_one_question() -> None:
    game, live = await game_at("tea-hut")
    [told] = await _say(game, live, "rue, could i have a cuppa please. im fair worn out")
    assert "worn out?'" not in told and "you ask Rue" not in told, told
