"""Newcomer corpus 27 (issue 14): Rue, Bastian and Juno ask the player something of their own
("And you? Where have you washed up from?", "new in the city?", "You're new too, aren't
you?") and then did not understand the answer ("im from leicester", "leicester lol. came
here for a quiet week but clearly not": "nothing here answers them"; Bastian talked about
bindings). The words said next, unless a command, are the answer, heard by the one who
asked, in their own voice; and telling where one is from unasked is heard too."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play

ASKED = [
    ("lantern_coast", "tea-hut", "rue", "how old are you, rue?"),
    ("lantern_coast", "tea-hut", "rue", "whats ur name"),
    ("ember_library", "bindery", "bastian", "how old r u bastian"),
    ("ember_library", "reading-room", "juno", "what's your name?"),
]
ANSWERS = [
    "im from leicester",
    "Cardiff, originally.",
    "a little town near the sea",
    "yeah kinda new. grew up in the midlands",
    "not far lol. just up the motorway",
]


@pytest.mark.parametrize(("world", "at", "who", "asks"), ASKED)
@pytest.mark.parametrize("answer", ANSWERS)
def test_the_answer_to_their_own_question_is_heard_by_them(
    world: str, at: str, who: str, asks: str, answer: str
) -> None:
    w, state = placed(world, at)
    asked = play(w, state, asks)
    assert steps(asked) == [("talk", "talk.personal")]
    result = play(w, asked.state, answer)
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        (who, "talk.heard")
    ], steps(result)
    told = narrated(w, asked.state, answer)
    ch = w.character(who)
    assert ch is not None and ch.heard is not None and ch.heard in told, told
    assert "nothing here answers" not in told and "No idea" not in told


@pytest.mark.parametrize(("world", "at", "who", "asks"), ASKED)
def test_a_command_after_their_question_is_still_a_command(
    world: str, at: str, who: str, asks: str
) -> None:
    w, state = placed(world, at)
    asked = play(w, state, asks)
    assert steps(play(w, asked.state, "look around")) == [("look", "look.ok")]


@pytest.mark.parametrize(("world", "at", "who", "asks"), ASKED)
def test_the_question_lapses_once_something_else_is_done(
    world: str, at: str, who: str, asks: str
) -> None:
    """Only the words said next answer it: after a look, "a town near the sea" is not heard
    as an answer to a question asked two turns ago."""
    w, state = placed(world, at)
    later = play(w, play(w, state, asks).state, "look around")
    result = play(w, later.state, "a small town near the sea")
    assert [s.outcome.message_key for s in result.steps] != ["talk.heard"]


@pytest.mark.parametrize(
    ("world", "at", "text"),
    [
        ("ember_library", "reading-room", "lol im from leicester thats close to leeds kinda"),
        ("lantern_coast", "tea-hut", "I grew up in Swansea, actually."),
        ("ember_library", "bindery", "im originally from glasgow"),
        ("lantern_coast", "harbour-wall", "i live near birmingham"),
    ],
)
def test_where_the_player_is_from_told_unasked_is_heard(world: str, at: str, text: str) -> None:
    w, state = placed(world, at)
    result = play(w, state, text)
    assert [s.outcome.message_key for s in result.steps] == ["talk.heard"], steps(result)
