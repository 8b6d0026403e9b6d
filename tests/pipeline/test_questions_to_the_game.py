"""Newcomer 27 (issue 14, corpus 24), new to text adventures, asked the game what he wanted to
look at: "what is in stove" met "There's no one here to talk to", "what is writen on bench
plaque?" "You speak, but there's no one here to hear it", and "what i have in my pocket?" was
put to Ilse. A question about a thing here is a look at it (or a read of what is written on
it); "what I have" is the inventory; a question that names no thing here, with someone here
to ask, is still said to them."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("world", "at", "text", "done"),
    [
        ("ember_library", "boiler-room", "what is in stove", ("examine", "ember-stove")),
        ("ember_library", "boiler-room", "whats inside the stove?", ("examine", "ember-stove")),
        ("lantern_coast", "headland", "whats on the bench", ("examine", "plaque-bench")),
        ("lantern_coast", "headland", "what is on bench?", ("examine", "plaque-bench")),
        ("lantern_coast", "headland", "what is writen on bench plaque?", ("read", "plaque-bench")),
        ("lantern_coast", "tea-hut", "what i have in my pocket?", ("inventory", None)),
        ("lantern_coast", "quay", "what i have", ("inventory", None)),
    ],
)
def test_a_question_about_a_thing_here_looks_at_it(
    world: str, at: str, text: str, done: tuple[str, str | None]
) -> None:
    w, state = placed(world, at)
    result = play(w, state, text)
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [done], steps(result)


@pytest.mark.parametrize("text", ["what is on your mind?", "what's in the box, rue?"])
def test_a_question_that_names_no_thing_here_is_still_said_to_the_one_here(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    result = play(w, state, text)
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [("talk", "rue")]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("i want go to harbour wall", "go to harbour wall"),
        ("i need go east", "go east"),
        ("im going ring the bell", "ring the bell"),
    ],
)
def test_a_verb_without_its_to_is_still_the_verb(text: str, plain: str) -> None:
    """ "i want go to harbour wall" (newcomer 27) was refused with the harbour wall a way out."""
    w, state = placed("lantern_coast", "quay")
    assert steps(play(w, state, text)) == steps(play(w, state, plain))


@pytest.mark.parametrize("text", ["rue, how you are?", "how you are, Rue?", "how u are rue"])
def test_how_you_are_asks_how_they_are(text: str) -> None:
    """Second-language word order (newcomer 27: "and you Rue, how you are?") asks after them
    as "how are you?" does."""
    w, state = placed("lantern_coast", "tea-hut")
    result = play(w, state, text)
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("rue", "talk.wellbeing")
    ], steps(result)
