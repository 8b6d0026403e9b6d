"""A question to someone here that calls them by name first ("rue, where is pip?",
"footnote, who is bastian?") is the question, not a topic found by the name; "ask X where
Y is" is talk to X where the world has its own verb "ask" for a thing (the card catalogue's
"consult"), in both worlds (issue 14, newcomer 11)."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played

CASES = [
    ("lantern_coast", "tea-hut", "rue, where is pip?", "rue", "at"),
    ("lantern_coast", "tea-hut", "rue where is the quay?", "rue", "place"),
    ("lantern_coast", "tea-hut", "rue, who is pip?", "rue", "who"),
    ("ember_library", "foyer", "footnote, who is bastian?", "footnote", "who"),
    ("ember_library", "foyer", "footnote: where is the bindery?", "footnote", "place"),
    ("ember_library", "foyer", "ask footnote where ilse is", "footnote", "at"),
    ("ember_library", "foyer", "ask the cat where the bindery is", "footnote", "place"),
    ("ember_library", "bindery", "bastian, where is juno?", "bastian", "at"),
]


@pytest.mark.parametrize(("name", "at", "text", "who", "answer"), CASES)
def test_a_question_that_names_its_listener_first(
    name: str, at: str, text: str, who: str, answer: str
) -> None:
    step = played(name, at, [text], seen=[at]).steps[-1]
    assert step.action.target_id == who, step.action
    assert step.outcome.message_key == "talk.answer", step.outcome
    assert step.outcome.facts.get("answer") == answer, step.outcome.facts


def test_asking_the_catalogue_is_still_the_catalogue() -> None:
    step = played("ember_library", "foyer", ["ask the catalogue where my book is"]).steps[-1]
    assert step.action.target_id == "catalogue", step.action
    assert step.outcome.ok, step.outcome
