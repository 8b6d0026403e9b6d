"""The player's words to their own harsh page quoted once, as typed (issue 14, newcomer 22):
"answer the page: u are tired but u came, that is brave", in a run of clauses, came back as
"'Page u are tired but u came page u are tired but u came that is brave is brave.'": the
clause's "that" was taken for a thing named before and replaced by the whole of the words,
and the words were quoted as the parser reads them (no commas, "page" spoken to kept). Words
are said as typed: their "that" is no thing, the page spoken to is not quoted, the commas
stay, and "u" is quoted "you"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.world import new_state

_OPEN = {
    "location": "stacks",
    "inventory": ["your-book"],
    "places": {"your-book": "player"},
    "flags": ["read-own-page"],
}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "answer the page: u are tired but u came, that is brave",
            "'You are tired but you came, that is brave.'",
        ),
        (
            "look around and answer the page: you tried, that is what counts",
            "'You tried, that is what counts.'",
        ),
        (
            "answer my page: that is not fair, i am learning",
            "'That is not fair, I am learning.'",
        ),
        (
            "reply to the page, you are doing your best and that is enough",
            "'You are doing your best and that is enough.'",
        ),
    ],
)
def test_words_to_the_page_are_quoted_once_as_typed(text: str, quoted: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update=_OPEN), text)
    assert quoted in told, told
    assert told.count(quoted.strip("'.")[:20]) == 1, told  # once, never doubled
