"""Which one? A name that fits two things asks, the next input answers (or moves on), and the
question survives between turns as part of the saved state; "all" and "everything except"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, new_state


@pytest.fixture
def study() -> tuple[World, WorldState]:
    """Fenn's study with your book and Fenn's book both lying there."""
    w = world("ember_library")
    state = new_state(w).model_copy(
        update={"location": "fenn-study", "places": {"your-book": "fenn-study"}}
    )
    return w, state


def _ask(w: World, state: WorldState) -> WorldState:
    played = play(w, state, "take the book")
    [step] = played.steps
    assert (step.outcome.ok, step.outcome.message_key) == (False, "which.ask")
    assert step.outcome.facts["text"] == (
        "Which book do you mean: your book or Fenn's unfinished book?"
    )
    assert played.state.inventory == state.inventory  # nothing taken yet
    assert played.state.pending is not None
    return played.state


@pytest.mark.parametrize(
    ("answer", "taken"),
    [
        ("fenn's", "fenn-book"),
        ("Fenn's book", "fenn-book"),
        ("the unfinished one", "fenn-book"),
        ("the second", "fenn-book"),
        ("the first", "your-book"),
        ("my own", "your-book"),
        ("mine", "your-book"),
    ],
)
def test_the_next_input_answers_the_question(
    study: tuple[World, WorldState], answer: str, taken: str
) -> None:
    w, state = study
    asked = _ask(w, state)
    [step] = play(w, asked, answer).steps
    assert step.outcome.ok and step.action == ("take", taken, None, "book")
    assert taken in step.outcome.state.inventory
    assert step.outcome.state.pending is None


def test_any_other_command_proceeds_as_new_and_drops_the_question(
    study: tuple[World, WorldState],
) -> None:
    w, state = study
    asked = _ask(w, state)
    played = play(w, asked, "look")
    assert played.steps[0].action.intent == "look" and played.state.pending is None
    assert play(w, played.state, "fenn's").unknown  # no longer an answer


def test_the_question_survives_being_saved_and_read_back(study: tuple[World, WorldState]) -> None:
    w, state = study
    asked = _ask(w, state)
    saved = WorldState.model_validate_json(asked.model_dump_json())
    assert saved.pending == asked.pending
    [step] = play(w, saved, "fenn's").steps
    assert step.outcome.ok and "fenn-book" in step.outcome.state.inventory


def test_my_in_the_command_decides_and_the_verb_narrows(study: tuple[World, WorldState]) -> None:
    w, state = study
    [mine] = play(w, state, "take my book").steps
    assert mine.outcome.ok and mine.action.target_id == "your-book"
    holding = mine.outcome.state
    [other] = play(w, holding, "take the book").steps  # the one not held yet
    assert other.outcome.ok and other.action.target_id == "fenn-book"
    both = other.outcome.state
    assert play(w, both, "drop the book").steps[0].outcome.message_key == "which.ask"


def test_take_all_and_drop_everything_except(study: tuple[World, WorldState]) -> None:
    w, state = study
    took = play(w, state, "take all")
    assert [s.action.target_id for s in took.steps] == ["your-book", "fenn-book"]
    assert all(s.outcome.ok for s in took.steps)
    kept = play(w, took.state, "drop everything except fenn's book")
    assert [s.action.target_id for s in kept.steps] == ["your-book"]
    assert kept.state.inventory == ["fenn-book"]
    emptied = play(w, kept.state, "drop all").state
    [nothing] = play(w, emptied, "drop everything").steps
    assert nothing.outcome.facts["text"] == "You aren't carrying anything."


def test_take_all_of_one_thing_is_that_thing() -> None:
    w = world("lantern_coast")
    start = new_state(w)
    [step] = play(w, start, "take all of the fog bell").steps
    assert step.action.target_id == "fog-bell"  # one thing (fixed), not a list


def test_pronouns_follow_what_was_last_referred_to(study: tuple[World, WorldState]) -> None:
    w, state = study
    took = play(w, state, "take fenn's book").state
    [read] = play(w, took, "read it").steps
    assert read.action.target_id == "fenn-book"


def test_a_place_among_the_choices_is_named_never_shown_by_its_id() -> None:
    from pathlib import Path

    from tta_server.pipeline.which import question
    from tta_server.world import load_world

    root = Path(__file__).resolve().parents[2]
    world = load_world(root / "tta_server/data/worlds/ember_library.toml")
    asked = question(world, "steps", ["bridge-steps", "library-steps"])
    assert "bridge-steps" not in asked and "library-steps" not in asked, asked
