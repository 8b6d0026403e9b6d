"""Newcomer corpus 27 (issue 14): "take the book to ilse" in Fenn's study, her own book in
hand, walked up to Ilse and held out her own book, leaving Fenn's on the desk. Taking a thing
to someone takes the one of that name that is here, not held, and gives that one."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play

SEEN = ["clock-stair", "clock-loft", "fenn-study"]


@pytest.mark.parametrize(
    "text",
    [
        "take the book to ilse",
        "carry the book up to ilse",
        "take the book up to ilse please",
    ],
)
def test_the_thing_taken_to_them_is_the_one_here(text: str) -> None:
    w, state = placed("ember_library", "fenn-study", SEEN, held=["your-book"])
    result = play(w, state, text)
    gives = [s for s in result.steps if s.action.intent == "give"]
    assert "fenn-book" in result.state.inventory or any(
        s.action.target_id == "fenn-book" for s in gives
    ), steps(result)
    assert all(s.action.target_id == "fenn-book" for s in gives), steps(result)


def test_a_thing_held_alone_is_still_the_one_taken_to_them() -> None:
    w, state = placed("ember_library", "clock-stair", SEEN, held=["fenn-glasses"])
    result = play(w, state, "take the glasses to ilse")
    assert [(s.action.intent, s.action.target_id) for s in result.steps][-1] == (
        "give",
        "fenn-glasses",
    ), steps(result)
