"""Replies follow what was said (newcomer 17: "hello Pip, I am Marisa. you are cold here, no?"
had its question tag "no?" taken as "no, it's not your fault", a reply glued on to something
unsaid; "ok detective Pip. what time the light went out? and who is responsible for the light?"
was answered "'You said it wasn't my fault'" and "Pip answers one of your questions" when she
had answered none)."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.world.replies import Reading, read_reply


@pytest.mark.parametrize(
    "text",
    ["you are cold here, no?", "you are cold here, no", "it's late, yes?", "you are tired, right?"],
)
def test_a_question_tag_is_no_yes_or_no(text: str) -> None:
    assert not read_reply(text) & {Reading.YES, Reading.NO}


@pytest.mark.parametrize("text", ["no", "not really, no", "i think so, yes", "no, no"])
def test_a_plain_yes_or_no_still_reads(text: str) -> None:
    assert read_reply(text) & {Reading.YES, Reading.NO}


async def test_a_tag_question_to_pip_answers_nothing_she_asked() -> None:
    game, live = await game_at("harbour-wall")
    [told] = await _say(game, live, "hello Pip, I am Marisa. you are cold here, no?")
    assert "It is my fault. Isn't it?" in told
    assert "You don't know that" not in told, told  # no answer to what was never said
    assert "pip-reassured" not in live.state.flags


@pytest.mark.parametrize(
    "text",
    [
        "ok detective Pip. what time the light went out? and who is responsible for the light?",
        "ok. what time did the light go out?",
    ],
)
async def test_questions_after_an_ok_get_no_reply_to_something_unsaid(text: str) -> None:
    game, live = await game_at("harbour-wall")
    await _say(game, live, "hello pip", "it's not your fault", "yes")
    [told] = await _say(game, live, text)
    assert "You said it wasn't my fault" not in told, told
    assert "answers one of your questions" not in told, told
