"""The thing chosen by "which book?" is the one carried and given (issue 14, newcomer 15):
"take the book and bring it to ilse", asked "Which book do you mean: your book or Fenn's
unfinished book?", answered "fenns", walked up to Ilse and gave her the player's own book (the
give, parsed again where she is, took the first book of the name)."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(("answer", "given"), [("fenns", "fenn-book"), ("mine", "your-book")])
def test_the_book_chosen_is_the_book_given_where_she_is(answer: str, given: str) -> None:
    w, state = placed(
        "ember_library",
        "clock-stair",
        inventory=["your-book"],
        places={"your-book": "player", "fenn-book": "clock-stair"},
    )
    asked = play(w, state, "take the book and bring it to ilse")
    assert steps(asked) == [("take", "take.ok"), ("give", "which.ask")]
    result = play(w, asked.state, answer)
    assert result.state.location == "clock-loft"
    [give] = [s for s in result.steps if s.action.intent == "give"]
    assert (give.action.target_id, give.action.obj_id) == (given, "ilse"), steps(result)
