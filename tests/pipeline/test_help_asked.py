""" "Help" in a sentence about the player's life is no request for a hint (newcomer 27, corpus
24): at the boiler-room stove, "this is anger. i know this feeling, like in garage when
everything go wrong and nobody to help" named the feeling and got the game's hint instead,
so the naming was lost. The player's own request for help is still one."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import steps
from tta_server.pipeline import parser
from tta_server.pipeline.play import play
from tta_server.world import new_state

WALK = ["go in", "i give cat biscuits to footnote", "follow the cat", "go down", "x stove"]


@pytest.mark.parametrize(
    "text",
    [
        "this is anger. i know this feeling, like in garage when everything go wrong and nobody "
        "to help",
        "this is anger. i know it from work, when theres no one to help",
    ],
)
def test_naming_with_a_life_that_has_no_help_in_it_still_names(text: str) -> None:
    w = world("ember_library")
    state = new_state(w)
    for said in WALK:
        state = play(w, state, said).state
    result = play(w, state, text)
    assert [(s.action.intent, s.outcome.message_key) for s in result.steps] == [
        ("name", "verb.ok")
    ], steps(result)


@pytest.mark.parametrize(
    "text", ["i need help", "i think i need some help", "i need a hint", "help me"]
)
def test_asking_for_help_is_still_help(text: str) -> None:
    assert [i.intent for i in parser.parse(text)] == ["help"]
