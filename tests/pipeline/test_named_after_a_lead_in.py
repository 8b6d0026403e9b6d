"""Newcomer 27 (issue 14, corpus 24) at the tea hut, Skipper petted last: "and you Rue, how you
are?" went to the dog, and "so rue, how are you" was not understood. A name at the start of a
line after "and you", "so", "ok", "hey", "well" (with a comma or not) is whom the line is said
to, in both worlds; the one petted last does not take it."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play

_SKIPPER_HOME = ["rue-told", "pip-worry-told", "pip-reassured", "heard-skipper", "skipper-calm"]


@pytest.mark.parametrize(
    "text",
    [
        "and you Rue, how you are?",
        "and you rue how are you doing",
        "so rue, how are you",
        "So Rue - are you alright?",
        "well, rue, what do you think?",
        "and rue, how is the tea today?",
        "hey, rue. how are you?",
    ],
)
def test_a_name_after_a_lead_in_is_who_hears_it_at_the_tea_hut(text: str) -> None:
    w, state = placed(
        "lantern_coast",
        "tea-hut",
        flags=[*_SKIPPER_HOME, "skipper-home"],
        whereabouts={"skipper": "tea-hut"},
    )
    state = play(w, state, "pet skipper").state
    result = play(w, state, text)
    assert [(str(s.action.intent), s.action.target_id) for s in result.steps] == [
        ("talk", "rue")
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "and you bastian, how you are?",
        "so bastian, what now?",
        "ok bastian how are you",
        "well bastian, is the kettle on?",
    ],
)
def test_a_name_after_a_lead_in_is_who_hears_it_in_the_bindery(text: str) -> None:
    w, state = placed("ember_library", "bindery", whereabouts={"footnote": "bindery"})
    state = play(w, state, "stroke footnote").state
    result = play(w, state, text)
    assert [(str(s.action.intent), s.action.target_id) for s in result.steps] == [
        ("talk", "bastian")
    ], text


@pytest.mark.parametrize("text", ["so skipper, good boy", "and you, skipper? good lad"])
def test_a_lead_in_before_the_animal_is_still_to_the_animal(text: str) -> None:
    w, state = placed(
        "lantern_coast",
        "tea-hut",
        flags=[*_SKIPPER_HOME, "skipper-home"],
        whereabouts={"skipper": "tea-hut"},
    )
    state = play(w, state, "talk to rue").state
    result = play(w, state, text)
    assert [s.action.target_id for s in result.steps] == ["skipper"], text
