"""What the thirteenth newcomer met (issue 14), tested in other words than theirs and in both
worlds where the class can arise: the parser's own "which one?" forgotten, "take X to Y", a
typo'd verb said aloud to a character, a question refused for its "?" or its "so", the feeling
named with a hedge and then asked for again, a bare "sit" no one here noticed, and a stove
described open said to be "as shut as it will go"."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState

# -- 1. the parser's own question, answered by the next input -----------------------------------


def _asked(verb: str = "give the book to ilse") -> tuple[World, WorldState]:
    """At the clock loft with both books in hand: "give the book to ilse" asks which."""
    w, state = placed(
        "ember_library", "clock-loft", held=["your-book", "fenn-book"], attitude={"ilse": 2}
    )
    result = play(w, state, verb)
    assert steps(result) == [("give", "which.ask")], steps(result)
    return w, result.state


@pytest.mark.parametrize(
    ("answer", "given"),
    [
        ("fenns one", "fenn-book"),
        ("FENNS BOOK please", "fenn-book"),
        ("his one", "fenn-book"),
        ("the one that was fenns", "fenn-book"),
        ("that unfinshed one", "fenn-book"),
        ("my one", "your-book"),
    ],
)
def test_an_answer_in_the_players_own_spelling_does_the_command(answer: str, given: str) -> None:
    w, asked = _asked()
    result = play(w, asked, answer)
    assert [s.action.intent for s in result.steps] == ["give"], steps(result)
    assert result.steps[0].action.target_id == given
    assert result.steps[0].action.obj_id == "ilse"
    assert result.state.pending is None


def test_words_that_do_nothing_leave_the_question_open_for_the_next_try() -> None:
    w, asked = _asked()
    lost = play(w, asked, "qwzx")
    assert lost.steps == () and lost.state.pending == asked.pending
    result = play(w, lost.state, "fenns one")
    assert result.steps[0].action.target_id == "fenn-book"


def test_a_new_command_after_the_question_is_played_and_drops_it() -> None:
    w, asked = _asked()
    result = play(w, asked, "look")
    assert steps(result) == [("look", "look.ok")] and result.state.pending is None
