"""Faults from newcomer 20 (issue 14): polite requests of the step's own verb, a move said in
a sentence, a question to the game with a character's name in it, a yes to an invitation
after the one who asked has gone, manner adverbs read as things."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    "text",
    [
        "Could I look up my own book please? Margaret.",
        "look up my book",
        "can i look up my own book please",
        "I'd like to look up my book",
    ],
)
def test_a_world_verb_on_what_it_is_about_uses_the_one_thing_it_is_done_with(text: str) -> None:
    """At the card catalogue, just told by Bastian to look up her own book, "Could I look up
    my own book please?" was "That doesn't seem to belong to this place" (the books on the
    shelves are scenery; the catalogue is what "look up" is done with)."""
    result = played("ember_library", "foyer", [text])
    assert [s.outcome.message_key for s in result.steps] == ["verb.ok"], steps(result)
    assert "catalogue-card" in result.state.inventory
