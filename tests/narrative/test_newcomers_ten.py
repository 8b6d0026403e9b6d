"""What the tenth newcomer met in the narration (issue 14), tested in other words and in both
worlds: a greeting that goes on ("hi bastian, it's me, the new one") quoted back as an answer
to a question no one asked ("You answer Bastian in your own words: ... half hears you")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played

GREETED = [
    ("ember_library", "bindery", "bastian", "hi bastian, it's me, the new one from the foyer"),
    ("lantern_coast", "tea-hut", "rue", "hey rue, it's me, just off the last bus"),
]


@pytest.mark.parametrize(("name", "at", "who", "text"), GREETED)
def test_a_greeting_that_goes_on_is_played_as_the_greeting(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert told == narrated(w, state, f"hi {who}"), told  # as the greeting alone
    for part in ("last bus", "new one", "own words", "half hears"):
        assert part not in told.lower(), told


@pytest.mark.parametrize(("name", "at", "who", "text"), GREETED)
def test_a_greeting_that_goes_on_after_the_greeting_was_answered(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    state = played(name, at, [f"talk to {who}", "not sure", "ok"]).state
    told = narrated(w, state, text)
    assert "own words" not in told and "half hears" not in told, told
    assert "last bus" not in told.lower() and "new one" not in told.lower(), told


@pytest.mark.parametrize(
    ("name", "at", "before", "text", "quoted"),
    [
        ("lantern_coast", "harbour-wall", ["talk to pip"], "hi pip, none of this is your fault",
         "None of this is your fault"),
        ("ember_library", "bindery", ["talk to bastian"], "hello bastian, no, never one like that",
         None),
    ],
)  # fmt: skip
def test_a_greeting_then_an_answer_to_their_question_is_still_the_answer(
    name: str, at: str, before: list[str], text: str, quoted: str | None
) -> None:
    result = played(name, at, [*before, text])
    step = result.steps[-1]
    assert step.outcome.message_key == "talk.reply", step.outcome
    if quoted is not None:
        assert step.outcome.facts.get("words") == quoted
