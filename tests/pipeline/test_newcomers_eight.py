"""What the eighth newcomer met in play (issue 14), tested in other words and in both worlds:
a character who answered one sentence bringing up their own topic on the next sentence of the
same input ("half hears you; something else has been waiting its turn")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import new_state


@pytest.mark.parametrize(
    ("world_id", "before", "who", "text"),
    [
        (
            "lantern_coast",
            ["e", "talk to pip", "no, it isn't your fault, you spotted it"],
            "pip",
            "sure, we can do that. what is true for certain?",
        ),
        (
            "ember_library",
            ["go in", "w", "talk to bastian"],
            "bastian",
            "yes, i will. what do you think of the moon?",
        ),
    ],
)
def test_an_answer_is_not_stitched_to_the_characters_own_topic(
    world_id: str, before: list[str], who: str, text: str
) -> None:
    w = world(world_id)
    state = new_state(w)
    for typed in before:
        state = play(w, state, typed).state
    steps = play(w, state, text).steps
    said = [s for s in steps if s.outcome.facts.get("character") == who]
    assert said and said[0].outcome.ok  # the answer
    assert not any(s.outcome.facts.get("offtopic") for s in said), [
        s.outcome.message_key for s in said
    ]
