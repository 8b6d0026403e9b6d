"""What newcomer corpora 29 and 30 met on main (issue 14, play 35), each fixed and proved here:
an answer to "How are you doing, truly?" read as a command ("Truly? Tired, early shifts ...
I'll ring the kids tomorrow": "You can't find that here")."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.game import CHECK_IN
from tta_server.world.views import guide_words

TRULY = (
    "Truly? Tired, early shifts. Money's okay. Dad's recovering. I'll ring the kids tomorrow "
    "and I've got them Saturday, so not bad."
)
ANSWERS = [TRULY, "honestly? knackered. I'll phone my sister later and we'll see"]
ALONE = [("ember_library", "boiler-room"), ("lantern_coast", "lamp-room")]


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize(("world_id", "place"), ALONE)
async def test_an_answer_to_the_check_in_with_a_plan_in_it_is_heard(
    world_id: str, place: str, answer: str
) -> None:
    """Corpus 30 (story 2, turn 7): asked how they were, a player answered with their week and a
    plan ("I'll ring the kids"); the plan was read as a command and refused."""
    game, live = await game_at(place, world_id=world_id)
    await _say(game, live, "look around", gentle=True)
    assert live.asking == CHECK_IN
    [heard] = await _say(game, live, answer)
    assert heard == guide_words(live.world, live.state, "heard").strip(), heard
    assert "can't find" not in heard and "know the word" not in heard


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize(("world_id", "place"), ALONE)
async def test_how_one_is_told_with_a_concern_is_heard_not_refused(
    world_id: str, place: str, answer: str
) -> None:
    """The same words screened as a concern themselves: not the check-in's question and then a
    refusal of the words that answered it already, but the guide's thanks for telling it."""
    game, live = await game_at(place, world_id=world_id)
    [heard] = await _say(game, live, answer, gentle=True)
    assert heard == guide_words(live.world, live.state, "heard").strip(), heard
    assert "How are you doing" not in heard and "weather in there" not in heard
    assert "can't find" not in heard and "know the word" not in heard
