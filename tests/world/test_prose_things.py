"""Things the rooms' prose names that newcomers tried and could not find (corpus 4): each is
there to look at, sit on, eat or smell, and says what the state is now."""

from __future__ import annotations

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.views import descriptions_now


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


def test_the_boiler_room_and_the_map_move_on_with_the_story() -> None:
    """Corpus 4: the boiler room still clenched the player's teeth after naming the anger; the
    map still pointed at the boiler room long after the ember had cooled."""
    w = world("ember_library")
    loc = w.location("boiler-room")
    assert loc is not None
    for flags, present, absent in (
        ((), "teeth are clenched", "stopped clenching"),
        (("anger-named",), "stopped clenching", "teeth are clenched"),
        (("anger-named", "ember-cooled"), "unclenched", "stopped clenching"),
    ):
        state = new_state(w).model_copy(update={"flags": list(flags)})
        text = " ".join(" ".join(descriptions_now(w, state, loc)).split())
        assert present in text and absent not in text, (flags, text)
    assert "BOILERS" in _said("ember_library", "map-room", "x map")
    cooled = _said("ember_library", "map-room", "x map", ("anger-named", "ember-cooled"))
    assert "CLOCK" in cooled and "pawprints leads" not in cooled
    home = _said("ember_library", "map-room", "x map", ("ember-cooled", "remembered-fenn"))
    assert "Everyone home" in home


def test_the_rosemary_has_a_smell_of_its_own() -> None:
    """Corpus 4: "smell the rosemary" said it smells the way it looks."""
    smelt = _said("ember_library", "courtyard", "smell the rosemary")
    assert "resin" in smelt and "the way it looks" not in smelt


def test_the_whispering_spines_can_be_listened_to() -> None:
    """Corpus 5: the stacks' prose says the spines are whispering; "listen to the whispering"
    found nothing."""
    assert "whisper of pages" in _said("ember_library", "stacks", "listen to the whispering")
