"""Questions in plain English are said to someone: who they go to (issue 14, second corpus).

"who is X?", "where is X?", "what do we know?" are talk to a character with the words as the
topic; the one named is addressed, else the last one spoken to, else a person before an
animal. A question about the only one here, when that one is an animal, is a look at it; a
question with no one here is said to no one (never "I don't know the word 'who'")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState, new_state
from tta_server.world.views import addressees, is_animal


def _lantern(at: str, **whereabouts: str) -> tuple[object, WorldState]:
    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": at, "whereabouts": whereabouts})
    return w, state


def _said_to(played: Played) -> tuple[str, str | None]:
    [step] = played.steps
    return str(step.action.intent), step.action.target_id


@pytest.mark.parametrize(
    "text",
    [
        "who's the woman in the photo?",
        "where did the boats go",
        "what happened to the light?",
        "who was she?",
        "is it far to the lighthouse?",
    ],
)
def test_a_question_goes_to_a_person_before_an_animal(text: str) -> None:
    w, state = _lantern("cottage-kitchen", skipper="cottage-kitchen")
    assert _said_to(play(w, state, text)) == ("talk", "maren")


def test_the_person_named_first_is_addressed() -> None:
    w, state = _lantern("tea-hut", pip="tea-hut")
    assert _said_to(play(w, state, "pip, where's your dad?")) == ("talk", "pip")
    assert _said_to(play(w, state, "rue what should I do")) == ("talk", "rue")


def test_the_last_one_spoken_to_is_addressed() -> None:
    w, state = _lantern("tea-hut", pip="tea-hut")
    spoke = play(w, state, "talk to pip").state
    looked = play(w, spoke, "look around").state
    assert _said_to(play(w, looked, "why are you out so late?")) == ("talk", "pip")
    spoke = play(w, state, "talk to rue").state
    assert _said_to(play(w, spoke, "why are you out so late?")) == ("talk", "rue")


def test_animals_are_told_from_people_by_their_names() -> None:
    w = world("lantern_coast")
    assert {c.id for c in w.characters if is_animal(c)} == {"skipper"}
    e = world("ember_library")
    assert {c.id for c in e.characters if is_animal(c)} == {"footnote"}
    _, state = _lantern("cottage-kitchen", skipper="cottage-kitchen")
    assert [c.id for c in addressees(w, state)] == ["maren", "skipper"]


@pytest.mark.parametrize("text", ["what is that cat?", "who's the cat", "who is footnote?"])
def test_a_question_about_the_only_one_here_looks_at_them(text: str) -> None:
    w = world("ember_library")
    state = new_state(w).model_copy(update={"location": "foyer"})
    assert _said_to(play(w, state, text)) == ("examine", "footnote")


@pytest.mark.parametrize("text", ["who is bastian", "where did everyone go?", "who lit this?"])
def test_a_question_with_no_one_here_is_said_to_no_one(text: str) -> None:
    w = world("ember_library")
    state = new_state(w).model_copy(update={"location": "boiler-room"})
    played = play(w, state, text)
    [step] = played.steps
    assert (step.action.intent, step.outcome.message_key) == ("talk", "talk.nobody")
    assert played.unknown == ""


def test_a_request_after_a_name_is_said_to_them_not_a_hint() -> None:
    w, state = _lantern("tea-hut", pip="tea-hut")
    played = play(w, state, "Pip, could you help me find the dog?")
    assert _said_to(played) == ("talk", "pip")
    assert play(w, state, "hey rue, will you help me?").steps[0].action.target_id == "rue"


def test_a_name_before_a_command_is_a_word_to_them_then_the_command() -> None:
    w, state = _lantern("tea-hut", pip="tea-hut")
    played = play(w, state, "come on pip, go outside")
    assert [(str(s.action.intent), s.action.target_id) for s in played.steps] == [
        ("talk", "pip"),
        ("go", "out"),
    ]
