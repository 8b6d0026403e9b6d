"""What the twelfth newcomer met with two things in one line to a character (issue 14): "no
thanks. where is the foyer?" was read as one clause (a topic refused, the way never told), and
"who is maren? i feel nervous" answered the question but dropped the feeling (her question
"Would you try?" was open). Tested in other words, in both worlds."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "seen", "text"),
    [
        ("ember_library", "bindery", ["foyer"], "no thanks. where is the round foyer?"),
        ("lantern_coast", "tea-hut", ["harbour-wall"], "no thank you. where is the harbour wall?"),
    ],
)
def test_a_question_after_a_plain_reply_is_answered(
    name: str, at: str, seen: list[str], text: str
) -> None:
    result = played(name, at, [text], seen=seen)
    assert steps(result)[-1] == ("talk", "talk.answer"), steps(result)
    assert result.steps[-1].outcome.facts.get("answer") == "place"


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "tea-hut", "who's maren? i feel scared"),
        ("ember_library", "bindery", "what happened here? i feel anxious"),
    ],
)
def test_a_feeling_after_a_question_is_heard_though_their_question_is_open(
    name: str, at: str, text: str
) -> None:
    result = played(name, at, [text])
    kinds = [k for _, k in steps(result)]
    assert kinds[0] in ("talk.ok", "talk.answer") and kinds[-1] == "talk.feeling", kinds
