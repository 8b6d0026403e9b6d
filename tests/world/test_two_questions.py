"""Two questions in one input (newcomer 14: "Where would I find Pip, please? And is there
anything I should take with me to the lighthouse?" had only the first answered, the other
dropped without a word): both are answered, or the story says plainly the other was not."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say

_LEFT = ("lets the other go by", "other question goes unanswered")


@pytest.mark.parametrize(
    "text",
    [
        "Where would I find Pip, please? And is there anything I should take to the lighthouse?",
        "where is the lamp? and who lives up there?",
    ],
)
async def test_a_second_question_left_aside_is_said_so(text: str) -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse", "yes")
    [told] = await _say(game, live, text)
    assert any(x in told for x in _LEFT), told


async def test_two_questions_both_answered_need_no_such_line() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse", "yes")
    [told] = await _say(game, live, "who is pip? and where is maren?")
    assert "Pip Dunn" in told and "Maren Holt" in told, told
    assert not any(x in told for x in _LEFT), told


async def test_a_second_question_after_also_is_answered_not_dropped() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse", "yes")
    [told] = await _say(game, live, "where's pip? also, what should i bring to the lighthouse?")
    assert "Harbour Wall" in told and "storm lantern" in told, told
