"""An offer in speech of a thing held, to a character present, gives it (newcomer 20 in Maren's
kitchen, the flask in hand: "Rue sent me with some broth for you" and "Before I go, here is
Rue's broth. Please have some while it's warm." were talked past until "give the flask of broth
to Maren")."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "Hello Maren, I'm Margaret. Rue sent me with some broth for you. How are you feeling?",
        "Rue sent me over with some broth",
        "Before I go, here is Rue's broth. Please have some while it's warm.",
        "By the way, here's some broth for you",
    ],
)
def test_broth_offered_in_speech_is_given(text: str) -> None:
    w, state = placed("lantern_coast", "cottage-kitchen", held=["flask"])
    found = steps(play(w, state, text))
    assert ("give", "give.ok") in found, found


@pytest.mark.parametrize("text", ["Rue sent me to see you", "before i go, how are you?"])
def test_words_naming_no_thing_held_give_nothing(text: str) -> None:
    w, state = placed("lantern_coast", "cottage-kitchen", held=["flask"])
    assert ("give", "give.ok") not in steps(play(w, state, text))
