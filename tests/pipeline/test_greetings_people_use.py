"""Greetings people open with (issue 14, newcomer 21 and the lead's check): "hiya rue, whats
wrong wi the light" was refused with a list of unknown words, though "hi rue, ..." was
answered. "hiya", "howdy", "heya", "g'day", "yo", "evening", "morning" and "alright?" open a
clause as "hi" does: the name after them is whom the words are said to, and the question after
that is asked of them."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import steps
from tests.pipeline.walkthroughs import EMBER_LIBRARY, LANTERN_COAST
from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World

ASKED = "ask Rue what's happened to the lighthouse"


def _before(name: str, walk: list[str], said: str) -> tuple[World, WorldState]:
    w = world(name)
    state = new_state(w)
    for text in walk[: walk.index(said)]:
        state = play(w, state, text).state
    return w, state


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("hiya rue, what's happened to the light", "hi rue, what's happened to the light"),
        ("howdy rue - what's happened to the light?", "hi rue, what's happened to the light"),
        ("heya rue what happened to the light", "hi rue what happened to the light"),
        ("g'day rue, what happened to the light?", "hi rue, what happened to the light"),
        ("yo rue, what happened with the light", "hi rue, what happened with the light"),
        ("Evening, Rue. What's happened to the light?", "hi rue. what's happened to the light"),
        ("morning rue, whats happened to the light", "hi rue, whats happened to the light"),
        ("alright rue? what's happened to the light", "hi rue. what's happened to the light"),
    ],
)  # fmt: skip
def test_a_greeting_people_use_then_a_name_and_a_question_is_asked_of_them(
    typed: str, plain: str
) -> None:
    w, state = _before("lantern_coast", LANTERN_COAST, ASKED)
    found = play(w, state, typed)
    assert steps(found) == steps(play(w, state, plain)), steps(found)
    assert [(str(s.action.intent), s.action.target_id) for s in found.steps][-1:] == [
        ("talk", "rue")
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "hiya bastian, how can i help mend things",
        "howdy bastian! how can i help mend things?",
        "evening bastian, how can i help mend things",
        "yo bastian how can i help mend things",
    ],
)
def test_the_same_greetings_in_the_other_world(typed: str) -> None:
    w, state = _before("ember_library", EMBER_LIBRARY, "ask bastian how I can help mend things")
    found = play(w, state, typed)
    plain = "hi bastian, how can i help mend things"
    assert steps(found) == steps(play(w, state, plain)), steps(found)


@pytest.mark.parametrize(
    "text",
    ["evening falls over the harbour", "morning light on the water", "yoga", "howdyness"],
)
def test_a_greeting_word_that_is_not_a_greeting_stays_itself(text: str) -> None:
    assert not normalise(text).startswith("hi"), normalise(text)


def test_alright_without_a_question_mark_is_still_a_yes() -> None:
    """ "alright" after "Would you try?" agrees; only "alright?" with more after it greets."""
    w, state = _before("lantern_coast", LANTERN_COAST, "ask rue for help")
    assert steps(play(w, state, "alright, i'll try")) == steps(play(w, state, "yes, i'll try"))
