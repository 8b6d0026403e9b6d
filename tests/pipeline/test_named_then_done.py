"""A feeling named in a short opening sentence, then a command (newcomer corpus 28: "fine,
it's anger. i'm annoyed. can i shut the stove now" at the stove that asks to be named met "You
breathe at the stove ... Perhaps name it first"). The naming moment takes the opening words
that name the feeling, then the rest is played."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    "text",
    [
        "right, it's rage tbh. shut the stove",
        "ok fine. it's anger. cool the stove",
        "i'd call it fury. breathe slowly",
        "ugh. resentment, i think. now bank the stove",
        "its anger ok. can i close the stove now",
    ],
)
def test_a_feeling_named_then_a_command_does_both(text: str) -> None:
    result = played("ember_library", "boiler-room", [text])
    assert steps(result)[0] == ("name", "verb.ok"), steps(result)
    assert "anger-named" in result.state.flags
    assert len(result.steps) == 2 and result.steps[1].action.intent == "breathe", steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "the stove is very hot. go up",  # no feeling named: the command alone
        "i feel like this whole building is angry at me for being here at all. go up",  # long
        "my, what a furious little stove. i shall name it in a moment",  # the thing described
    ],
)
def test_no_short_naming_first_is_played_as_usual(text: str) -> None:
    result = played("ember_library", "boiler-room", [text])
    assert "anger-named" not in result.state.flags, steps(result)
