"""Verbs and nouns newcomers typed and were refused (issue 14, second corpus), in other words
than theirs: following, going to a place seen before by name, climbing stairs, sitting,
opening or switching on what is part of a place, lighting what already burns."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import Played, play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World


def _state(name: str, at: str, **update: object) -> tuple[World, WorldState]:
    w = world(name)
    return w, new_state(w).model_copy(update={"location": at, **update})


def _one(played: Played) -> tuple[str, str]:
    [step] = played.steps
    return str(step.action.intent), step.outcome.message_key


SEEN = {"quay": 1, "chapel-street": 1, "cottage-step": 1, "tea-hut": 1}


@pytest.mark.parametrize(
    "text", ["walk to the tea hut", "go back to rue's tea hut", "head to quay"]
)
def test_go_to_a_place_seen_before_walks_the_way_there(text: str) -> None:
    w, state = _state("lantern_coast", "cottage-step", visits=SEEN)
    played = play(w, state, text)
    assert _one(played) == ("go", "go.ok")
    assert played.state.location in ("tea-hut", "quay")


def test_a_place_never_seen_or_unknown_is_not_walked_to() -> None:
    w, state = _state("lantern_coast", "cottage-step", visits=SEEN)
    assert _one(play(w, state, "go to the lamp room")) == ("go", "go.no_exit")
    assert _one(play(w, state, "go to the moon")) == ("go", "go.no_exit")


def test_follow_someone_goes_where_they_are() -> None:
    w, state = _state("lantern_coast", "quay", visits={"quay": 1}, whereabouts={"pip": "tea-hut"})
    played = play(w, state, "follow pip")
    assert _one(played) == ("go", "go.ok") and played.state.location == "tea-hut"
    assert _one(play(w, played.state, "follow the girl")) == ("go", "act.refused")  # right here


def test_climb_or_go_up_the_stairs_takes_the_way_up() -> None:
    w, state = _state("lantern_coast", "tower-stair")
    for text in ("climb up the staircase", "climb the spiral"):
        played = play(w, state, text)
        assert played.steps[-1].outcome.ok and played.state.location == "lamp-room", text


@pytest.mark.parametrize("text", ["sit down for a minute", "sit on the bench", "have a sit"])
def test_sitting_is_not_a_breathing_exercise_where_none_is_asked(text: str) -> None:
    w, state = _state("lantern_coast", "headland")
    played = play(w, state, text)
    if played.steps:
        assert played.steps[0].action.intent == "sit"
        assert not played.state.skills


def test_sitting_is_the_place_s_own_moment_where_it_is_one() -> None:
    w, state = _state("lantern_coast", "dune-hollow")
    played = play(w, state, "sit down")
    assert played.steps[0].outcome.message_key == "verb.ok"
    assert "slow_breathing" in played.state.skills


def test_reading_scenery_reads_it_not_a_book_held() -> None:
    w, state = _state(
        "lantern_coast", "headland", inventory=["logbook"], places={"logbook": "player"}
    )
    played = play(w, state, "read the brass plaque")
    [step] = played.steps
    assert (step.action.target_id, step.outcome.message_key) == ("plaque-bench", "examine.ok")


def test_switching_on_or_opening_part_of_a_place_looks_at_it() -> None:
    w, state = _state("lantern_coast", "net-loft")
    assert _one(play(w, state, "switch the wireless on")) == ("use", "examine.ok")
    e, there = _state("ember_library", "foyer")  # the catalogue's "open a drawer of" alias
    # (the sixth play-through: "open the drawer with my name on it") consults it
    assert _one(play(e, there, "open one of the drawers")) == ("open", "verb.ok")
    assert _one(play(e, there, "open the return desk")) == ("open", "examine.ok")


def test_lighting_what_already_burns_says_so() -> None:
    w, state = _state(
        "lantern_coast", "quay", inventory=["storm-lantern"], places={"storm-lantern": "player"}
    )
    played = play(w, state, "light my lantern")
    [step] = played.steps
    assert step.outcome.facts["text"] == "The storm lantern is already lit."


def test_take_two_things_named_takes_both() -> None:
    w, state = _state("lantern_coast", "oil-store")
    played = play(w, state, "pick up the matches and the can of paraffin")
    assert [s.action.target_id for s in played.steps] == ["matches", "oil-can"]
    assert set(played.state.inventory) == {"matches", "oil-can"}


def test_drop_everything_keeps_what_is_kept_and_drops_the_rest() -> None:
    held = ["storm-lantern", "blanket", "glass-float"]
    w, state = _state("lantern_coast", "quay", inventory=held, places=dict.fromkeys(held, "player"))
    played = play(w, state, "put everything down")
    keys = [s.outcome.message_key for s in played.steps]
    assert keys == ["drop.keep", "drop.ok", "drop.ok"]
    assert played.state.inventory == ["storm-lantern"]


@pytest.mark.parametrize(
    "text", ["cover him with the blanket", "tuck the collie in the tartan blanket"]
)
def test_wrap_someone_in_a_thing_gives_it_to_them(text: str) -> None:
    w, state = _state(
        "lantern_coast",
        "dune-hollow",
        inventory=["blanket"],
        places={"blanket": "player"},
        mentioned=["skipper"],
    )
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id, step.action.obj_id) == (
        "give",
        "blanket",
        "skipper",
    )
    assert step.outcome.ok


def test_help_someone_does_the_one_thing_to_do_with_them_here() -> None:
    w, state = _state(
        "ember_library",
        "reading-room",
        inventory=["mending-pen"],
        places={"mending-pen": "player"},
        flags=["juno-told"],
    )
    played = play(w, state, "help juno out")
    [step] = played.steps
    assert (step.action.intent, step.action.target_id) == ("rewrite", "juno-page")
    assert "juno-freed" in played.state.flags
    unready = play(w, state.model_copy(update={"flags": []}), "help juno")
    assert unready.steps[0].action.intent == "assist"  # nothing to do yet: a word with her


def test_knock_alone_knocks_on_the_one_door_here() -> None:
    w, state = _state("lantern_coast", "cottage-step")
    shut = play(w, state, "knock")
    assert "chair creaks" in shut.steps[0].outcome.facts["text"]  # the door's own blocked text
    unlocked = state.model_copy(update={"unlocked": ["cottage-step:in"]})
    [step] = play(w, unlocked, "knock").steps
    assert step.outcome.facts["text"].startswith(
        "You knock on the blue door, though it stands open"
    )


def test_touching_scenery_by_another_of_its_names_says_that_name() -> None:
    w, state = _state("lantern_coast", "cliff-path")
    [step] = play(w, state, "feel the flowers").steps  # the gorse, by another name
    assert step.outcome.facts["text"].startswith("You run your fingers over the flowers.")


def test_opening_a_book_held_reads_it() -> None:
    w, state = _state(
        "ember_library", "stacks", inventory=["your-book"], places={"your-book": "player"}
    )
    played = play(w, state, "open up my own book")
    assert "read-own-page" in played.state.flags


def test_striking_a_match_that_stays_lit_in_wind_is_not_already_lit() -> None:
    # "the kind that stay lit in wind" describes matches, not a flame burning now
    w, state = _state("lantern_coast", "oil-store")
    state = state.model_copy(update={"inventory": [*state.inventory, "matches"]})
    played = play(w, state, "strike a match")
    assert "already lit" not in played.steps[0].outcome.facts.get("text", "")
