"""The player's own word for the feeling is the one the story quotes (issue 14, newcomer 27):
"name it: resentment" at the boiler-room stove was told "you say what you see, out loud,
plainly: 'This is anger.'" (one word was too few to quote); words naming no feeling were
credited as naming it."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.pipeline.play import play
from tta_server.world import new_state
from tta_server.world.vocab import Skill

_STOVE = {"location": "boiler-room"}
_SCRIPTED = "'This is anger.'"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("name it: bitterness", "'Bitterness.'"),
        ("call it jealousy", "'Jealousy.'"),
        ("name the feeling: loneliness", "'Loneliness.'"),
        ("label it envy", "'Envy.'"),
        ("shame", "'Shame.'"),
    ],
)
def test_one_word_for_the_feeling_is_quoted(text: str, quoted: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update=_STOVE), text)
    assert quoted in told, told
    assert _SCRIPTED not in told, told


@pytest.mark.parametrize("text", ["name it: teapot", "call it a tuesday", "name it: fish soup"])
def test_words_naming_no_feeling_are_nudged_not_credited(text: str) -> None:
    w = world("ember_library")
    played = play(w, new_state(w).model_copy(update=_STOVE), text)
    assert Skill.NAMING_FEELINGS not in played.state.skills, text
    told = narrated(w, new_state(w).model_copy(update=_STOVE), text)
    assert "as a feeling" in told or "the feeling in it" in told, told


@pytest.mark.parametrize("text", ["name it", "call it by its name", "say what it is"])
def test_the_command_alone_still_names_it(text: str) -> None:
    w = world("ember_library")
    played = play(w, new_state(w).model_copy(update=_STOVE), text)
    assert Skill.NAMING_FEELINGS in played.state.skills, text
