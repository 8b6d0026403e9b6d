"""Tea asked for in plain second-language words (issue 14, newcomer 27, corpus 24): "Bastian,
you have tea? my back hurt from all these stairs" was told tea is "a question for the
catalogue, not a bookbinder" beside his kettle, and "yes please, more tea" after his own
"More tea?" got "That's all I have on it". Where tea is poured, "you have tea?", "got any
tea?", "more tea" (as a line's first sentence too) are a cup."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("world", "at", "text"),
    [
        ("ember_library", "bindery", "Bastian, you have tea? my back hurt from all these stairs"),
        ("ember_library", "bindery", "yes please, more tea"),
        ("ember_library", "bindery", "do you have any tea, bastian?"),
        ("ember_library", "bindery", "got any tea?"),
        ("ember_library", "bindery", "is there any tea. i'm frozen"),
        ("lantern_coast", "tea-hut", "rue, you got tea? so cold outside"),
        ("lantern_coast", "tea-hut", "another tea please"),
        ("ember_library", "bindery", "i make myself tea from kettle"),
        ("ember_library", "bindery", "i'll pour a cup of tea from the pot"),
    ],
)
def test_tea_asked_for_where_it_is_poured_is_a_cup(world: str, at: str, text: str) -> None:
    w, state = placed(world, at)
    result = play(w, state, text)
    assert [str(s.action.intent) for s in result.steps] == ["drink"], steps(result)


@pytest.mark.parametrize("text", ["do you have tea?", "more tea please"])
def test_tea_asked_for_where_there_is_none_is_no_cup(text: str) -> None:
    w, state = placed("lantern_coast", "quay")
    result = play(w, state, text)
    assert "drink" not in [str(s.action.intent) for s in result.steps], steps(result)


@pytest.mark.parametrize("text", ["i like tea. do you?", "bastian, do you have a minute?"])
def test_words_about_tea_that_ask_for_none_are_said(text: str) -> None:
    w, state = placed("ember_library", "bindery")
    result = play(w, state, text)
    assert [str(s.action.intent) for s in result.steps][:1] == ["talk"], steps(result)


@pytest.mark.parametrize("text", ["any tea? where is ilse?", "you have tea. who is ilse"])
def test_a_question_after_the_tea_is_not_lost_to_the_cup(text: str) -> None:
    w, state = placed("ember_library", "bindery")
    result = play(w, state, text)
    assert "talk" in [str(s.action.intent) for s in result.steps], steps(result)
