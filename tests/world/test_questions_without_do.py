"""Questions in second-language English that leave out their "do" (newcomer 19, a nurse from
Brazil: "how i go to the Lamp Cottage?" was talk to no one, "what i do now?" no hint): read as
"how do i go to ...", "what do i do now"."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.clauses import normalise


@pytest.mark.parametrize(
    "text",
    ["how i go to the Lamp Cottage?", "how do i go to lamp cottage", "how we go to lamp cottage?"],
)
async def test_asking_how_to_go_somewhere_is_told_the_way(text: str) -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, text)
    assert "the way to Lamp Cottage" in told and "It starts" in told, told
    assert "no one here" not in told, told


@pytest.mark.parametrize(
    "text", ["what i do now?", "what i do now? hint", "what we do now", "what i can do?"]
)
async def test_asking_what_to_do_without_do_is_a_hint(text: str) -> None:
    game, live = await game_at("quay")
    [told] = await _say(game, live, text)
    assert "ask her about the light" in told, told  # the hint, not words to no one
    assert "no one here" not in told and "Nobody is here" not in told, told


@pytest.mark.parametrize("text", ["where i am", "what i said was true", "what i did"])
def test_a_question_word_before_its_own_verb_is_left_alone(text: str) -> None:
    assert " do " not in f" {normalise(text)} ", normalise(text)
