"""What the story itself asked (newcomer 17 sat in the Ember Library's garden, was asked by the
remembered Bastian "How's the weather in there? Honestly, now.", and answered "the weather in me
is a bit grey, but ok. i will call my mother on sunday": "There's no one here to talk to"): the
next words answering the guide's check-in are its answer, whoever is present; and the story
assumes no loss the player did not name ("You think about the people you have lost" when they
thought of a mother and sister far away)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.game import CHECK_IN


@pytest.mark.parametrize(
    "answer",
    [
        "the weather in me is a bit grey, but ok. i will call my mother on sunday",
        "grey, but ok",
    ],
)
async def test_an_answer_to_the_remembered_check_in_is_heard_with_no_one_here(answer: str) -> None:
    game, live = await game_at("courtyard", world_id="ember_library")
    live.state = live.state.model_copy(update={"visits": {"bindery": 1, "courtyard": 1}})
    [asked] = await _say(game, live, "look around", gentle=True)
    guide = live.world.guide
    assert (guide.check_in_away or "").strip() in asked and live.asking == CHECK_IN
    [heard] = await _say(game, live, answer)
    assert "no one here" not in heard, heard
    assert heard == (guide.heard_away or guide.heard or "").strip(), heard


async def test_words_to_no_one_without_a_check_in_still_meet_no_one() -> None:
    game, live = await game_at("courtyard", world_id="ember_library")
    [told] = await _say(game, live, "the weather in me is a bit grey, but ok")
    assert "Thank you for telling me" not in told


async def test_sitting_to_remember_assumes_no_loss() -> None:
    game, live = await game_at("courtyard", world_id="ember_library")
    [told] = await _say(
        game, live, "i sit on the bench beside the tea and think about my mother and sister"
    )
    assert "untouched cup of tea" in told
    assert "lost" not in told, told
