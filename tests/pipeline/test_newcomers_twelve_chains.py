"""What the twelfth newcomer met chaining moves (issue 14): "then the oil store" after a move
was dropped (n=186), "up, then up, then up again" lost the third (n=226), and "im going to the
quay" was not understood. Tested in other words, in both worlds."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal"),
    [
        ("lantern_coast", "quay", ["tea-hut"], "go to the tea hut and then the quay again", "quay"),
        (
            "lantern_coast",
            "tea-hut",
            ["quay", "harbour-wall"],
            "out, then the harbour wall",
            "harbour-wall",
        ),
        ("ember_library", "foyer", ["bindery"], "go to the bindery, then on to the foyer", "foyer"),
    ],
)
def test_a_place_named_after_a_move_is_the_next_move(
    name: str, at: str, seen: list[str], text: str, goal: str
) -> None:
    result = played(name, at, [text], seen=seen)
    assert [k for _, k in steps(result)] == ["go.ok", "go.ok"], steps(result)
    assert result.state.location == goal


def test_a_place_named_after_something_else_is_not_a_move() -> None:
    result = played("lantern_coast", "quay", ["look at the fog bell, then the tea hut"])
    assert result.state.location == "quay", steps(result)


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal", "moves"),
    [
        (
            "ember_library",
            "clock-loft",
            ["clock-stair", "east-corridor"],
            "down, then down again",
            "east-corridor",
            2,
        ),
        (
            "lantern_coast",
            "harbour-wall",
            ["quay", "chapel-street"],
            "west. north again",
            "chapel-street",
            2,
        ),
        ("lantern_coast", "quay", ["tea-hut"], "in again", "tea-hut", 1),
    ],
)
def test_a_way_said_again_is_taken_again(
    name: str, at: str, seen: list[str], text: str, goal: str, moves: int
) -> None:
    result = played(name, at, [text], seen=seen)
    assert [k for _, k in steps(result)] == ["go.ok"] * moves, steps(result)
    assert result.state.location == goal


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal"),
    [
        (
            "lantern_coast",
            "quay",
            ["harbour-wall"],
            "i'm going to the harbour wall",
            "harbour-wall",
        ),
        ("ember_library", "bindery", ["foyer"], "ok im going to the foyer", "foyer"),
    ],
)
def test_im_going_to_a_place_goes_there(
    name: str, at: str, seen: list[str], text: str, goal: str
) -> None:
    result = played(name, at, [text], seen=seen)
    assert steps(result) == [("go", "go.ok")], steps(result)
    assert result.state.location == goal


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal", "last"),
    [
        ("ember_library", "foyer", ["bindery"], "the bindery", "bindery", "go.ok"),
        ("lantern_coast", "tea-hut", ["quay"], "ta rue. the quay", "quay", "go.ok"),
        (
            "ember_library",
            "bindery",
            ["foyer"],
            "cheers bastian. round foyer. ask the catalogue where my book is",
            "foyer",
            "verb.ok",
        ),
    ],
)
def test_a_clause_that_only_names_a_place_goes_there(
    name: str, at: str, seen: list[str], text: str, goal: str, last: str
) -> None:
    """n=274: "thanks bastian. foyer, ask the card catalogue where my book is" asked Bastian,
    who had just said the catalogue would know, and he said "No idea where your book is"."""
    result = played(name, at, [text], seen=seen)
    assert ("go", "go.ok") in steps(result), steps(result)
    assert result.state.location == goal and steps(result)[-1][1] == last, steps(result)
