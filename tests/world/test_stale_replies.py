"""Replies that used to go stale: giving the keeper her own key back once the light is lit,
knocking at a door that stands open, and characters sending the player to a task already done."""

from __future__ import annotations

from tests.narrative.scenes import world
from tta_server.pipeline.play import play
from tta_server.world import new_state
from tta_server.world.engine import Action, apply
from tta_server.world.state import place_of


def test_the_key_goes_back_to_maren_once_the_light_is_lit_and_not_before() -> None:
    w = world()
    state = new_state(w).model_copy(
        update={"location": "cottage-kitchen", "inventory": ["lighthouse-key"]}
    )
    state.places["lighthouse-key"] = "player"
    early = apply(w, state, Action("give", "lighthouse-key", "maren"))
    assert not early.ok and "Not yet" in early.facts["text"]
    lit = state.model_copy(update={"flags": ["lamp-lit"]})
    back = apply(w, lit, Action("give", "lighthouse-key", "maren"))
    assert back.ok and "Back where it belongs" in back.facts["text"]
    assert place_of(w, back.state, "lighthouse-key") == "maren"


def test_knocking_at_an_open_door_does_not_say_nobody_answers() -> None:
    w = world()
    shut = new_state(w).model_copy(update={"location": "cottage-step"})
    knocked = apply(w, shut, Action("knock", None, None, None))
    assert "the door stays shut" in knocked.facts["text"]  # the door's own blocked text
    ajar = shut.model_copy(update={"unlocked": ["cottage-step:in"], "flags": ["skipper-home"]})
    knocked = apply(w, ajar, Action("knock", None, None, None))
    assert knocked.ok and "stands open" in knocked.facts["text"]
    assert "Nobody answers" not in knocked.facts["text"]


def _asked(world_id: str, place: str, who: str, words: str, flags: list[str]) -> str:
    w = world(world_id)
    state = new_state(w).model_copy(update={"location": place, "flags": flags})
    state.attitudes[who] = 2  # warm enough to help
    state.whereabouts[who] = place
    [step] = play(w, state, f"ask {who} {words}").steps
    return str(step.outcome.facts.get("text", ""))


def test_a_character_never_points_at_a_task_already_done() -> None:
    """Rue's help sends the player to Pip only while Pip still needs it; Bastian's pen sends
    them to their own book only while it is unanswered; Maren watches for a light not lit."""
    assert "go and see Pip" in _asked("lantern_coast", "tea-hut", "rue", "for help", ["rue-told"])
    helped = _asked("lantern_coast", "tea-hut", "rue", "to help me", ["rue-told", "pip-steadied"])
    assert "storm lantern" in helped and "go and see Pip" not in helped
    told = ["bastian-told"]
    assert "Start with your own book" in _asked(
        "ember_library", "bindery", "bastian", "for the pen", told
    )
    mended = _asked(
        "ember_library", "bindery", "bastian", "for the pen", [*told, "own-page-answered"]
    )
    assert "mending pen" in mended and "Start with your own book" not in mended
    lit = _asked("lantern_coast", "tea-hut", "maren", "for help", ["lamp-lit"])
    assert lit and "I'll be watching" not in lit and "Fill, wind, light" in lit
