"""Replies that used to go stale: giving the keeper her own key back once the light is lit,
and knocking at a door that stands open."""

from __future__ import annotations

from tests.narrative.scenes import world
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
