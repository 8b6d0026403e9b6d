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
    """Both books in hand, "bring the book to ilse" asks which; the answer is the book given
    where she is."""
    w, state = placed(
        "ember_library",
        "clock-stair",
        inventory=["your-book", "fenn-book"],
        places={"your-book": "player", "fenn-book": "player"},
    )
    asked = play(w, state, "bring the book to ilse")
    assert steps(asked)[-1:] == [("give", "which.ask")], steps(asked)
    result = play(w, asked.state, answer)
    assert result.state.location == "clock-loft"
    [give] = [s for s in result.steps if s.action.intent == "give"]
    assert (give.action.target_id, give.action.obj_id) == (given, "ilse"), steps(result)


def test_it_after_taking_one_book_is_that_book_without_asking() -> None:
    """ "take the book and bring it to ilse" with her own book in hand asked "Which book do you
    mean?" (newcomer 15, and newcomer 23's "I take his book back up and give it to Ilse"):
    "it" is the book just taken, walked up to her and given (play28)."""
    w, state = placed(
        "ember_library",
        "clock-stair",
        inventory=["your-book"],
        places={"your-book": "player", "fenn-book": "clock-stair"},
    )
    result = play(w, state, "take the book and bring it to ilse")
    assert "which.ask" not in [s.outcome.message_key for s in result.steps], steps(result)
    assert result.state.location == "clock-loft"
    [give] = [s for s in result.steps if s.action.intent == "give"]
    assert (give.action.target_id, give.action.obj_id) == ("fenn-book", "ilse"), steps(result)
