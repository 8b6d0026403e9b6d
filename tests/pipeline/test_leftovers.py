"""Parser lines tacked onto good replies (newcomer 10, issue 14): when one part of an input was
played well, a leftover fragment that is not a command of its own ("i'll go light it now",
"could i borrow it to help her") is part of what was said, not a refusal told after the
answer; thanks before such a fragment is still said; a command of its own is still refused."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("lantern_coast", "cottage-kitchen", "thank you maren. i'll go up and light it then",
         "maren"),
        ("ember_library", "bindery", "thanks bastian. i'll go and mend it later", "bastian"),
    ],
)  # fmt: skip
def test_thanks_before_a_promise_is_said_and_the_promise_is_not_refused(
    name: str, at: str, text: str, who: str
) -> None:
    result = played(name, at, [text])
    assert result.steps[0].action.target_id == who, steps(result)
    assert result.steps[0].outcome.message_key == "talk.thanks", steps(result)
    assert all(s.outcome.ok for s in result.steps), steps(result)


@pytest.mark.parametrize(
    ("name", "at", "before", "text"),
    [
        ("ember_library", "bindery", ["talk to bastian", "no"],
         "bastian, juno told me about a pen of yours. may i use it to help her out?"),
        ("lantern_coast", "tea-hut", ["talk to rue"],
         "rue, i'd like to help maren. could i have one to get me up there?"),
    ],
)  # fmt: skip
def test_a_fragment_after_a_good_answer_is_not_refused(
    name: str, at: str, before: list[str], text: str
) -> None:
    result = played(name, at, [*before, text])
    assert result.steps and result.steps[0].outcome.ok, steps(result)
    assert all(s.outcome.ok for s in result.steps), steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "tea-hut", "thanks rue. take the moon"),
        ("ember_library", "bindery", "thank you bastian, and then take the moon"),
    ],
)
def test_a_command_of_its_own_after_a_good_answer_is_still_refused(
    name: str, at: str, text: str
) -> None:
    result = played(name, at, [text])
    assert result.steps[0].outcome.ok, steps(result)
    assert not result.steps[-1].outcome.ok, steps(result)
