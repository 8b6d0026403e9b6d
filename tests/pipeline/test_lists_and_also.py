"""Newcomer corpora 26 and 27 (issue 14): "I'll take the can of paraffin and the tin of
matches, please." took only the paraffin, and "And the matches too, please." after it was not
understood. A list ends before its manners ("please", "too", "as well"); a thing added to the
last command ("and the X too", "also X", "X as well", "plus X") is that command again on X:
taken, dropped or given to the same person, as the last one was."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


def _done(result: object) -> list[tuple[str, str | None]]:
    return [(str(s.action.intent), s.action.target_id) for s in result.steps]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "I'll take the can of paraffin and the tin of matches, please.",
        "take the paraffin and the matches too",
        "pick up the paraffin, and the matches as well please",
        "grab the paraffin n the matches pls",
    ],
)
def test_a_list_with_manners_after_it_takes_each_thing(text: str) -> None:
    w, state = placed("lantern_coast", "oil-store")
    result = play(w, state, text)
    assert _done(result) == [("take", "oil-can"), ("take", "matches")], steps(result)


@pytest.mark.parametrize(
    "more",
    [
        "And the matches too, please.",
        "also the matches",
        "the matches as well",
        "plus the tin of matches",
        "oh and the matches",
    ],
)
def test_and_the_x_too_after_a_take_takes_it(more: str) -> None:
    w, state = placed("lantern_coast", "oil-store")
    first = play(w, state, "take the paraffin")
    assert _done(play(w, first.state, more)) == [("take", "matches")]


@pytest.mark.parametrize("more", ["and the matches too", "the matches as well, please"])
def test_and_the_x_too_after_a_drop_drops_it(more: str) -> None:
    w, state = placed("lantern_coast", "oil-store", held=["oil-can", "matches"])
    first = play(w, state, "drop the paraffin")
    assert _done(play(w, first.state, more)) == [("drop", "matches")]


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("give the glasses to ilse", "and the book too"),
        ("give ilse the glasses", "also fenn's book"),
        ("hand the glasses to ilse", "the unfinished book as well, please"),
    ],
)
def test_and_the_x_too_after_a_gift_gives_it_to_them(first: str, more: str) -> None:
    w, state = placed("ember_library", "clock-loft", held=["fenn-glasses", "fenn-book"])
    given = play(w, state, first)
    assert _done(given) == [("give", "fenn-glasses")], steps(given)
    result = play(w, given.state, more)
    assert [(str(s.action.intent), s.action.target_id, s.action.obj_id) for s in result.steps] == [
        ("give", "fenn-book", "ilse")
    ] or _done(result) == [("give", "fenn-book")], steps(result)


def test_give_someone_a_list_gives_each() -> None:
    w, state = placed("ember_library", "clock-loft", held=["fenn-glasses", "rosemary"])
    result = play(w, state, "give ilse the glasses and the rosemary, please")
    assert _done(result) == [("give", "fenn-glasses"), ("give", "rosemary")], steps(result)


@pytest.mark.parametrize(
    "text", ["and you too", "me too", "you as well", "and also i'm tired", "same to you too"]
)
def test_words_that_add_no_thing_are_not_a_command_again(text: str) -> None:
    w, state = placed("lantern_coast", "oil-store")
    first = play(w, state, "take the paraffin")
    assert _done(first) == [("take", "oil-can")]
    assert "take" not in [str(s.action.intent) for s in play(w, first.state, text).steps]
