"""The player's own words at a moment that takes them keep their subject and their opening
adverb (newcomer 10: "boats get lost ..." quoted as "Get lost ...", "it is normal ..." as "Is
normal ...", and "honestly, ..." read as the manner of a deed, not words)."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps
from tests.pipeline.test_newcomers_ten import PAGE_READ, PIP_ASKS


@pytest.mark.parametrize(
    ("name", "at", "before", "update", "text"),
    [
        ("ember_library", "stacks", [], PAGE_READ,
         "books get lost on these shelves for years and still belong here"),
        ("ember_library", "stacks", [], PAGE_READ, "it is fine to be new and slow at things"),
        ("ember_library", "stacks", [], PAGE_READ,
         "honestly, i think anyone would struggle after a year like that"),
        ("lantern_coast", "quay", PIP_ASKS, {},
         "boats wait out past the bar in fog, they always have"),
        ("lantern_coast", "quay", PIP_ASKS, {},
         "tell the slate: it is normal for boats to sit out a fog"),
        ("lantern_coast", "quay", PIP_ASKS, {},
         "honestly, you did the brave thing by telling rue"),
    ],
)  # fmt: skip
def test_the_words_are_quoted_whole(
    name: str, at: str, before: list[str], update: dict[str, object], text: str
) -> None:
    result = played(name, at, [*before, text], **update)
    step = result.steps[-1]
    assert step.outcome.ok, steps(result)
    words = str(step.outcome.facts.get("words", ""))
    assert words.lower().rstrip(".") == text.split(": ")[-1].lower().rstrip("."), words
