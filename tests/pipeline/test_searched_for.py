"""Searching one thing for another, and the bell on the desk (issue 14, newcomer 27, corpus
24): "search catalogue for peppermints" gave the catalogue's plot card, and "ring bell" at
the return desk whose text names its bell was "There's no sign of any bell here". "search X
for Y" looks in X for Y and answers about Y in plain words; the desk bell rings."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("search catalogue for peppermints", "peppermints, but they aren't there"),
        ("look through the card catalogue for peppermints", "peppermints, but they aren't there"),
        ("search the catalogue for a key", "a key, but it isn't there"),
        ("look in the return desk for my glasses", "your glasses, but they aren't there"),
    ],
)
def test_what_is_sought_and_not_there_is_said_plainly(text: str, line: str) -> None:
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert [s.outcome.ok for s in result.steps] == [False], steps(result)
    assert "catalogue-card" not in result.state.inventory, steps(result)
    assert line in narrated(w, state, text)


@pytest.mark.parametrize(
    "text",
    [
        "search the catalogue for my book",
        "search the catalogue for my name",
        "search the catalogue for Wojtek",
        "consult catalogue",
    ],
)
def test_what_the_catalogue_finds_is_still_found(text: str) -> None:
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert "catalogue-card" in result.state.inventory, steps(result)


@pytest.mark.parametrize(
    ("world", "at", "text", "looked"),
    [
        ("ember_library", "foyer", "search the desk for a bell", "return-desk"),
        ("ember_library", "foyer", "search the desk for a note", "return-desk"),
        ("lantern_coast", "quay", "search the fog bell for its rope", "fog-bell"),
    ],
)
def test_what_is_sought_and_there_is_looked_at(world: str, at: str, text: str, looked: str) -> None:
    w, state = placed(world, at)
    result = play(w, state, text)
    assert [(s.action.intent, s.action.target_id) for s in result.steps] == [("examine", looked)], (
        steps(result)
    )


@pytest.mark.parametrize(
    "text",
    ["ring bell", "ring the bell on the desk", "ring the little bell", "tap the desk bell"],
)
def test_the_desk_bell_rings(text: str) -> None:
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("desk-bell", "verb.ok")
    ], steps(result)
    assert "Ding" in narrated(w, state, text)


@pytest.mark.parametrize("text", ["ring the fog bell for the boats", "ring the bell on the quay"])
def test_where_a_bell_is_or_whom_it_is_rung_for_is_no_thing_to_ring_it_with(text: str) -> None:
    w, state = placed("lantern_coast", "quay")
    result = play(w, state, text)
    assert [(s.action.target_id, s.outcome.ok) for s in result.steps] == [("fog-bell", True)]
