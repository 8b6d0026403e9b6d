"""Things as the player reads and names them (issue 14, newcomer 23, a librarian raised on
Infocom): "x bell" at the return desk whose text says "There is a bell on it for ringing"
was "There's no sign of any bell here"; "look myself up in the catalogue" was a look at
herself; "a torch" (British for a flashlight) was nothing, though a lantern hung there."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, steps
from tta_server.pipeline.play import play


@pytest.mark.parametrize(
    "text", ["read the handwritten note", "examine the note", "look at the handwritten note"]
)
def test_a_thing_named_only_in_a_piece_of_scenery_is_looked_at_there(text: str) -> None:
    """(The desk's bell is a thing of its own since play29: "ring bell" rings it.)"""
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("return-desk", "examine.ok")
    ], steps(result)
    assert "bell on it" in narrated(w, state, text)


@pytest.mark.parametrize("text", ["x moon", "take the moon", "x the chandelier"])
def test_a_thing_named_nowhere_here_is_still_not_here(text: str) -> None:
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert [s.outcome.ok for s in result.steps] == [False], steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "look myself up in the catalogue",
        "I look myself up in the card catalogue",
        "look my name up in the catalogue",
        "look me up",
    ],
)
def test_look_someone_up_with_the_particle_after_is_looking_up(text: str) -> None:
    w, state = placed("ember_library", "foyer")
    result = play(w, state, text)
    assert [s.outcome.message_key for s in result.steps] == ["verb.ok"], steps(result)
    assert "catalogue-card" in result.state.inventory


@pytest.mark.parametrize(
    ("name", "at", "text", "thing"),
    [
        ("ember_library", "bindery", "take the torch", "lantern"),
        ("ember_library", "bindery", "x the flashlight", "lantern"),
        ("lantern_coast", "tea-hut", "look at the torch", "storm-lantern"),
        ("ember_library", "foyer", "take the cookies", "cat-biscuits"),
    ],
)
def test_a_thing_called_by_its_name_in_another_english_is_that_thing(
    name: str, at: str, text: str, thing: str
) -> None:
    w, state = placed(name, at)
    result = play(w, state, text)
    assert [s.action.target_id for s in result.steps] == [thing], steps(result)


@pytest.mark.parametrize(
    "text", ["can i borrow a torch please", "rue, have you got a torch i could borrow?"]
)
def test_asking_for_a_torch_is_asking_for_the_lantern(text: str) -> None:
    w, state = placed("lantern_coast", "tea-hut")
    state = play(w, state, "talk to rue").state
    lantern = play(w, state, "can i borrow a lantern please")
    torch = play(w, state, text)
    assert steps(torch) == steps(lantern)
    assert (
        narrated(w, state, text).split("|")[-1][-80:]
        == narrated(w, state, "can i borrow a lantern please").split("|")[-1][-80:]
    )
