"""The way to a known place not walked yet, in plain words (issue 14, newcomer corpus 25:
Marcus asked the way to Lamp Cottage from the dunes and was told only "It starts east"; "go to
lamp cottage" then met "No path leads there from here", and from the quay "You don't know the
way ... well enough"). Asked, or named in a "go to", the whole way is said, step by step by
open exits, from the first step to the place."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, told, world
from tests.pipeline.newcomers import placed, played, steps

_COTTAGE = "east, to the Quay, then north to Chapel Street, then east"


@pytest.mark.parametrize(
    "text", ["go to lamp cottage", "walk to the lamp cottage", "go to the cottage"]
)
def test_going_somewhere_far_not_walked_says_the_whole_way(text: str) -> None:
    w, state = placed("lantern_coast", "dunes", ["quay"])
    told = narrated(w, state, text)
    assert _COTTAGE in told, told
    assert "No path leads" not in told, told


@pytest.mark.parametrize(
    "text", ["how do i get to lamp cotage", "which way is lamp cottage", "where is lamp cottage"]
)
def test_asking_the_way_says_the_whole_way(text: str) -> None:
    w, state = placed("lantern_coast", "dunes", ["quay"])
    told = narrated(w, state, text)
    assert _COTTAGE in told, told


def test_the_library_way_is_said_whole_too() -> None:
    w, state = placed("ember_library", "foyer", ["foyer"])
    for place, way in [("the map room", "north, to the Reading Room, then west")]:
        told = narrated(w, state, f"go to {place}")
        assert f"It starts {way}." in told, told


def test_the_way_said_is_the_way_walked() -> None:
    result = played("lantern_coast", "dune-hollow", ["e", "e", "n", "e"], seen=["quay", "dunes"])
    assert result.state.location == "cottage-step", steps(result)


async def test_the_way_asked_then_gone_is_told_both_times() -> None:
    inputs = ["e", "w", "how do i get to lamp cottage", "go to lamp cottage", "go to lamp cottage"]
    found = await told(world("lantern_coast"), inputs)
    for _, narration, _ in found[2:]:
        assert "It starts north, to Chapel Street, then east." in narration, narration
        assert "No path" not in narration, narration
