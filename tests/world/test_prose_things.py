"""Things the rooms' prose names that newcomers tried and could not find (corpus 4): each is
there to look at, sit on, eat or smell, and says what the state is now."""

from __future__ import annotations

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state


def _said(world_id: str, place: str, text: str, flags: tuple[str, ...] = ()) -> str:
    w = world(world_id)
    state: WorldState = new_state(w).model_copy(update={"location": place, "flags": list(flags)})
    if "ember-cooled" in flags:
        state.places["cool-ember"] = place
    [step] = play(w, state, text).steps
    assert step.outcome.ok, (text, step.outcome.facts)
    facts = step.outcome.facts
    return str(facts.get("text") or facts.get("description") or "")


def test_the_library_steps_can_be_sat_on() -> None:
    assert "Broad stone steps" in _said("ember_library", "bridge-steps", "x the steps")
    w = world("ember_library")
    [step] = play(w, new_state(w), "sit on the steps").steps
    assert step.outcome.ok and step.action.target_id == "library-steps"


def test_the_ember_in_the_stove_is_there_to_look_at_and_changes_as_it_cools() -> None:
    assert "roars" in _said("ember_library", "boiler-room", "look at the ember")
    named = _said("ember_library", "boiler-room", "x ember", ("anger-named",))
    assert "roar has dropped" in named
    cooled = _said("ember_library", "boiler-room", "x glow", ("anger-named", "ember-cooled"))
    assert "faint glow" in cooled and "roars" not in cooled
    # once the cooled ember lies on the bricks, "ember" is the thing you can pick up
    held = _said("ember_library", "boiler-room", "x ember", ("anger-named", "ember-cooled"))
    assert "size of a plum" in held


def test_fenns_peppermints_can_be_eaten_not_the_desk() -> None:
    eaten = _said("ember_library", "fenn-study", "eat a peppermint")
    assert "sharp and sweet" in eaten and "desk" not in eaten
    assert "peppermint" in _said("ember_library", "fenn-study", "smell").lower()


def test_the_burnt_wing_and_its_doorway_are_not_plain() -> None:
    door = _said("ember_library", "east-corridor", "look at the burnt wing doorway")
    assert "scorched" in door
    assert "ash" in _said("ember_library", "east-wing", "smell")


def test_maren_s_windows_follow_the_story() -> None:
    drawn = _said("lantern_coast", "cottage-step", "x windows")
    assert "curtains drawn" in drawn
    home = _said("lantern_coast", "cottage-step", "x windows", ("skipper-home",))
    assert "lamp is lit" in home
    lit = _said("lantern_coast", "cottage-step", "x windows", ("skipper-home", "lamp-lit"))
    assert "beam" in lit
