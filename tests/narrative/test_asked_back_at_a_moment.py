"""A question back is no answer (issue 14, newcomer 22): in the boiler room, told to "call it by
its name", "call it by its name? what name? the stove?" was spoken as "'By its.'" and credited
as naming feelings. A moment of naming asked back about says what is meant, credits nothing and
stays open; words that name no feeling are not quoted as if they did; naming it still works."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play
from tta_server.world.vocab import Skill


@pytest.mark.parametrize(
    "text",
    [
        "call it by its name? what name? the stove?",
        "name it? name what?",
        "call it by its name? what do you mean",
        "name the feeling? which feeling?",
    ],
)
def test_a_question_back_is_answered_and_credits_nothing(text: str) -> None:
    w, state = placed("ember_library", "boiler-room")
    result = play(w, state, text)
    assert Skill.NAMING_FEELINGS not in result.state.skills, text
    told = narrated(w, state, text)
    assert "as a feeling" in told or "the feeling in it" in told, told
    assert "'By its" not in told, told
    after = play(w, result.state, "it is anger")  # still open: naming it then is the moment
    assert Skill.NAMING_FEELINGS in after.state.skills


@pytest.mark.parametrize("text", ["call it by its name", "call it by its proper name"])
def test_a_fragment_naming_no_feeling_is_not_quoted(text: str) -> None:
    w, state = placed("ember_library", "boiler-room")
    told = narrated(w, state, text)
    assert "'By its" not in told and "'Proper" not in told, told


def test_naming_a_feeling_is_still_quoted_and_credited() -> None:
    w, state = placed("ember_library", "boiler-room")
    assert "'It feels like anger.'" in narrated(w, state, "it feels like anger")
    assert Skill.NAMING_FEELINGS in play(w, state, "name it").state.skills
