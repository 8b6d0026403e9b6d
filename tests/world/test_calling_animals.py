"""Calling an animal (issue 14, newcomer 15 at the dunes): "Skipper! Here boy!", "here skipper",
"come here, dog" were not understood ("I know the word 'skipper', but not 'here' or 'boy'");
they call it, as "call skipper" does: one out of sight does not come, in a line of its own with
no comfort tacked on; one here hears it."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.play import play

CALLS = ("Skipper! Here boy! Skipper!", "SKIPPER!!! here boy", "here skipper", "come here, dog")


@pytest.mark.parametrize("text", [*CALLS, "call skipper"])
async def test_calling_skipper_out_of_sight_says_he_does_not_come(text: str) -> None:
    w, state = placed("lantern_coast", "dunes")
    assert steps(play(w, state, text)) == [("talk", "talk.called")]
    game, live = await game_at("dunes")
    [told] = await _say(game, live, text)
    assert "Skipper" in told and "dog" in told and "I know the word" not in told, told
    assert "another way" not in told and "worth a try" not in told, told


@pytest.mark.parametrize("text", CALLS)
def test_calling_skipper_where_he_is_talks_to_him(text: str) -> None:
    w, state = placed("lantern_coast", "dune-hollow")
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id) == ("talk", "skipper")
    assert step.outcome.message_key != "talk.called"


def test_words_that_only_name_no_call_are_no_call() -> None:
    w, state = placed("lantern_coast", "dunes")
    assert steps(play(w, state, "skipper")) != [("talk", "talk.called")]


@pytest.mark.parametrize(
    "text",
    [
        "good lad skipper. come on boy, lets get you home",  # newcomer 18 in the hollow
        "let's get you home, skipper",
        "come on, let's take you back",
    ],
)
async def test_lets_get_you_home_is_said_to_the_dog(text: str) -> None:
    """Newcomer 18: "come on boy, lets get you home" ended "There's no sign of that here" (a
    take of "you home")."""
    game, live = await game_at("dune-hollow", flags=["heard-skipper", "skipper-calm"])
    [told] = await _say(game, live, text)
    assert "no sign" not in told and "Skipper" in told, told
