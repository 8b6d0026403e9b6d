"""Feelings told without "I feel" (issue 14, newcomer 21): "i ken that feeling. left behind.
thats me since jean" was answered with a list of words the game did not know. A state told
as a clause of its own ("left behind", "bit lonely these days") is the player's feeling, and
knowing a feeling from the inside ("same here", "been there", "i know how that is") is the
player sharing: heard by whoever is here, or by the story when no one is."""

from __future__ import annotations

import asyncio

import pytest

from tests.narrative.scenes import narrated, told, world
from tests.pipeline.newcomers import placed, played, steps

PEOPLE = [("lantern_coast", "tea-hut", "rue"), ("ember_library", "bindery", "bastian")]
WORLDS = ["lantern_coast", "ember_library"]  # each opens where no one is


def _alone(name: str, text: str) -> str:
    """What the game says to ``text`` typed first thing, no one there to hear it."""
    [(_, said, _)] = asyncio.run(told(world(name), [text]))
    return said


SHARED = [
    "same here",
    "oh, been there, believe me",
    "i know that feeling",
    "ken how that is",
    "that's me too, since my brother moved away",
    "i was the same after my dad went",
    "aye. me too",
]
STATES = [
    ("left behind, since my brother moved away", "left behind"),
    ("bit lonely these days", "lonely"),
    ("knackered, honestly", "knackered"),
    ("a wee bit homesick tonight", "homesick"),
    ("och. left out, mostly", "left out"),
]


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize("text", SHARED)
def test_knowing_the_feeling_is_heard_by_the_one_here(
    name: str, at: str, who: str, text: str
) -> None:
    result = played(name, at, [text])
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        (who, "talk.shared")
    ], steps(result)
    said = narrated(*placed(name, at), text)
    assert "nothing to add" not in said and "don't know" not in said, said


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize(("text", "feeling"), STATES)
def test_a_state_told_without_i_feel_is_a_feeling_told(
    name: str, at: str, who: str, text: str, feeling: str
) -> None:
    [step] = played(name, at, [text]).steps
    assert (step.action.target_id, step.outcome.message_key) == (who, "talk.feeling")
    assert step.outcome.facts["feeling"] == feeling


@pytest.mark.parametrize("name", WORLDS)
@pytest.mark.parametrize(("text", "feeling"), STATES)
def test_a_state_told_alone_is_named_back(name: str, text: str, feeling: str) -> None:
    said = _alone(name, text)
    assert feeling in said.lower() and "know the word" not in said, said


@pytest.mark.parametrize("name", WORLDS)
@pytest.mark.parametrize("text", SHARED)
def test_knowing_the_feeling_alone_is_heard_by_the_story(name: str, text: str) -> None:
    said = _alone(name, text)
    assert "know the word" not in said and "slips away" not in said, said
    assert "drift off" not in said and "no one here" not in said, said


@pytest.mark.parametrize(
    ("name", "at", "text", "intent"),
    [
        ("lantern_coast", "tea-hut", "go out", "go"),
        ("lantern_coast", "quay", "tired of waiting, go in", "go"),
        ("ember_library", "bindery", "look at the lonely press", "examine"),
    ],
)
def test_a_feeling_word_inside_a_command_stays_the_command(
    name: str, at: str, text: str, intent: str
) -> None:
    result = played(name, at, [text])
    assert [str(s.action.intent) for s in result.steps][-1:] == [intent], steps(result)


@pytest.mark.parametrize("text", ["same here", "me too", "honestly same", "i know the feeling"])
def test_a_topic_of_theirs_for_the_words_answers_before_the_plain_line(text: str) -> None:
    """Juno's own "same" topic (she fears she is a fraud) answers knowing the feeling."""
    [step] = played("ember_library", "reading-room", ["talk to juno", text]).steps
    assert step.outcome.message_key == "talk.ok", step.outcome
    assert step.outcome.facts.get("topic") == "same" or "only me" in str(step.outcome.facts)
