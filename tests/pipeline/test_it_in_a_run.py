""" "It" in a run of the lamp's steps (issue 14, newcomer 22): "ok ok kkkk. fill it, wind it,
light it" filled the lamp and then wound the lamp ("it" had become the lamp, the last thing
named, before the verb could say what it is for), and "fill it" with nothing named yet was
not understood. "It" with a verb that the last thing named has no use for is the one thing
here the verb is for, also when the "it" was put right from an earlier clause, and when
nothing was named before it."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play

_HELD = ["oil-can", "matches", "winding-handle"]


@pytest.mark.parametrize(
    "text",
    [
        "fill it, wind it, light it",
        "fill the lamp, wind it, light it",
        "fill the lamp. then wind it and light it",
        "fill it up, then wind it and light it",
    ],
)
def test_each_it_is_the_thing_its_verb_is_for(text: str) -> None:
    w, state = placed("lantern_coast", "lamp-room", held=_HELD)
    done = [(str(s.action.intent), s.action.target_id) for s in play(w, state, text).steps]
    assert ("wind", "clockwork") in done, done
    assert ("wind", "great-lamp") not in done, done
    assert done[0] == ("fill", "great-lamp"), done


def test_it_for_a_verb_the_last_thing_has_a_use_for_stays_that_thing() -> None:
    w, state = placed("lantern_coast", "lamp-room", held=_HELD)
    done = [s.action.target_id for s in play(w, state, "fill the lamp and light it").steps]
    assert done == ["great-lamp", "great-lamp"], done
