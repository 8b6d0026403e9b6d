""" "Ok" before a question of one's own is a filler (issue 14, newcomer 22): Bastian asked
"Have you ever had a page like that?", the player answered "hmm i dont know... maybe", then
asked "ok. and how i find my book?", and Bastian answered a yes no one gave ("Most people
have"). "Ok", "okay", "alright", "so" opening words that go on to ask something are not a yes
to the question left open; "ok" alone, or "ok, sure", still is."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played

_ASKED = ["talk to bastian", "hmm i dont know... maybe"]


def _answered(text: str) -> bool:
    """Whether ``text`` was taken as an answer to Bastian's question."""
    result = played("ember_library", "bindery", [*_ASKED, text])
    return any(s.outcome.facts.get("question") == "harsh-page" for s in result.steps)


@pytest.mark.parametrize(
    "text",
    [
        "ok. and how i find my book?",
        "ok but what about juno?",
        "okay, so where is ilse?",
        "alright. who is fenn?",
        "ok. how do i find my own book?",
    ],
)
def test_ok_before_a_question_is_no_yes(text: str) -> None:
    assert not _answered(text), text


@pytest.mark.parametrize("text", ["ok", "ok, sure", "okay. yes", "ok!"])
def test_ok_alone_still_answers(text: str) -> None:
    assert _answered(text), text
