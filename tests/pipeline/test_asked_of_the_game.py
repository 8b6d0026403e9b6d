"""Newcomer corpora 26 and 27 (issue 14): questions about the game asked as to a person ("what
am i meant to do", "what is this game even about", "Is there a way to see what I am
carrying?", "Is there a way to save my place in the story?", "am i allowed to go home now")
were put to whoever stood there (Rue, Ilse, Maren, Footnote), who answered in character.
They are the game's own help, inventory and "how do I ..." answers, in any register, whoever
is present."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline import meta
from tta_server.pipeline.play import play

PLACES = [
    ("lantern_coast", "tea-hut"),
    ("lantern_coast", "quay"),
    ("ember_library", "clock-loft"),
    ("ember_library", "foyer"),
]

GOAL = [
    "what am i supposed to be doing?",
    "ok. what r we meant to do here",
    "whats this game actually about",
    "What is the point of this game, please?",
    "how does this game work?",
    "hmm, what's my goal",
    "Is there any way to get some help with how to play?",
    "I'm not sure what to do next.",
    "i dont know what to do now",
    "is there another level",
]


@pytest.mark.parametrize(("world", "at"), PLACES)
@pytest.mark.parametrize("text", GOAL)
def test_asking_what_the_game_wants_is_help(world: str, at: str, text: str) -> None:
    w, state = placed(world, at)
    assert steps(play(w, state, text)) == [("help", "help.ok")]


@pytest.mark.parametrize(("world", "at"), PLACES)
@pytest.mark.parametrize(
    "text",
    [
        "is there a way to see what im carrying",
        "How can I check my inventory?",
        "how do i see what i have",
        "can i look at my stuff?",
    ],
)
def test_asking_how_to_see_what_is_held_is_the_inventory(world: str, at: str, text: str) -> None:
    w, state = placed(world, at)
    assert [s.action.intent for s in play(w, state, text).steps] == ["inventory"]


def test_a_filler_before_the_question_is_left_out() -> None:
    """ "wow ok. what am i meant to do" to Rue: the hint, not a reply to Rue and the hint."""
    w, state = placed("lantern_coast", "tea-hut")
    assert steps(play(w, state, "wow ok. what am i meant to do")) == [("help", "help.ok")]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Is there a way to save my place in the story, so I can come back tomorrow?", "save"),
        ("can i save my progress please", "save"),
        ("how would I keep my place?", "save"),
        ("am i allowed to go home now", "quit"),
        ("Can I stop playing now?", "quit"),
        ("is it ok if i take a break", "quit"),
    ],
)
def test_asking_how_to_save_or_stop_is_the_how_command(text: str, asked: str) -> None:
    assert meta.recognise(text) == meta.Meta(meta.Command.HOW, asked)


@pytest.mark.parametrize(
    "text", ["what do you do all day, rue?", "where is pip?", "what is in the box", "go home"]
)
def test_questions_about_the_story_are_not_about_the_game(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    assert meta.recognise(text) is None
    assert "help" not in [s.action.intent for s in play(w, state, text).steps]
