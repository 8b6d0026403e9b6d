"""Words called out name a thing in their message, not whom they are for (newcomer corpus 28:
"shout through the door that i've got broth from rue" at Maren's shut door met "You speak to
the flask of broth. It doesn't answer"). "shout / call / say (through X) that ..." is said to
whoever is behind the door, or here; the thing it names is what is said."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text",
    [
        "yell through the door that rue sent me with the broth",
        "call through the letterbox that i have some broth for you",
        "shout at the door that the flask is still warm",
        "holler that i brought the broth",
        "say through the door that i've a lantern and broth",
    ],
)
def test_called_through_a_shut_door_it_reaches_whoever_is_behind(text: str) -> None:
    w, state = placed("lantern_coast", "cottage-step", held=["flask", "storm-lantern"])
    [step] = play(w, state, text).steps
    assert step.outcome.message_key == "talk.behind", (step.action, step.outcome.message_key)
    assert step.outcome.facts["character"] == "maren"


@pytest.mark.parametrize(
    "text",
    [
        "say that the broth is for maren",
        "call out that the lantern is lit",
        "shout that i have tea",
    ],
)
def test_with_someone_here_the_message_is_said_to_them(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut", held=["flask", "storm-lantern"])
    [step] = play(w, state, text).steps
    assert step.action.target_id in (None, "rue") and step.outcome.message_key != "talk.thing"
    assert step.outcome.facts.get("character") == "rue", step.outcome.facts
